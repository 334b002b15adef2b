package org.credibility.jobs.io;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The JSON reader of every input line. */
final class InputJson {
    /**
     * Raw control characters inside strings are read (then stripped, and the repair noted), not a
     * parse error; a second value after the object ({@code {...} {...}}) is.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private InputJson() {
    }

    /** The first line of a parser message, at most 200 characters. */
    static String oneLine(String message) {
        String m = message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
        return m.length() <= 200 ? m : m.substring(0, 200) + "…";
    }
}
