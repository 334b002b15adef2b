package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseMatcherTest {

    @Test
    void theLongestPhraseWinsWhateverTheCaseOfItsFirstLetterAndAnApostropheMatchesBothForms() {
        PhraseMatcher matcher = new PhraseMatcher(List.of("no", "No comment", "'tis", "’tis true", "true"));
        assertEquals(List.of(
                        new PhraseMatcher.Match("No comment", 0, 10),
                        new PhraseMatcher.Match("’tis true", 12, 21),
                        new PhraseMatcher.Match("'tis", 23, 27),
                        new PhraseMatcher.Match("no", 29, 31)),
                matcher.findAll("No comment. ’Tis true, 'tis. NO"));
    }

    @Test
    void phrasesAreWholeWordsAndGapsSpanUpToThreeWords() {
        PhraseMatcher matcher = new PhraseMatcher(List.of("no ... coordination", "deny"));
        assertEquals(List.of(new PhraseMatcher.Match("no ... coordination", 6, 38)),
                matcher.findAll("There no joint air-strike coordination, denying it."));
        assertEquals(List.of(), matcher.findAll("no one two three four coordination"));
    }

    @Test
    void lettersGroupedByFirstCharacterAsTheCaseInsensitiveEngineComparesThem() {
        assertEquals(List.of(List.of("Sept", "sep", "s"), List.of("June"), List.of("’tis", "'twas")),
                List.copyOf(Lexicon.byFirstCharacter(List.of("Sept", "June", "sep", "’tis", "", "'twas", "s"))));
        assertEquals("(?=[\\x{2019}\\x{27}\\x{2019}])", Lexicon.firstCharacterLookahead(List.of("’tis", "'twas")));
    }
}
