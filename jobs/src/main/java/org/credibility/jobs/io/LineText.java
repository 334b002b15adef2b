package org.credibility.jobs.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The bytes of one input line → its text. Invalid UTF-8 is replaced (U+FFFD) and the repair
 * noted, control characters can be stripped. Plain Java: the rules are tested without Spark.
 */
public record LineText(String text, boolean invalidUtf8, long bytes) {

    /** A line longer than this is rejected unread: no article is that long, and parsing it costs memory. */
    public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

    public static final String BROKEN_UTF8 = "invalid UTF-8: bytes replaced by U+FFFD";

    /** Decodes; a byte-order mark at the start is dropped. */
    public static LineText decode(byte[] bytes, int length) {
        String text;
        boolean invalid = false;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, 0, length, StandardCharsets.UTF_8);
            invalid = true;
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new LineText(text, invalid, length);
    }

    /** The first {@code limit} bytes of a line too long to read whole, for the {@code raw} column. */
    public static String head(byte[] bytes, int length, int limit) {
        return new String(bytes, 0, Math.min(length, limit), StandardCharsets.UTF_8) + "…";
    }

    /**
     * Removes control characters (C0 but tab, line feed and carriage return when
     * {@code keepLayout}; DEL; C1). Returns the same string when there are none.
     */
    public static String stripControls(String s, boolean keepLayout) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length() && !isControl(s.charAt(i), keepLayout)) {
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!isControl(c, keepLayout)) {
                out.append(c);
            } else if (!keepLayout && (c == '\n' || c == '\r' || c == '\t')) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    private static boolean isControl(char c, boolean keepLayout) {
        if (c < 0x20) {
            return !(keepLayout && (c == '\n' || c == '\r' || c == '\t'));
        }
        return c == 0x7F || (c >= 0x80 && c <= 0x9F);
    }
}
