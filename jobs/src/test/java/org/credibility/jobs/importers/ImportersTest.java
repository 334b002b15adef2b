package org.credibility.jobs.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.credibility.jobs.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importers on small samples of the real files (src/test/resources/import, see its README):
 * ids, optional label columns, deduplication and exact counts, checked by hand against the CSVs.
 */
class ImportersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ImportersTest.class.getResource("/import/" + name).toURI());
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    private static Map<String, Long> stanceCounts(Path file) throws IOException {
        return lines(file).stream().collect(Collectors.groupingBy(n -> n.get("stance").asText(), TreeMap::new,
                Collectors.counting()));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void fnc1OneArticlePerBodyOneClaimPerHeadline(@TempDir Path out) throws Exception {
        ImportSummary s = Fnc1Importer.importTo(resource("fnc1_bodies.csv"), resource("fnc1_stances.csv"), out);
        // 6 bodies; 25 rows hold 21 distinct headlines and 23 distinct (headline, body) pairs.
        assertEquals(List.of(6, 21, 23, 0, 23, 0),
                List.of(s.articles(), s.claims(), s.reports(), s.labels(), s.stanceLabels(), s.skipped()));

        List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
        assertEquals(List.of("148", "260", "433", "1957", "2078", "2122"),
                articles.stream().map(a -> a.get("id").asText()).toList());
        assertEquals("fnc1", articles.get(0).get("outlet").asText());
        JsonNode body2078 = articles.get(4);
        assertTrue(body2078.get("body").asText().equals("Google has bought about half of Pacific Shores office park."), body2078.toString());

        List<JsonNode> claims = lines(out.resolve("claims.jsonl"));
        assertEquals(21, claims.size());
        JsonNode putin = claims.stream().filter(c -> c.get("text").asText()
                .equals("No, a bird didn't poop on Vladimir Putin")).findFirst().orElseThrow();
        assertEquals("3295253bdb69769f", putin.get("id").asText());
        assertEquals(List.of("1957", "2078"), texts(putin.get("article_ids")));
        // The repeated (headline, body) row is one report.
        JsonNode annArbor = claims.stream().filter(c -> c.get("text").asText()
                .equals("Ann Arbor pizza delivery driver surprised with $2,000 tip")).findFirst().orElseThrow();
        assertEquals(List.of("2122"), texts(annArbor.get("article_ids")));

        assertEquals(Map.of("agree", 9L, "disagree", 2L, "discuss", 6L, "unrelated", 6L),
                stanceCounts(out.resolve("stance_labels.jsonl")));
        assertTrue(lines(out.resolve("stance_labels.jsonl")).stream().anyMatch(n ->
                n.get("claim_id").asText().equals("3295253bdb69769f") && n.get("article_id").asText().equals("2078")
                        && n.get("stance").asText().equals("unrelated")));
        assertFalse(Files.exists(out.resolve("labels.jsonl")));
    }

    @Test
    void fnc1WithoutStanceColumnWritesNoStanceLabels(@TempDir Path out) throws Exception {
        Files.writeString(out.resolve("stance_labels.jsonl"), "{}\n"); // left by an earlier import
        ImportSummary s = Fnc1Importer.importTo(resource("fnc1_bodies.csv"),
                resource("fnc1_stances_unlabeled.csv"), out);
        assertEquals(List.of(6, 21, 23, 0), List.of(s.articles(), s.claims(), s.reports(), s.stanceLabels()));
        assertFalse(Files.exists(out.resolve("stance_labels.jsonl")));
        assertEquals(List.of("articles.jsonl", "claims.jsonl"), listing(out));
    }

    @Test
    void emergentOneArticlePerUrlAndRepeatedRowsCountOnce(@TempDir Path out) throws Exception {
        ImportSummary s = EmergentImporter.importTo(resource("emergent.csv"), out);
        // 40 rows: 6 claims, 36 distinct (claim, page_url) reports on 33 distinct pages (three pages
        // report both Apple Watch claims); black-friday-plot-hoax has 6 rows but 2 reports.
        assertEquals(List.of(40, 33, 6, 36, 6, 34, 0),
                List.of(s.rowsRead(), s.articles(), s.claims(), s.reports(), s.labels(), s.stanceLabels(),
                        s.skipped()));

        List<JsonNode> claims = lines(out.resolve("claims.jsonl"));
        assertEquals(List.of("King-of-Jordan-airstrikes-ISIS", "black-friday-plot-hoax", "scorpion-delays-plane",
                        "underwear-thief-shaming", "apple-watch-store-appointments", "apple-watch-platinum-edition"),
                claims.stream().map(c -> c.get("id").asText()).toList());
        assertEquals("Jordan's King Abdullah II will participate in air strikes against ISIS",
                claims.get(0).get("text").asText());
        assertEquals(List.of(13, 2, 7, 3, 4, 7), claims.stream().map(c -> c.get("article_ids").size()).toList());

        assertEquals(List.of("false", "false", "true", "unverified", "unverified", "unverified"),
                lines(out.resolve("labels.jsonl")).stream().map(l -> l.get("label").asText()).toList());

        List<JsonNode> articles = lines(out.resolve("articles.jsonl"));
        String espn = "http://espn.go.com/mens-college-basketball/story/_/id/12328436/"
                + "oregon-state-beavers-flight-delayed-scorpion-stings-woman-aboard-plane";
        JsonNode a = articles.stream().filter(n -> n.get("id").asText().equals(espn)).findFirst().orElseThrow();
        assertEquals(Map.of("id", espn, "outlet", "espn.go.com", "url", espn,
                        "title", "Scorpion stings woman on OSU plane", "body", "Scorpion stings woman on OSU plane"),
                JSON.convertValue(a, Map.class));

        // for 19, against 8, observing 7; the one 'ignoring' and one 'null' report give no label.
        assertEquals(Map.of("agree", 19L, "disagree", 8L, "discuss", 7L),
                stanceCounts(out.resolve("stance_labels.jsonl")));
        assertFalse(lines(out.resolve("stance_labels.jsonl")).stream().anyMatch(n -> n.get("article_id").asText()
                .equals("http://www.sn.xinhuanet.com/2015-01/13/c_1113969279.htm")));
    }

    @Test
    void emergentWithoutLabelColumnsWritesNoLabelFiles(@TempDir Path out) throws Exception {
        ImportSummary s = EmergentImporter.importTo(resource("emergent_unlabeled.csv"), out);
        assertEquals(List.of(33, 6, 36, 0, 0), List.of(s.articles(), s.claims(), s.reports(), s.labels(),
                s.stanceLabels()));
        assertEquals(List.of("articles.jsonl", "claims.jsonl"), listing(out));
    }

    /**
     * The benchmark sample (src/test/resources/article-benchmark, see its README): two Emergent
     * claims, the six FNC-1 bodies related to their headlines and one body about another death
     * hoax. Willie Nelson's headlines are 'for' ("... Dies at Age 81") or 'against' ("... killed by
     * internet death hoax"): body 2186 agrees with the three 'against' headlines and disagrees with
     * the 'for' one, so it disputes the claim all four times; 1869 agrees with the 'for' headline
     * and disagrees with two 'against' ones, so it asserts it; 1503 and 553 only agree with
     * 'against' headlines.
     */
    @Test
    void articleBenchmarkFlipsTheStanceThroughAHeadlineAgainstItsClaim(@TempDir Path out) throws Exception {
        ImportSummary s = ArticleBenchmarkImporter.importTo(benchmarkResource("fnc1_bodies.csv"),
                benchmarkResource("fnc1_stances.csv"), benchmarkResource("emergent.csv"), out);
        assertEquals(List.of(33, 7, 2, 0, 2, 6, 0), List.of(s.rowsRead(), s.articles(), s.claims(), s.reports(),
                s.labels(), s.stanceLabels(), s.skipped()));

        assertEquals(List.of("553 fnc1-553", "989 fnc1-989", "1085 fnc1-1085", "1503 fnc1-1503", "1513 fnc1-1513",
                        "1869 fnc1-1869", "2186 fnc1-2186"), lines(out.resolve("articles.jsonl")).stream()
                .map(a -> a.get("id").asText() + " " + a.get("outlet").asText()).toList());
        // A watch list: no known reports.
        assertEquals(List.of("{\"id\":\"Willie-Nelson-death-hoax\",\"text\":\"Willie Nelson is dead\"}",
                        "{\"id\":\"Samsung-Apple-watch-processor\",\"text\":\"Samsung will supply application"
                                + " processors for Apple Watch\"}"),
                Files.readAllLines(out.resolve("claims.jsonl")));
        assertEquals(List.of("Willie-Nelson-death-hoax false", "Samsung-Apple-watch-processor unverified"),
                lines(out.resolve("labels.jsonl")).stream()
                        .map(l -> l.get("claim_id").asText() + " " + l.get("label").asText()).toList());
        assertEquals(List.of("Willie-Nelson-death-hoax 2186 disagree", "Samsung-Apple-watch-processor 1513 discuss",
                        "Willie-Nelson-death-hoax 1869 agree", "Samsung-Apple-watch-processor 989 discuss",
                        "Willie-Nelson-death-hoax 1503 disagree", "Willie-Nelson-death-hoax 553 disagree"),
                lines(out.resolve(ArticleBenchmarkImporter.GOLD)).stream().map(l -> l.get("claim_id").asText() + " "
                        + l.get("article_id").asText() + " " + l.get("stance").asText()).toList());
        // Every FNC-1 pair, for stance models trained beside the benchmark, with the claims its headline belongs to.
        List<String> pairs = lines(out.resolve(ArticleBenchmarkImporter.STANCE_PAIRS)).stream()
                .map(l -> l.get("article_id").asText() + " " + l.get("stance").asText() + " " + l.get("claim_ids"))
                .toList();
        assertEquals(17, pairs.size());
        assertEquals(List.of("1503 unrelated []", "989 unrelated []", "1869 unrelated []", "989 unrelated []",
                "2186 agree [\"Willie-Nelson-death-hoax\"]"), pairs.subList(0, 5));
        assertEquals(10, pairs.stream().filter(p -> p.endsWith("[\"Willie-Nelson-death-hoax\"]")).count());
        assertEquals(3, pairs.stream().filter(p -> p.endsWith("[\"Samsung-Apple-watch-processor\"]")).count());
        assertEquals("Country Music Legend Willie Nelson Dies at Age 81",
                lines(out.resolve(ArticleBenchmarkImporter.STANCE_PAIRS)).get(5).get("headline").asText());
        assertEquals(List.of("articles.jsonl", "claims.jsonl", ArticleBenchmarkImporter.STANCE_PAIRS,
                "gold_reports.jsonl", "labels.jsonl"), listing(out));
    }

    @Test
    void articleBenchmarkStanceSeenMostOftenWinsATieGoesToASide() {
        assertEquals("disagree", ArticleBenchmarkImporter.resolve(List.of("discuss", "disagree", "disagree")));
        assertEquals("agree", ArticleBenchmarkImporter.resolve(List.of("discuss", "agree")));
        assertEquals("discuss", ArticleBenchmarkImporter.resolve(List.of("discuss", "agree", "discuss")));
        assertEquals("willie nelson dead 2015 guitarist killed",
                ArticleBenchmarkImporter.normalised("“Willie Nelson dead 2015” : Guitarist  killed"));
    }

    private static Path benchmarkResource(String name) throws URISyntaxException {
        return Path.of(ImportersTest.class.getResource("/article-benchmark/" + name).toURI());
    }

    @Test
    void commandLine(@TempDir Path out) throws Exception {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, Main.run(new String[] {"import", "fnc2"}));
            assertEquals(2, Main.run(new String[] {"import", "emergent", "--csv", "x.csv"}));
            assertEquals(1, Main.run(new String[] {"import", "emergent", "--csv", out.resolve("no.csv").toString(),
                    "--output", out.toString()}));
            assertEquals(0, Main.run(new String[] {"import", "emergent", "--csv",
                    resource("emergent.csv").toString(), "--output", out.resolve("em").toString()}));
        } finally {
            System.setErr(oldErr);
        }
        assertEquals(List.of(
                "credibility: import: unknown data set 'fnc2' (fnc1, emergent or article-benchmark; see 'import --help')",
                "credibility: import emergent: missing required option --output",
                "credibility: file not found: " + out.resolve("no.csv"),
                "credibility: imported emergent into " + out.resolve("em") + ": 33 articles, 6 claims, "
                        + "36 known reports, 6 labels, 34 stance labels"),
                err.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static List<String> listing(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
