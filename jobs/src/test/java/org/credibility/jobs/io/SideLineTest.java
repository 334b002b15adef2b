package org.credibility.jobs.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.credibility.jobs.io.SideLine.Kind;
import org.junit.jupiter.api.Test;

class SideLineTest {
    @Test
    void acceptsLabelsStanceLabelsAndClaims() {
        assertEquals(List.of("c1", "true"), SideLine.parse(Kind.LABELS, "{\"claim_id\":\"c1\",\"label\":\"True \"}").values());
        assertEquals(List.of("7", "false"), SideLine.parse(Kind.LABELS, "{\"claim_id\":7,\"label\":false}").values());
        assertEquals(List.of("c1", "a1", "agree"), SideLine.parse(Kind.STANCE_LABELS,
                "{\"claim_id\":\"c1\",\"article_id\":\"a1\",\"stance\":\"agree\"}").values());
        assertEquals(List.of("c1", "Troops crossed the border.", "a1\na2"), SideLine.parse(Kind.CLAIMS,
                "{\"id\":\"c1\",\"text\":\" Troops crossed the border.\",\"article_ids\":[\"a1\",\"a2\"]}").values());
        assertEquals(List.of("c2", "Text.", ""), SideLine.parse(Kind.CLAIMS, "{\"id\":\"c2\",\"text\":\"Text.\"}").values());
    }

    @Test
    void rejectsWithAReason() {
        assertTrue(SideLine.parse(Kind.LABELS, "{\"claim_id\":\"c1\",").rejectReason().startsWith("malformed JSON: "));
        assertEquals("not a JSON object", SideLine.parse(Kind.LABELS, "[\"c1\",\"true\"]").rejectReason());
        assertEquals("missing or empty claim_id", SideLine.parse(Kind.LABELS, "{\"label\":\"true\"}").rejectReason());
        assertEquals("missing label", SideLine.parse(Kind.LABELS, "{\"claim_id\":\"c1\"}").rejectReason());
        assertEquals("invalid label: 'maybe' (expected one of false, true, unverified)",
                SideLine.parse(Kind.LABELS, "{\"claim_id\":\"c1\",\"label\":\"maybe\"}").rejectReason());
        assertEquals("missing or empty article_id",
                SideLine.parse(Kind.STANCE_LABELS, "{\"claim_id\":\"c1\",\"stance\":\"agree\"}").rejectReason());
        assertEquals("invalid stance: 'neutral' (expected one of agree, disagree, discuss, unrelated)",
                SideLine.parse(Kind.STANCE_LABELS, "{\"claim_id\":\"c1\",\"article_id\":\"a\",\"stance\":\"neutral\"}")
                        .rejectReason());
        assertEquals("missing or empty text", SideLine.parse(Kind.CLAIMS, "{\"id\":\"c1\",\"text\":\" \"}").rejectReason());
        assertEquals("article_ids is not a list",
                SideLine.parse(Kind.CLAIMS, "{\"id\":\"c1\",\"text\":\"t\",\"article_ids\":\"a1\"}").rejectReason());
        assertEquals("article_ids holds an empty or non-id value",
                SideLine.parse(Kind.CLAIMS, "{\"id\":\"c1\",\"text\":\"t\",\"article_ids\":[\"a1\",{}]}").rejectReason());
    }
}
