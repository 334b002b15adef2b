package org.credibility.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineTextTest {
    @Test
    void validUtf8IsDecodedAsIs() {
        byte[] bytes = "{\"body\":\"café – ok\"}".getBytes(StandardCharsets.UTF_8);
        LineText t = LineText.decode(bytes, bytes.length);
        assertEquals("{\"body\":\"café – ok\"}", t.text());
        assertFalse(t.invalidUtf8());
    }

    @Test
    void invalidBytesAreReplacedAndNoticed() {
        byte[] bytes = {'c', 'a', 'f', (byte) 0xE9, ' ', (byte) 0xC3, '(', '!'};
        LineText t = LineText.decode(bytes, bytes.length);
        assertEquals("caf\uFFFD \uFFFD(!", t.text());
        assertTrue(t.invalidUtf8());
    }

    @Test
    void onlyTheGivenLengthIsRead() {
        byte[] bytes = {'a', 'b', (byte) 0xFF};
        LineText t = LineText.decode(bytes, 2);
        assertEquals("ab", t.text());
        assertFalse(t.invalidUtf8());
    }

    @Test
    void aByteOrderMarkIsDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
        assertEquals("{}", LineText.decode(bytes, bytes.length).text());
    }

    @Test
    void controlCharactersAreStripped() {
        assertEquals("a\tb\nc\r\nd", LineText.stripControls("a\tb\u0000\nc\u0007\r\nd\u007F\u0085", true));
        assertEquals("a b c d", LineText.stripControls("a\tb\nc\u001B d", false));
        String clean = "nothing to strip";
        assertSame(clean, LineText.stripControls(clean, true));
        assertEquals(null, LineText.stripControls(null, true));
    }
}
