package org.credibility.jobs.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lines of claimreview.jsonl for the hand-made output: the tables joined per claim, then the draft. */
class ClaimReviewDraftsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static List<String> lines;

    @BeforeAll
    static void draft() throws Exception {
        lines = new ArrayList<>();
        for (Row row : ClaimDossiers.of(OutputFixture.scores(), OutputFixture.mentions(), OutputFixture.articles())
                .orderBy("claim_id").collectAsList()) {
            lines.add(ClaimReviewDrafts.line(row));
        }
    }

    @Test
    void oneJsonLdObjectALineInTheOrderSchemaOrgReadersShowThem() {
        assertEquals(2, lines.size());
        assertEquals("{\"@context\":\"https://schema.org\",\"@type\":\"ClaimReview\",\"identifier\":\"c2\","
                + "\"creativeWorkStatus\":\"Draft\",\"description\":\"Machine draft for a person to review, not a fact"
                + " check: the rating is a model's estimate of the claim's credibility from how news outlets report it."
                + " Check the evidence, set your own rating, and add url (your fact-check page) before publishing.\","
                + "\"author\":{\"@type\":\"Organization\",\"name\":\"credibility (machine draft)\"},"
                + "\"claimReviewed\":\"Turkish jets bombed al-Bab.\","
                + "\"itemReviewed\":{\"@type\":\"Claim\",\"author\":{\"@type\":\"Organization\",\"name\":\"Sputnik\"},"
                + "\"datePublished\":\"2017-01-23T00:00:00Z\",\"appearance\":[{\"@type\":\"CreativeWork\","
                + "\"url\":\"https://example.org/sputnik/video\",\"headline\":\"Video of the bombers\","
                + "\"datePublished\":\"2017-01-23T00:00:00Z\",\"publisher\":{\"@type\":\"Organization\","
                + "\"name\":\"Sputnik\"}}]},"
                + "\"reviewRating\":{\"@type\":\"Rating\",\"ratingValue\":70,\"bestRating\":100,\"worstRating\":0,"
                + "\"alternateName\":\"Likely true\","
                + "\"ratingExplanation\":\"no other outlet corroborates it; not attributed to a source\"}}", lines.get(1));
    }

    /** Its own article, then the reports that assert, attribute or dispute it by date; not the one that does not address it. */
    @Test
    void theAppearancesAreTheReportingArticlesUrls() throws Exception {
        JsonNode jets = JSON.readTree(lines.get(0));
        List<String> urls = new ArrayList<>();
        jets.path("itemReviewed").path("appearance").forEach(a -> urls.add(a.path("url").asText()));
        assertEquals(List.of("https://example.org/gr/bombers", "https://example.org/sputnik/video",
                "https://example.org/fwm/joint"), urls);
        assertEquals("2017-01-23T00:00:00Z", jets.path("itemReviewed").path("datePublished").asText());
        assertEquals("Russian Ministry of Defence", jets.path("itemReviewed").path("author").path("name").asText());
        assertEquals(6, jets.path("reviewRating").path("ratingValue").asInt());
        assertEquals("Likely false", jets.path("reviewRating").path("alternateName").asText());
    }
}
