package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordsTest {

    /** The regex Words.tokens is written to agree with (it scans by hand for speed). */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’&\\-](?=[\\p{L}\\p{N}])|\\.(?=\\p{L}))*");

    @Test
    void tokensKeepInnerApostrophesHyphensAmpersandsAndDotsBeforeLetters() {
        List<Words.Token> tokens = Words.tokens("U.S. al-Bab Tu-22M3 Jan.1 rock’n’roll A&B x² 'quoted' -dash- end.");
        assertEquals(List.of("U.S", "al-Bab", "Tu-22M3", "Jan", "1", "rock’n’roll", "A&B", "x²", "quoted", "dash", "end"),
                tokens.stream().map(Words.Token::text).toList());
        assertEquals(new Words.Token("U.S", 0, 3), tokens.get(0));
        assertEquals(new Words.Token("1", 24, 25), tokens.get(4));
        assertEquals(new Words.Token("dash", 55, 59), tokens.get(9));
    }

    @Test
    void tokensCountOffsetsInCharsAcrossSurrogatePairs() {
        // U+1D400 and U+1D401 are letters outside the BMP: two chars each
        assertEquals(List.of(new Words.Token("\uD835\uDC00\uD835\uDC01", 0, 4), new Words.Token("ok", 5, 7)),
                Words.tokens("\uD835\uDC00\uD835\uDC01 ok"));
        assertEquals(List.of(), Words.tokens(null));
        assertEquals(List.of(), Words.tokens(" -- ' . "));
    }

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

    @Test
    void tokensAreWhatTheTokenRegexFinds() {
        List<String> texts = List.of("", "a", "-a-", "a-", "a--b", "a-'b", "a'-b", "e.g. i.e.", "3.5 and 3,5",
                "O'Neil’s", "AT&T&", "x.", ".x", "a.1", "1.a", "Ⅻ and ½", "naïve café", "١٢٣ عربي", "a\u0301b",
                "tab\tnew\nline", "end-of-line-", "’s", "A. B. C.", "\uD835\uDC00.\uD835\uDC01");
        for (String text : texts) {
            assertEquals(regexTokens(text), Words.tokens(text), text);
        }
    }

    private static List<Words.Token> regexTokens(String text) {
        List<Words.Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Words.Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }
}
