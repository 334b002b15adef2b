package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** The regex Tokenizer.tokens is written to agree with (it scans by hand for speed). */
    private static final Pattern TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|['’&\\-](?=[\\p{L}\\p{N}])|\\.(?=\\p{L}))*");
    /** A piece: the regex Words.countWords, TextCleaner's title key and the FNC-1 headline key used. */
    private static final Pattern PIECE = Pattern.compile("[\\p{L}\\p{N}]+");
    /** The regex StanceFeatures counted list words with (its "n't" branch never matched). */
    private static final Pattern LOOKUP_WORD = Pattern.compile("[\\p{L}']+|n't");

    private static final List<String> TEXTS = List.of("", "a", "-a-", "a-", "a--b", "a-'b", "a'-b", "e.g. i.e.",
            "3.5 and 3,5", "O'Neil’s", "AT&T&", "x.", ".x", "a.1", "1.a", "Ⅻ and ½", "naïve café", "١٢٣ عربي",
            "a\u0301b", "tab\tnew\nline", "end-of-line-", "’s", "A. B. C.", "\uD835\uDC00.\uD835\uDC01",
            "Isis 'fake' video: no-fly zone didn’t start in 2014", "İstanbul ǅemal ΣΟΦΊΑ", "n't 'n' don't'");

    @Test
    void tokensKeepInnerApostrophesHyphensAmpersandsAndDotsBeforeLetters() {
        List<Tokenizer.Token> tokens = Tokenizer.tokens("U.S. al-Bab Tu-22M3 Jan.1 rock’n’roll A&B x² 'quoted' -dash- end.");
        assertEquals(List.of("U.S", "al-Bab", "Tu-22M3", "Jan", "1", "rock’n’roll", "A&B", "x²", "quoted", "dash", "end"),
                tokens.stream().map(Tokenizer.Token::text).toList());
        assertEquals(new Tokenizer.Token("U.S", 0, 3), tokens.get(0));
        assertEquals(new Tokenizer.Token("1", 24, 25), tokens.get(4));
        assertEquals(new Tokenizer.Token("dash", 55, 59), tokens.get(9));
    }

    @Test
    void tokensCountOffsetsInCharsAcrossSurrogatePairs() {
        // U+1D400 and U+1D401 are letters outside the BMP: two chars each
        assertEquals(List.of(new Tokenizer.Token("\uD835\uDC00\uD835\uDC01", 0, 4), new Tokenizer.Token("ok", 5, 7)),
                Tokenizer.tokens("\uD835\uDC00\uD835\uDC01 ok"));
        assertEquals(List.of(), Tokenizer.tokens(null));
        assertEquals(List.of(), Tokenizer.tokens(" -- ' . "));
    }

    @Test
    void tokensAreWhatTheTokenRegexFinds() {
        for (String text : TEXTS) {
            assertEquals(regexTokens(text), Tokenizer.tokens(text), text);
        }
    }

    @Test
    void piecesAreRunsOfLettersAndNumbers() {
        assertEquals(3, Tokenizer.countPieces("al-Bab said"));
        assertEquals(0, Tokenizer.countPieces(null));
        assertEquals("russia turkey joint strikes", Tokenizer.key("Russia, Turkey: joint strikes!"));
        assertEquals("russia turkey joint strikes", Tokenizer.key("  russia turkey joint-strikes"));
        assertEquals("", Tokenizer.key(null));
        assertEquals(true, Tokenizer.isOnePiece("isis"));
        assertEquals(false, Tokenizer.isOnePiece("u.s."));
        assertEquals(false, Tokenizer.isOnePiece("islamic state"));
        assertEquals(false, Tokenizer.isOnePiece(""));
        for (String text : TEXTS) {
            List<String> pieces = matches(PIECE, text);
            assertEquals(pieces.size(), Tokenizer.countPieces(text), text);
            assertEquals(String.join(" ", matches(PIECE, text.toLowerCase(Locale.ROOT))), Tokenizer.key(text), text);
            assertEquals(PIECE.matcher(text).matches(), Tokenizer.isOnePiece(text), text);
        }
    }

    @Test
    void lookupWordsAreLowerCaseRunsOfLettersAndApostrophes() {
        assertEquals(List.of("isis", "'fake'", "video", "no", "fly", "zone", "didn't", "start", "in"),
                Tokenizer.lookupWords("Isis 'fake' video: no-fly zone didn’t start in 2014"));
        assertEquals(List.of(), Tokenizer.lookupWords(null));
        for (String text : TEXTS) {
            // as StanceFeatures matched them, and as LanguageGuess split them
            assertEquals(matches(LOOKUP_WORD, text.toLowerCase(Locale.ROOT).replace('’', '\'')),
                    Tokenizer.lookupWords(text), text);
            assertEquals(List.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}'’]+")).stream()
                    .filter(w -> !w.isEmpty()).map(w -> w.replace('’', '\'')).toList(), Tokenizer.lookupWords(text), text);
        }
    }

    private static List<Tokenizer.Token> regexTokens(String text) {
        List<Tokenizer.Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(new Tokenizer.Token(m.group(), m.start(), m.end()));
        }
        return tokens;
    }

    private static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
