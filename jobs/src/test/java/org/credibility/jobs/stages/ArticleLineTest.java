package org.credibility.jobs.stages;

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
}
