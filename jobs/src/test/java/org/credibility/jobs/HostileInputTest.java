package org.credibility.jobs;

import org.credibility.jobs.cli.Main;
import org.credibility.jobs.io.OutputWriter;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.io.ArticleLine;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.io.LineText;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole job on src/test/resources/hostile: two seed articles among every kind of
 * bad line (see that folder's README.md), plus two lines made here: a body of several megabytes
 * and a line over {@link LineText#MAX_LINE_BYTES}.
 */
class HostileInputTest {
    static final String SEED_UPI = "004_79783d67433d651f";
    static final String SEED_SOUTHFRONT = "001_cfa7c24dfde2b375";

    @TempDir
    static Path dir;
    static Path input;
    static SparkSession spark;
    static JsonNode manifest;
    static Map<String, Row> articles = new HashMap<>();
    static int hugeBodyChars;

    @BeforeAll
    static void runTwice() throws Exception {
        spark = SharedSpark.session();
        input = Files.createDirectories(dir.resolve("in"));
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/hostile"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".jsonl")).toList()) {
                Files.copy(f, input.resolve(f.getFileName()));
            }
        }
        try (OutputStream out = Files.newOutputStream(input.resolve("articles.jsonl"), StandardOpenOption.APPEND)) {
            // line 22: a 3 MB body of distinct paragraphs, accepted and cut
            StringBuilder body = new StringBuilder();
            for (int i = 0; body.length() < 3_000_000; i++) {
                body.append("Paragraph ").append(i).append(" of a page that never ends, with nothing in it but words.\n\n");
            }
            hugeBodyChars = body.length();
            out.write(("{\"id\": \"h-huge\", \"outlet\": \"Endless Page\", \"title\": \"Long\", \"body\": \""
                    + body.toString().replace("\n", "\\n") + "\"}\n").getBytes(StandardCharsets.UTF_8));
            // line 23: a line over the limit, rejected unread
            out.write("{\"id\": \"h-too-long\", \"body\": \"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "x".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i <= LineText.MAX_LINE_BYTES >> 20; i++) {
                out.write(chunk);
            }
            out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(0, Main.run(new String[] {"run", "--input", input.toString(), "--model", "../seeds/model",
            "--output", dir.resolve("out1").toString()}));
        manifest = new ObjectMapper().readTree(dir.resolve("out1").resolve(OutputWriter.MANIFEST).toFile());
        // claims.jsonl makes an input claim-centric (its claims replace those extracted from the
        // articles), so its bad lines are checked on a folder of their own: the two seed articles.
        assertEquals(0, Main.run(new String[] {"run", "--input", "src/test/resources/hostile-claims",
            "--model", "../seeds/model", "--output", dir.resolve("claims-out").toString()}));
        table("out1", "articles").collectAsList().forEach(r -> articles.put(r.getAs("id"), r));
    }

    private static Dataset<Row> table(String out, String name) {
        return spark.read().parquet(dir.resolve(out).resolve(name).toString());
    }

    private static List<String> repairs(String id) {
        Row r = articles.get(id);
        return r.getList(r.fieldIndex("repairs"));
    }

    @Test
    void theCountsAddUpAndTheManifestRecordsThem() {
        JsonNode c = manifest.path("counts");
        assertEquals(23, c.path("lines_read").asInt());
        assertEquals(2, c.path("blank_lines").asInt());
        assertEquals(21, c.path("non_blank_lines").asInt());
        assertEquals(11, c.path("articles").asInt());
        assertEquals(10, c.path("rejected").asInt());
        assertEquals(Map.of("malformed JSON", 2, "not a JSON object", 2, "missing or empty id", 2, "duplicate id", 1,
                "body is not a string", 1, "missing body", 1, "line too long", 1),
                new ObjectMapper().convertValue(c.path("rejected_by_reason"), Map.class));
        assertEquals(table("out1", "articles").count(), c.path("articles").asLong());
        assertEquals(table("out1", "claims").count(), c.path("claims").asLong());
        assertEquals(table("out1", "mentions").count(), c.path("mentions").asLong());
        assertEquals(table("out1", "scores").count(), c.path("scores").asLong());
        assertTrue(c.path("claims").asInt() > 10, "the seed articles still give claims");
        JsonNode labels = c.path("other_inputs").path("labels.jsonl");
        assertEquals(List.of(8, 1, 2, 5), List.of(labels.path("lines_read").asInt(), labels.path("blank_lines").asInt(),
                labels.path("accepted").asInt(), labels.path("rejected").asInt()));
        JsonNode stance = c.path("other_inputs").path("stance_labels.jsonl");
        assertEquals(List.of(4, 1, 3), List.of(stance.path("lines_read").asInt(), stance.path("accepted").asInt(),
                stance.path("rejected").asInt()));
        assertTrue(c.path("other_inputs").path("claims.jsonl").isMissingNode());
    }

    @Test
    void badLinesOfAWatchListAreRejectedAndItsGoodClaimIsScored() throws Exception {
        JsonNode claims = new ObjectMapper().readTree(dir.resolve("claims-out").resolve(OutputWriter.MANIFEST).toFile())
                .path("counts").path("other_inputs").path("claims.jsonl");
        assertEquals(List.of(4, 1, 3), List.of(claims.path("lines_read").asInt(), claims.path("accepted").asInt(),
                claims.path("rejected").asInt()));
        Map<String, String> got = new TreeMap<>();
        for (Row r : table("claims-out", "rejected").collectAsList()) {
            got.put(r.getAs("source") + ":" + r.getAs("line"), r.getAs("reason"));
        }
        assertEquals(new TreeMap<>(Map.of(
                "claims.jsonl:2", "missing or empty text",
                "claims.jsonl:3", "article_ids is not a list",
                "claims.jsonl:4", "duplicate id: 'c1' first seen on line 1")), got);
        assertEquals(List.of("c1"), table("claims-out", "scores").select("claim_id").as(Encoders.STRING()).collectAsList());
    }

    @Test
    void everyNonBlankLineEndsInExactlyOnePlaceAndEveryRejectionHasAReason() {
        Map<Long, String> byLine = new TreeMap<>();
        articles.values().forEach(r -> assertNull(byLine.put(r.getAs("line"), "article " + r.getAs("id"))));
        for (Row r : table("out1", "rejected").filter(col("source").equalTo("articles.jsonl")).collectAsList()) {
            String reason = r.getAs("reason");
            assertFalse(reason == null || reason.isBlank());
            assertFalse(((String) r.getAs("raw")).isEmpty());
            assertTrue(((String) r.getAs("raw")).length() <= ArticleLine.RAW_LIMIT + 1);
            assertNull(byLine.put(r.getAs("line"), reason.split(":")[0]), "line " + r.getAs("line") + " twice");
        }
        Map<Long, String> expected = new TreeMap<>(Map.ofEntries(
                Map.entry(1L, "article " + SEED_UPI), Map.entry(3L, "article " + SEED_SOUTHFRONT),
                Map.entry(4L, "malformed JSON"), Map.entry(5L, "not a JSON object"), Map.entry(6L, "not a JSON object"),
                Map.entry(7L, "missing or empty id"), Map.entry(8L, "missing or empty id"),
                Map.entry(9L, "duplicate id"), Map.entry(10L, "body is not a string"), Map.entry(11L, "missing body"),
                Map.entry(13L, "article h-html"), Map.entry(14L, "article h-controls"), Map.entry(15L, "article h-utf8"),
                Map.entry(16L, "article h-date"), Map.entry(17L, "article h-empty"), Map.entry(18L, "article h-french"),
                Map.entry(19L, "malformed JSON"), Map.entry(20L, "article 42"), Map.entry(21L, "article h-only-script"),
                Map.entry(22L, "article h-huge"), Map.entry(23L, "line too long")));
        assertEquals(expected, byLine);
        Row duplicate = table("out1", "rejected").filter(col("line").equalTo(9).and(col("source").equalTo("articles.jsonl")))
                .first();
        assertEquals("duplicate id: '" + SEED_UPI + "' first seen on line 1", duplicate.getAs("reason"));
        assertEquals("UPI", articles.get(SEED_UPI).getAs("outlet"), "the first of two lines with one id is kept");
    }

    @Test
    void repairsAreMadeAndNoted() {
        assertEquals(List.of(LineText.BROKEN_UTF8), repairs("h-utf8"));
        assertTrue(((String) articles.get("h-utf8").getAs("body_clean")).contains("caf\uFFFD owners"));
        assertEquals(List.of("control characters removed: outlet, title, body"), repairs("h-controls"));
        assertEquals("Bell Wire", articles.get("h-controls").getAs("outlet"));
        assertEquals("The army said on Tuesday that twelve convoys reached the town.\n\nA second paragraph follows here.",
                articles.get("h-controls").getAs("body_clean"));
        assertEquals(List.of("published not ISO-8601, set to null"), repairs("h-date"));
        assertNull(articles.get("h-date").getAs("published"));
        assertEquals(List.of(ArticleLine.EMPTY_BODY), repairs("h-empty"));
        assertEquals(List.of("html_stripped", "nothing left after cleaning: no claims"), repairs("h-only-script"));
        assertEquals(List.of(), repairs("42"));
        assertEquals(List.of(String.format(java.util.Locale.ROOT, "body cut: %,d characters, only the first 100,000 analysed",
                hugeBodyChars)),
                repairs("h-huge").subList(0, 1));
        assertTrue(((String) articles.get("h-huge").getAs("body_clean")).length() <= ArticleLine.MAX_BODY_CHARS);
        String sentencesCut = repairs("h-huge").get(repairs("h-huge").size() - 1);
        assertTrue(sentencesCut.startsWith("sentences cut: ") && sentencesCut.endsWith(" sentences, only the first "
                + IngestStage.MAX_SENTENCES + " analysed"), sentencesCut);
        assertTrue(table("out1", "claims").filter(col("article_id").equalTo("h-huge")).count() <= IngestStage.MAX_SENTENCES);
    }

    @Test
    void markupIsGoneFromBodyClean() {
        assertEquals("The defence ministry said on Monday that forty aircraft took part in the strikes near the city.\n\n"
                + "Officials added that the operation would continue for several more days.",
                articles.get("h-html").getAs("body_clean"));
        for (Row r : articles.values()) {
            String body = r.getAs("body_clean");
            for (String leak : List.of("LEAK", "<", "color: red", "\u0000", "\u0007")) {
                assertFalse(body.contains(leak), r.getAs("id") + " body_clean holds " + leak);
            }
        }
    }

    @Test
    void anArticleThatIsNotEnglishIsKeptButGivesNoClaims() {
        assertEquals(List.of("not English, no claims extracted: 2% English function words, expected at least 15%"),
                repairs("h-french"));
        assertEquals(0, table("out1", "claims").filter(col("article_id").equalTo("h-french")).count());
        assertEquals(0, table("out1", "claims").filter(col("article_id").equalTo("h-empty")).count());
    }

    @Test
    void badLinesOfTheOtherInputsAreRejectedWithAReason() {
        Map<String, String> got = new TreeMap<>();
        for (Row r : table("out1", "rejected").filter(col("source").notEqual("articles.jsonl")).collectAsList()) {
            got.put(r.getAs("source") + ":" + r.getAs("line"), ((String) r.getAs("reason")).replaceAll("^malformed JSON: .*", "malformed JSON"));
        }
        assertEquals(new TreeMap<>(Map.ofEntries(
                Map.entry("labels.jsonl:3", "duplicate claim_id: '5f2c15c7ecb1f5cb' first seen on line 1"),
                Map.entry("labels.jsonl:4", "unknown claim: no claim '0000000000000000' in this input"),
                Map.entry("labels.jsonl:5", "invalid label: 'maybe' (expected one of false, true, unverified)"),
                Map.entry("labels.jsonl:6", "malformed JSON"),
                Map.entry("labels.jsonl:8", "missing or empty claim_id"),
                Map.entry("stance_labels.jsonl:2", "unknown article: no article '999_nope' in this input"),
                Map.entry("stance_labels.jsonl:3",
                        "invalid stance: 'neutral' (expected one of agree, disagree, discuss, unrelated)"),
                Map.entry("stance_labels.jsonl:4", "malformed JSON"))), got);
    }

    @Test
    void theOutputIsPublishedWholeWithNothingLeftBeside() throws Exception {
        assertEquals(input.toString(), manifest.path("input").asText());
        try (Stream<Path> s = Files.list(dir)) {
            // the outputs' lock files (.NAME.lock) stay by design (see OutputLock)
            assertEquals(List.of("claims-out", "in", "out1"), s.map(p -> p.getFileName().toString())
                    .filter(name -> !name.endsWith(".lock")).sorted().toList());
        }
        for (String name : List.of("articles", "claims", "mentions", "scores", "outlets", "rejected")) {
            assertTrue(Files.exists(dir.resolve("out1").resolve(name).resolve("_SUCCESS")), name);
        }
    }
}
