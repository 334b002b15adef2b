package org.credibility.features.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a denial denies and what it concedes: the seeds' two denials and the shapes around them. */
class DenialScopeTest {
    @Test
    void aDenialOfReportsDeniesWhatTheyReportAndKeepsAConfirmationApart() {
        DenialScope d = DenialScope.of("US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied the"
                + " reports about the joint operation but confirmed providing the info to Moscow.");
        assertEquals(Set.of("joint", "operation"), d.focus());
        assertEquals(Set.of("provid", "info", "russia"), d.conceded());
        assertFalse(d.anaphoric());
        assertTrue(d.denies(Set.of("aircraft", "operation")));
        assertFalse(d.denies(Set.of("info", "provid", "strike")));
        assertTrue(d.concedes(Set.of("info", "provid", "strike")));
    }

    @Test
    void aNegatedNounIsWhatIsDeniedNotItsCircumstances() {
        DenialScope d = DenialScope.of("The Pentagon quickly responded on Monday with spokesman Major Adrian"
                + " Rankine-Galloway telling reporters that “there is no military-to-military coordination for airstrikes"
                + " over targets in Syria,” but according to the Pentagon only “deconflicting” communication.");
        // "coordination" is the alias term "joint" (term-aliases.txt); airstrikes over Syria are not denied.
        assertEquals(Set.of("military", "joint"), d.focus());
        assertEquals(Set.of(), d.conceded());
        assertFalse(d.denies(Set.of("russia", "strike", "target", "syria")));
    }

    @Test
    void aClauseIsReadUpToItsFirstPreposition() {
        assertEquals(Set.of("aircraft", "hospital", "strike"),
                DenialScope.of("The ministry denied that its jets had bombed a hospital in Idlib.").focus());
    }

    @Test
    void aDenialOfItNamesNothing() {
        DenialScope d = DenialScope.of("The Kremlin denied it.");
        assertTrue(d.anaphoric());
        assertEquals(Set.of(), d.focus());
    }

    @Test
    void aSentenceWithoutADenialHasNoScope() {
        assertEquals(DenialScope.NONE, DenialScope.of("Russia backs Assad, while Turkey backs rebels."));
    }

    @Test
    void aDebunkingWordCallsFalseWhatFollowsItOrWhatCameBefore() {
        assertEquals(List.of(Set.of("fox", "new", "websit")),
                DenialScope.debunked("Judd Nelson was reported dead by a fake Fox News website.").stream()
                        .map(DenialScope::focus).toList());
        List<DenialScope> story = DenialScope.debunked("Apple said the story was fake.");
        assertEquals(1, story.size());
        assertTrue(story.get(0).anaphoric());
        assertEquals(List.of(), DenialScope.debunked("Apple said the story was true."));
    }

    @Test
    void aNegatedDenialOrADoubtDeniesNothing() {
        assertEquals(DenialScope.NONE, DenialScope.of("\"The photo is no hoax,\" his manager said."));
        assertEquals(DenialScope.NONE, DenialScope.of("The ministry did not deny the report."));
        assertEquals(DenialScope.NONE, DenialScope.of("His exit has cast doubt on the fate of his magazine."));
        assertEquals(Set.of("sale"), DenialScope.of("The ministry did not deny it, but later denied the sale.").focus());
    }

    @Test
    void aNegationBearsOnTheTermRightAfterIt() {
        Set<String> claim = Set.of("rap", "artist", "macklemor", "join", "isi");
        assertTrue(DenialScope.negates("No, Macklemore has not joined the ranks of ISIS.", claim));
        assertFalse(DenialScope.negates("Macklemore, who has not been well, joined a band.", claim));
        assertFalse(DenialScope.negates("Macklemore joined ISIS, said fans who asked not to be named.", claim));
    }
}
