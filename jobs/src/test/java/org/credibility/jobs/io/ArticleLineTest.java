package org.credibility.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLineTest {
    @Test
    void acceptsAWellFormedArticle() {
        ArticleLine a = ArticleLine.parse("{\"id\":\"a1\",\"outlet\":\"UPI\",\"url\":\"https://upi.com/x\","
                + "\"published\":\"2017-01-19\",\"title\":\"T\",\"body\":\"Some text.\"}", 7);
        assertTrue(a.accepted());
        assertEquals("a1", a.id());
        assertEquals("UPI", a.outlet());
        assertEquals(Timestamp.from(Instant.parse("2017-01-19T00:00:00Z")), a.published());
        assertEquals("Some text.", a.body());
        assertEquals(List.of(), a.repairs());
        assertEquals(7, a.lineNumber());
    }

    @Test
    void numericIdsBecomeStrings() {
        assertEquals("712", ArticleLine.parse("{\"id\":712,\"outlet\":\"x\",\"body\":\"b\"}", 1).id());
    }

    @Test
    void rejectsWithAReason() {
        assertEquals("not a JSON object", ArticleLine.parse("[1,2]", 1).rejectReason());
        assertEquals("missing or empty id", ArticleLine.parse("{\"id\":\" \",\"body\":\"b\"}", 1).rejectReason());
        assertEquals("missing or empty id", ArticleLine.parse("{\"body\":\"b\"}", 1).rejectReason());
        assertEquals("missing body", ArticleLine.parse("{\"id\":\"a\"}", 1).rejectReason());
        assertEquals("body is not a string", ArticleLine.parse("{\"id\":\"a\",\"body\":{\"p\":1}}", 1).rejectReason());
        assertTrue(ArticleLine.parse("{\"id\":\"a\",", 1).rejectReason().startsWith("malformed JSON: "));
    }

    @Test
    void repairsAMissingOutletAndAnUnparsableDate() {
        ArticleLine a = ArticleLine.parse("{\"id\":\"a\",\"published\":\"last Monday\",\"body\":\"b\"}", 1);
        assertTrue(a.accepted());
        assertEquals("(unknown)", a.outlet());
        assertNull(a.published());
        assertEquals(List.of("outlet missing", "published not ISO-8601, set to null"), a.repairs());
    }

    @Test
    void readsTheIsoForms() {
        assertEquals(Timestamp.from(Instant.parse("2017-01-24T09:08:00Z")), ArticleLine.parseDate("2017-01-24T09:08:00"));
        assertEquals(Timestamp.from(Instant.parse("2017-01-24T08:08:00Z")),
                ArticleLine.parseDate("2017-01-24T09:08:00+01:00"));
        assertEquals(Timestamp.from(Instant.parse("2017-01-24T09:08:00Z")), ArticleLine.parseDate("2017-01-24T09:08:00Z"));
        assertNull(ArticleLine.parseDate("24/01/2017"));
        assertFalse(ArticleLine.parse("{\"id\":\"a\",\"body\":\"b\"}", 1).repairs().contains("published"));
    }

    @Test
    void truncatesLongRawLines() {
        String raw = "x".repeat(ArticleLine.RAW_LIMIT + 10);
        assertEquals(ArticleLine.RAW_LIMIT + 1, ArticleLine.truncate(raw).length());
        assertEquals("short", ArticleLine.truncate("short"));
    }

    @Test
    void stripsControlCharactersAndSaysWhere() {
        ArticleLine a = ArticleLine.parse("{\"id\":\"a\u0000\",\"outlet\":\"Bell\\u0007 Wire\",\"title\":\"T\",\"body\":"
                + "\"One\u0001 line.\\nTwo\u001b[0m lines.\"}", 1);
        assertTrue(a.accepted(), a.rejectReason());
        assertEquals("a", a.id());
        assertEquals("Bell Wire", a.outlet());
        assertEquals("One line.\nTwo[0m lines.", a.body());
        assertEquals(List.of("control characters removed: id, outlet, body"), a.repairs());
    }

    @Test
    void notesReplacedUtf8() {
        ArticleLine a = ArticleLine.parse(new LineText("{\"id\":\"a\",\"outlet\":\"o\",\"body\":\"caf\uFFFD\"}", true, 30), 1);
        assertEquals(List.of(LineText.BROKEN_UTF8), a.repairs());
        assertEquals("caf\uFFFD", a.body());
    }

    @Test
    void cutsAHugeBodyWhenParsingAndSaysSo() {
        String body = "word ".repeat(200_000);
        ArticleLine a = ArticleLine.parse("{\"id\":\"a\",\"outlet\":\"o\",\"body\":\"" + body + "\"}", 1);
        assertEquals(ArticleLine.MAX_BODY_CHARS, a.body().length());
        assertEquals(List.of("body cut: 1,000,000 characters, only the first 100,000 analysed"), a.repairs());
    }

    @Test
    void anEmptyBodyIsAcceptedAndNoted() {
        ArticleLine a = ArticleLine.parse("{\"id\":\"a\",\"outlet\":\"o\",\"body\":\" \"}", 1);
        assertTrue(a.accepted());
        assertEquals(List.of(ArticleLine.EMPTY_BODY), a.repairs());
    }

    @Test
    void rejectsTwoValuesOnOneLineAndBareValues() {
        assertTrue(ArticleLine.parse("{\"id\":\"a\",\"body\":\"b\"} {\"id\":\"b\",\"body\":\"c\"}", 1)
                .rejectReason().startsWith("malformed JSON: "));
        assertEquals("not a JSON object", ArticleLine.parse("\"text\"", 1).rejectReason());
        assertEquals("not a JSON object", ArticleLine.parse("null", 1).rejectReason());
        assertEquals("missing or empty id", ArticleLine.parse("{\"id\":\"\u0007\",\"body\":\"b\"}", 1).rejectReason());
    }
}
