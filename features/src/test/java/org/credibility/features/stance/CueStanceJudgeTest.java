package org.credibility.features.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credibility.features.claims.ArticleAnalyzer;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.text.TermWeights;
import org.junit.jupiter.api.Test;

class CueStanceJudgeTest {

    private static final String JOINT_STRIKE_CLAIM =
            "Two US-led coalition jets took part in joint airstrikes with Russia on ISIS near al-Bab.";

    private final CueStanceJudge judge = CueStanceJudge.standard();

    /** Sentences analysed as an article: one paragraph each. */
    private static List<SentenceAnalysis> article(String... sentences) {
        List<SentenceAnalysis> analysed = ArticleAnalyzer.english().analyze(null, String.join("\n\n", sentences)).sentences();
        assertEquals(sentences.length, analysed.size());
        return analysed;
    }

    @Test
    void agree() {
        StanceJudgement j = judge.judge(JOINT_STRIKE_CLAIM, article(
                "Moscow and Ankara have worked together in Syria.",
                "Two jets of the US-led coalition joined Russian warplanes in airstrikes on ISIS targets near al-Bab, the Russian Defense Ministry said."));
        assertEquals(Stance.AGREE, j.stance());
        assertEquals(1, j.matchedSentence());
        // 11 of the claim's 14 terms: all but "took", "part" and "joint"
        assertEquals(11.0 / 14, j.similarity(), 1e-9);
        assertTrue(j.probability() > 0.5 && j.probability() < 1);
        assertEquals(List.of(), j.hedgeCues());
    }

    @Test
    void discussWhenTheMatchedSentenceIsHedged() {
        StanceJudgement j = judge.judge(JOINT_STRIKE_CLAIM, article(
                "Two coalition jets reportedly took part in joint airstrikes with Russian warplanes on ISIS near al-Bab.",
                "The weather in Aleppo was cold."));
        assertEquals(Stance.DISCUSS, j.stance());
        assertEquals(0, j.matchedSentence());
        assertEquals(List.of("reportedly"), j.hedgeCues());
    }

    @Test
    void agreeWhenOneRelatedSentenceAssertsWhatAnotherHedges() {
        // Seed 001: the "alleged" footage sentence is the closest, but the Turkish Armed Forces'
        // plain statement of the same strikes makes the article agree.
        StanceJudgement j = judge.judge(
                "Russian and Turkish warplanes conducted joint strikes against ISIS terrorists near al-Bab.", article(
                "Anadolu Agency released a video of alleged joint Russian-Turkish airstrikes against ISIS targets near al-Bab.",
                "Turkish and Russian warplanes have struck ISIL positions near al-Bab, the Turkish Armed Forces said."));
        assertEquals(Stance.AGREE, j.stance());
        assertEquals(1, j.matchedSentence());
        assertEquals(List.of(), j.hedgeCues());
    }

    @Test
    void aFactSpreadOverTwoSentencesIsRelated() {
        // Seed 004 states the strikes in one sentence and their place in the next.
        String claim = "Russian and Turkish warplanes conducted joint strikes near al-Bab in the Aleppo province.";
        List<SentenceAnalysis> upi = article(
                "Russia and Turkey have carried out their first joint coordinated airstrikes on Islamic State targets.",
                "The airstrikes were conducted in the northern Syrian city of al-Bab in the province of Aleppo.");
        StanceJudgement j = judge.judge(claim, upi);
        assertEquals(Stance.AGREE, j.stance());
        assertEquals(Stance.UNRELATED, judge.judge(claim, List.of(upi.get(0))).stance());
    }

    @Test
    void disagreeNamesTheDenier() {
        StanceJudgement j = judge.judge(JOINT_STRIKE_CLAIM, article(
                "On January 22, Russian warplanes also bombed ISIS targets in the area, using info provided by the US-led coalition headquarters.",
                "Airstrikes reportedly destroyed several ammunition depots, military hardware, and fuel products.",
                "According to the Russian Defense Ministry, two coalition jets participated in the operation.",
                "US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied the reports about the joint operation "
                        + "but confirmed providing the info to Moscow."));
        assertEquals(Stance.DISAGREE, j.stance());
        assertEquals(3, j.matchedSentence());
        assertEquals("US-led coalition", j.denier());
        assertEquals(List.of("denied"), j.denialCues());
    }

    @Test
    void disagreeOnThePentagonsNoCoordination() {
        StanceJudgement j = judge.judge("The US military coordinated airstrikes over targets in Syria with Russia.", article(
                "The Russian Defense Ministry, cited by AP, says Russian warplanes have flown their first combat mission in Syria with the US.",
                "The Pentagon quickly responded on Monday with spokesman Major Adrian Rankine-Galloway telling reporters that “there is "
                        + "no military-to-military coordination for airstrikes over targets in Syria,” but according to the Pentagon only "
                        + "“deconflicting” communication to prevent unforseen incidents."));
        assertEquals(Stance.DISAGREE, j.stance());
        assertEquals("Pentagon", j.denier());
        assertEquals(List.of("no ... coordination"), j.denialCues());
    }

    @Test
    void aDenialByAPartyTheClaimDoesNotNameDisputesNothing() {
        // Seed 000: the coalition's denial of "the joint operation" is about the coalition's jets,
        // not about Russia's and Turkey's joint strikes.
        StanceJudgement j = judge.judge("Russian and Turkish warplanes conducted joint strikes against ISIS near al-Bab.", article(
                "Russian and Turkish jets conducted joint strikes on ISIS near al-Bab on Saturday.",
                "US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied the reports about the joint operation "
                        + "but confirmed providing the info to Moscow."));
        assertEquals(Relation.ASSERTED, j.relation());
        assertEquals(0, j.matchedSentence());
        assertNull(j.denier());
    }

    @Test
    void aReportThatOpensOnAHoaxDisputesTheClaim() {
        // FNC-1 body 759 (an Emergent report of "Macaulay Culkin is dead", labelled disagree).
        StanceJudgement j = judge.judge("Macaulay Culkin is dead", article(
                "Culkin is still the lead singer of a comedy band called Pizza Underground.",
                "Macaulay Culkin is again the subject of death hoaxes, with the latest alleging that he was found dead in his "
                        + "Manhattan apartment on Friday just seven months after the last rumour.",
                "The claims about the actor and musician, who is alive, spread on Twitter."));
        assertEquals(Stance.DISAGREE, j.stance());
        assertEquals(Relation.DISPUTED, j.relation());
        assertEquals(1, j.matchedSentence());
    }

    @Test
    void aPartysDenialInTheLeadIsNoDebunkOfTheStory() {
        // Seed 003 opens on the Pentagon's denial of coordination with Russia; it does not call
        // UPI's "Russian airstrikes have targeted the Islamic State …" false.
        StanceJudgement j = judge.judge("Russian airstrikes have targeted the Islamic State as well as Syrian rebels who oppose "
                + "Assad's regime, which considers all rebels to be terrorists.", article(
                "Russian Interfax also reported that various ISIS storage facilities, and militants were eliminated in the “joint strike”.",
                "The Pentagon quickly responded on Monday with spokesman Major Adrian Rankine-Galloway telling reporters that “there is "
                        + "no military-to-military coordination for airstrikes over targets in Syria,” but according to the Pentagon only "
                        + "“deconflicting” communication to prevent unforseen incidents."));
        assertTrue(j.relation() != Relation.DISPUTED, j.relation().label());
    }

    @Test
    void aPassageHoldingOnlyTheCrawlsTopicDoesNotReportTheClaim() {
        // Seeds 003/004: strikes on ISIS hold Russia, airstrikes, targets and Syria, as every report of
        // the war does, but not the rebels the claim is about. Crawl: nine sentences on the war, one
        // on the rebels. Weights ln(11 / 10) + 1 = 1.0953 (topic), ln(11 / 2) + 1 = 2.7047.
        List<List<String>> crawl = new java.util.ArrayList<>();
        for (int i = 0; i < 9; i++) {
            crawl.add(List.of("russia", "strike", "target", "syria"));
        }
        crawl.add(List.of("rebel", "oppos", "assad"));
        CueStanceJudge weighted = CueStanceJudge.weighted(TermWeights.fit(crawl));
        String claim = "Russian airstrikes have targeted Syrian rebels who oppose Assad.";
        List<SentenceAnalysis> onIsis = article("Russian airstrikes targeted ISIS positions in Syria.");
        // 4 of the claim's 7 terms: related either way; of its weight 4 × 1.0953 / (4 × 1.0953 + 3 × 2.7047) = 0.35
        assertEquals(Relation.ASSERTED, judge.judge(claim, onIsis).relation());
        StanceJudgement topicOnly = weighted.judge(claim, onIsis);
        assertEquals(Stance.AGREE, topicOnly.stance());
        assertEquals(Relation.NOT_ADDRESSED, topicOnly.relation());
        // 6 of 7 terms, the three rare ones among them: 0.91 of the weight
        assertEquals(Relation.ASSERTED, weighted.judge(claim,
                article("Russian airstrikes hit Syrian rebels who oppose Assad near Idlib.")).relation());
    }

    @Test
    void theClaimsOwnArticleReportsItAsItsSentenceStatesIt() {
        // Seed 000: the claim's own hedge, not the plainer sentence before it about the same tank.
        String claim = "This could be the first T-90 battle tank destroyed by terrorists during the conflict.";
        List<SentenceAnalysis> own = article(
                "ISIS hit a Russian-made T-90 main battle tank with an anti-tank guided missile near the village of Drehym.",
                claim);
        StanceJudgement j = judge.judge(StanceFeatures.standard().claim(claim), own, judge.sentenceTerms(own), 1);
        assertEquals(Relation.HEDGED, j.relation());
        assertEquals(1, j.matchedSentence());
        assertEquals(List.of("could be"), j.hedgeCues());
    }

    @Test
    void aDenialThatRestatesTheClaimDisputesItWhoeverSpeaks() {
        StanceJudgement j = judge.judge("Sulvinrek expelled 44 diplomats on Monday over the fire in Prasensul.", article(
                "The foreign ministry denied that Sulvinrek expelled 40 diplomats on Monday over the fire in Prasensul."));
        assertEquals(Relation.DISPUTED, j.relation());
        // "the foreign ministry" refers back to a ministry the article never names: no named denier
        assertNull(j.denier());
    }

    @Test
    void aDenialRightAfterAClaimInItsOwnArticleAnswersIt() {
        List<SentenceAnalysis> freeWestMedia = article(
                "Russian Interfax also reported that various ISIS storage facilities, and militants were eliminated in the “joint strike”.",
                "The Pentagon quickly responded on Monday with spokesman Major Adrian Rankine-Galloway telling reporters that “there is "
                        + "no military-to-military coordination for airstrikes over targets in Syria.”");
        StanceFeatures.ClaimSide claim = StanceFeatures.standard().claim(freeWestMedia.get(0).text());
        List<java.util.Set<String>> terms = judge.sentenceTerms(freeWestMedia);
        StanceJudgement own = judge.judge(claim, freeWestMedia, terms, 0);
        assertEquals(Relation.DISPUTED, own.relation());
        assertEquals(1, own.matchedSentence());
        assertEquals("Pentagon", own.denier());
        // Read from another outlet's article, the Pentagon (the US) is no party the claim names: the
        // article reports the claim, attributed to Interfax.
        StanceJudgement reported = judge.judge(claim, freeWestMedia, terms, CueStanceJudge.NOT_IN_ARTICLE);
        assertEquals(Relation.ATTRIBUTED, reported.relation());
        assertEquals("Interfax", reported.primarySource());
    }

    @Test
    void aConcededPartIsReportedByTheDenier() {
        StanceJudgement j = judge.judge("Russian warplanes bombed ISIS targets using info provided by the US-led coalition.", article(
                "US Air Force Colonel John Dorrian, a spokesman for the US-led coalition, denied the reports about the joint operation "
                        + "but confirmed providing the info to Moscow."));
        assertEquals(Relation.ATTRIBUTED, j.relation());
        assertEquals("US-led coalition", j.primarySource());
        assertNull(j.denier());
    }

    @Test
    void theRelationSaysHowTheFactIsReported() {
        assertEquals(Relation.HEDGED, judge.judge(JOINT_STRIKE_CLAIM, article(
                "Two coalition jets reportedly took part in joint airstrikes with Russian warplanes on ISIS near al-Bab.")).relation());
        StanceJudgement attributed = judge.judge(JOINT_STRIKE_CLAIM, article(
                "Two jets of the US-led coalition joined Russian warplanes in airstrikes on ISIS targets near al-Bab, the Russian "
                        + "Defense Ministry said."));
        assertEquals(Relation.ATTRIBUTED, attributed.relation());
        assertEquals("Russian Ministry of Defence", attributed.primarySource());
        StanceJudgement unrelated = judge.judge("Apple released a new iPhone with a larger screen.", article(
                "Apple shares fell on Monday.", "The airstrikes were conducted in al-Bab."));
        assertEquals(Relation.NOT_ADDRESSED, unrelated.relation());
        // the closest sentence, for a model that judges otherwise to cite
        assertEquals(0, unrelated.matchedSentence());
    }

    /** Global Research's claim against Sputnik's sentence (seeds): the same ministry, another matter. */
    @Test
    void aSentenceQuotingTheClaimsSourceOnAnotherMatterDoesNotReportIt() {
        String claim = "According to the Russian Defense Ministry, two coalition jets participated in the operation.";
        StanceJudgement j = judge.judge(claim, article("The Russian Defense Ministry has released fresh footage from its"
                + " combat operation in Syria, publishing a video showing combat sorties of Tu-22M3 long-range bombers."));
        assertEquals(Relation.NOT_ADDRESSED, j.relation());
        // two ("operation", and "aircraft" for jets and bombers alike) of the claim's five terms once
        // its source's are set aside; with them, five of eight would report it
        assertEquals(2.0 / 5, j.similarity(), 1e-9);
        StanceJudgement reported = judge.judge(claim, article("The Russian Aerospace Forces and two jets of the"
                + " international coalition participated in the operation, the Russian Defense Ministry said."));
        assertEquals(Relation.ATTRIBUTED, reported.relation());
        assertEquals(1.0, reported.similarity(), 1e-9);
    }

    /**
     * A stance model reads disagreement in an article the cues read as asserting the claim: the
     * dispute stands where the article has a denial or debunking sentence about the claim to show.
     */
    @Test
    void aModelsDisagreementDisputesTheClaimOnlyWithASentenceToShow() {
        String claim = "Willie Nelson is dead.";
        StanceFeatures.ClaimSide side = StanceFeatures.standard().claim(claim);
        List<SentenceAnalysis> debunked = article("Willie Nelson is dead, a celebrity website reported on Sunday.",
                "The post was shared thousands of times.", "Fans left messages on his page.",
                "Nelson, 81, was due to play in Texas next week.",
                "Elaine Schock, a spokeswoman for Nelson, said the story that Nelson is dead was a hoax.");
        StanceJudgement cued = judge.judge(claim, debunked);
        // the hoax sentence is past the lead and denies no statement of the claim's: the cues read an assertion
        assertEquals(Relation.ASSERTED, cued.relation());
        StanceJudgement disputed = judge.disputedByModel(cued, side, debunked, judge.sentenceTerms(debunked), 0.7);
        assertEquals(Relation.DISPUTED, disputed.relation());
        assertEquals(Stance.DISAGREE, disputed.stance());
        assertEquals(0.7, disputed.probability(), 1e-12);
        assertEquals(4, disputed.matchedSentence());
        assertEquals(2.0 / 3, disputed.similarity(), 1e-9);  // "nelson" and "dead" of {willie, nelson, dead}
        assertEquals(List.of("hoax"), disputed.denialCues());
        assertEquals("Nelson", disputed.denier());

        List<SentenceAnalysis> plain = article("Willie Nelson is dead, a celebrity website reported on Sunday.",
                "Fans left messages on his page.");
        StanceJudgement asserted = judge.judge(claim, plain);
        assertEquals(asserted, judge.disputedByModel(asserted, side, plain, judge.sentenceTerms(plain), 0.7));
        List<SentenceAnalysis> elsewhere = article("Apple shares fell on Monday.", "A report of the sale was a hoax.");
        StanceJudgement unrelated = judge.judge(claim, elsewhere);
        assertEquals(Relation.NOT_ADDRESSED, unrelated.relation());
        assertEquals(unrelated, judge.disputedByModel(unrelated, side, elsewhere, judge.sentenceTerms(elsewhere), 0.7));
    }

    /**
     * Another outlet's article disputes the claim by stating it negated, or by denying "these
     * claims" right after a sentence that states it (FNC-1 bodies 147 and 1339 on the Tiger Woods
     * claim, shortened); a denial of "these claims" with no statement of the claim before it is
     * aimed at nothing this claim says.
     */
    @Test
    void aNegatedStatementOrADenialOfTheReportJustMadeDisputesTheClaim() {
        String claim = "Tiger Woods is serving a suspension from the PGA Tour after failing a drug test.";
        StanceJudgement negated = judge.judge(claim, article(
                "Tiger Woods is not serving a suspension from the PGA Tour for failing a drug test, his agent said Monday.",
                "Woods is on leave as he works on his game."));
        assertEquals(Relation.DISPUTED, negated.relation());
        assertEquals(0, negated.matchedSentence());

        List<SentenceAnalysis> answered = article(
                "Pro golfer Dan Olsen said on a radio show that Woods is serving a suspension for a failed drug test.",
                "\"These claims are absolutely, unequivocally and completely false,\" agent Mark Steinberg said.");
        StanceJudgement denied = judge.judge(claim, answered);
        assertEquals(Relation.DISPUTED, denied.relation());
        assertEquals(1, denied.matchedSentence());
        assertEquals("Mark Steinberg", denied.denier());

        StanceJudgement deniedByTheParty = judge.judge("Amazon will launch an ad-supported video streaming service.", article(
                "Amazon will launch a free, ad-supported video streaming service, Bloomberg reported on Monday.",
                "The WSJ reported exactly the same thing back in March and Amazon firmly denied it."));
        assertEquals(Relation.DISPUTED, deniedByTheParty.relation());
        assertEquals(1, deniedByTheParty.matchedSentence());
        assertEquals("Amazon", deniedByTheParty.denier());

        StanceJudgement farFromIt = judge.judge(claim, article(
                "Pro golfer Dan Olsen said on a radio show that Woods is serving a suspension for a failed drug test.",
                "Woods has not won a major since 2008.", "He missed the cut at the Phoenix Open.",
                "\"These claims are absolutely, unequivocally and completely false,\" agent Mark Steinberg said."));
        assertEquals(Relation.ATTRIBUTED, farFromIt.relation());
        assertEquals(0, farFromIt.matchedSentence());
    }

    /**
     * A debunking word or a denial aimed at something else ("fake Apple ads", "denied that the
     * launch of his magazine was ever scheduled") is no sentence to show for a model's disagreement.
     */
    @Test
    void aDebunkingWordAboutSomethingElseDisputesNothing() {
        String claim = "The iPhone 6 pulls out facial hair when being used.";
        StanceFeatures.ClaimSide side = StanceFeatures.standard().claim(claim);
        List<SentenceAnalysis> otherFake = article("The new iPhone 6 pulls out facial hair during calls.",
                "After fake Apple ads, the iPhone 6 saga gets worse.");
        StanceJudgement asserted = judge.judge(claim, otherFake);
        assertEquals(Relation.ASSERTED, asserted.relation());
        assertEquals(asserted, judge.disputedByModel(asserted, side, otherFake, judge.sentenceTerms(otherFake), 0.7));

        String taibbi = "Matt Taibbi has left First Look Media.";
        List<SentenceAnalysis> otherDenial = article("Matt Taibbi has left First Look Media.",
                "First Look Media denied that the launch of his magazine was ever scheduled.");
        StanceJudgement reported = judge.judge(taibbi, otherDenial);
        assertEquals(Relation.ASSERTED, reported.relation());
        assertEquals(reported, judge.disputedByModel(reported, StanceFeatures.standard().claim(taibbi), otherDenial,
                judge.sentenceTerms(otherDenial), 0.7));

        List<SentenceAnalysis> storyFake = article("The new iPhone 6 pulls out facial hair during calls.",
                "Apple said the iPhone 6 hair story was fake.");
        StanceJudgement disputed = judge.disputedByModel(judge.judge(claim, storyFake), side, storyFake,
                judge.sentenceTerms(storyFake), 0.7);
        assertEquals(Relation.DISPUTED, disputed.relation());
        assertEquals(1, disputed.matchedSentence());
    }

    @Test
    void aDenialClaimIsSupportedByTheDenial() {
        StanceJudgement j = judge.judge("The US-led coalition denied taking part in joint airstrikes with Russia near al-Bab.", article(
                "The US-led coalition denied reports that its jets took part in joint airstrikes with Russia near al-Bab."));
        assertEquals(Stance.AGREE, j.stance());
    }

    @Test
    void unrelatedBelowTheThreshold() {
        StanceJudgement j = judge.judge("Apple released a new iPhone with a larger screen.", article(
                "Russia backs Assad, while Turkey backs Syrian rebel groups such as the Free Syrian Army.",
                "The airstrikes were conducted in the northern Syrian city of al-Bab in the province of Aleppo."));
        assertEquals(Stance.UNRELATED, j.stance());
        assertEquals(-1, j.matchedSentence());
        assertEquals(0.0, j.similarity());
        assertEquals(0.95, j.probability(), 1e-9);
        assertNull(j.denier());
    }

    @Test
    void unrelatedForNoSentencesOrNoClaim() {
        assertEquals(Stance.UNRELATED, judge.judge(JOINT_STRIKE_CLAIM, List.of()).stance());
        assertEquals(Stance.UNRELATED, judge.judge(JOINT_STRIKE_CLAIM, null).stance());
        assertEquals(Stance.UNRELATED, judge.judge(null, article("Russia backs Assad in the Syrian war.")).stance());
    }

    @Test
    void labelsAreTheFnc1Labels() {
        assertEquals(List.of("agree", "disagree", "discuss", "unrelated"),
                List.of(Stance.values()).stream().map(Stance::label).toList());
    }
}
