package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void aPossessiveIsAFinalApostropheSInEitherCaseBeforeAnyFinalLineBreak() {
        assertEquals("Russia", Words.withoutPossessive("Russia's"));
        assertEquals("KYIV", Words.withoutPossessive("KYIV’S"));
        assertEquals("Putin\r\n", Words.withoutPossessive("Putin's\r\n"));
        assertEquals("it's a", Words.withoutPossessive("it's a"));
        assertEquals("'s'", Words.withoutPossessive("'s'"));
        assertEquals("", Words.withoutPossessive("’s"));
        assertEquals(false, Words.isPossessive("s"));
        assertEquals(true, Words.isPossessive("Sputnik's"));
    }
}
