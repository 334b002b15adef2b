package org.credibility.jobs;

import org.credibility.jobs.cli.Main;
import org.credibility.jobs.io.InputFolders;
import org.credibility.jobs.io.OutputWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A desk's rolling window over daily crawl folders: three day folders named by a glob, a fourth
 * folder it does not match, {@code --since 2017-01-21 --until 2017-01-22}, and an article crawled
 * twice (the same id on two days).
 */
class DailyFoldersTest {
    @TempDir
    static Path dir;
    static Path crawl;
    static JsonNode manifest;
    static SparkSession spark;

    private static String article(String id, String published) {
        return "{\"id\":\"" + id + "\",\"outlet\":\"Daily " + id + "\",\"url\":\"https://example.org/" + id + "\","
                + (published == null ? "" : "\"published\":\"" + published + "\",")
                + "\"title\":\"Report " + id + "\",\"body\":\"The ministry said 12 aircraft flew over the border on Monday.\"}";
    }

    private static void day(String name, String... lines) throws Exception {
        Files.createDirectories(crawl.resolve(name));
        Files.writeString(crawl.resolve(name).resolve("articles.jsonl"), String.join("\n", lines) + "\n");
    }

    @BeforeAll
    static void runOverTheWindow() throws Exception {
        spark = SharedSpark.session();
        crawl = dir.resolve("crawl");
        day("2017-01-20",
                article("a1", "2017-01-20T23:59:59Z"),     // the day before the window: outside
                article("a2", "2017-01-21"));               // crawled a day early, dated in the window
        day("2017-01-21",
                article("a3", "2017-01-21T00:00:00Z"),     // the window's first instant
                article("a4", null),                        // no date: kept, counted as undated
                "");
        day("2017-01-22",
                article("a5", "2017-01-22T23:59:59Z"),     // the window's last second
                article("a3", "2017-01-21T00:00:00Z"),     // crawled again: a repeated id
                "{not json",
                article("a6", "2017-01-23"));               // the day after the window: outside
        day("../other", article("a7", "2017-01-21"));      // not matched by the glob
        // An optional file in two folders: both read, the second line of one key a duplicate.
        Files.writeString(crawl.resolve("2017-01-21/labels.jsonl"), "{\"claim_id\":\"c1\",\"label\":\"true\"}\n");
        Files.writeString(crawl.resolve("2017-01-22/labels.jsonl"), "{\"claim_id\":\"c1\",\"label\":\"false\"}\n");
        assertEquals(0, Main.run(new String[] {"run", "--input", crawl + "/2017-01-2*", "--since", "2017-01-21",
            "--until", "2017-01-22", "--model", "../seeds/model", "--output", dir.resolve("out").toString()}));
        manifest = new ObjectMapper().readTree(dir.resolve("out").resolve(OutputWriter.MANIFEST).toFile());
    }

    @Test
    void theWindowKeepsTheDatedArticlesOfItsDaysAndTheUndatedOnes() {
        JsonNode counts = manifest.path("counts");
        // 9 lines: 1 blank; 4 articles (a2, a3, a4, a5; a4 undated), 2 outside the window (a1, a6),
        // 2 rejected (the repeated a3, the broken line): 4 + 2 + 2 = 8 non-blank lines.
        assertEquals(List.of(9, 1, 8, 4, 1, 2, 2), List.of(counts.path("lines_read").asInt(),
                counts.path("blank_lines").asInt(), counts.path("non_blank_lines").asInt(), counts.path("articles").asInt(),
                counts.path("undated").asInt(), counts.path("outside_window").asInt(), counts.path("rejected").asInt()));
        assertEquals(List.of("a2", "a3", "a4", "a5"), spark.read().parquet(dir.resolve("out/articles").toString())
                .select("id").orderBy("id").as(Encoders.STRING()).collectAsList());
        assertEquals("{\"since\":\"2017-01-21\",\"until\":\"2017-01-22\"}", manifest.path("window").toString());
        assertEquals(List.of(crawl + "/2017-01-20", crawl + "/2017-01-21", crawl + "/2017-01-22"),
                new ObjectMapper().convertValue(manifest.path("input_folders"), List.class));
    }

    /** The rejected lines of one input file: "folder:line" to the reason. */
    private static Map<String, String> rejected(String source) {
        Map<String, String> rejected = new TreeMap<>();
        for (Row r : spark.read().parquet(dir.resolve("out/rejected").toString()).filter("source = '" + source + "'")
                .collectAsList()) {
            rejected.put(r.getAs("folder") + ":" + r.getAs("line"), r.getAs("reason"));
        }
        return rejected;
    }

    @Test
    void aRepeatedIdIsRejectedWithTheFolderAndLineOfItsFirst() {
        Map<String, String> rejected = rejected("articles.jsonl");
        assertEquals(List.of(crawl + "/2017-01-22:2", crawl + "/2017-01-22:3"), List.copyOf(rejected.keySet()));
        assertEquals("duplicate id: 'a3' first seen on line 1 of " + crawl + "/2017-01-21/articles.jsonl",
                rejected.get(crawl + "/2017-01-22:2"));
        assertTrue(rejected.get(crawl + "/2017-01-22:3").startsWith("malformed JSON: "));
        Row a3 = spark.read().parquet(dir.resolve("out/articles").toString()).filter("id = 'a3'").first();
        assertEquals(List.of(crawl + "/2017-01-21", 1L), List.of(a3.getAs("folder"), a3.getAs("line")));
    }

    @Test
    void anOptionalFileIsReadFromEveryFolderThatHasOne() {
        Map<String, String> rejected = rejected("labels.jsonl");
        assertEquals(Map.of(
                crawl + "/2017-01-21:1", "unknown claim: no claim 'c1' in this input",
                crawl + "/2017-01-22:1", "duplicate claim_id: 'c1' first seen on line 1 of " + crawl
                        + "/2017-01-21/labels.jsonl"), rejected);
        assertEquals(2, manifest.path("counts").path("other_inputs").path("labels.jsonl").path("lines_read").asInt());
    }

    @Test
    void severalInputsCommaSeparatedOrRepeatedAndBracedGlobs() {
        String d20 = crawl + "/2017-01-20";
        String d21 = crawl + "/2017-01-21";
        String d22 = crawl + "/2017-01-22";
        assertEquals(List.of(d22, d20, d21), InputFolders.resolve(List.of(d22 + "," + d20, d21, d20)).folders(),
                "in the order given, a folder named twice read once");
        assertEquals(List.of(d20, d22), InputFolders.resolve(List.of(crawl + "/2017-01-{20,22}")).folders(),
                "a comma inside braces belongs to the glob");
        assertEquals("no input folder matches " + crawl + "/2016-*",
                assertThrows(JobException.class, () -> InputFolders.resolve(List.of(crawl + "/2016-*"))).getMessage());
    }
}
