package org.credibility.jobs.stages;

import org.credibility.jobs.io.DateWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.features.evidence.Explanation;
import org.credibility.jobs.cli.Main;
import org.credibility.jobs.io.OutputWriter;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim-centric way in: listed claims, their known reports judged and kept, plus the links WatchListLinkStage finds. */
class WatchListStageTest {
    private static final List<String> ALBAB_ARTICLES = List.of(
            "{\"id\":\"a1\",\"outlet\":\"upi\",\"body\":\"Two jets of the US-led coalition joined Russian warplanes "
                    + "in airstrikes on ISIS targets near al-Bab, the Russian Defense Ministry said.\"}",
            "{\"id\":\"a2\",\"outlet\":\"weather\",\"body\":\"The weather in Paris was sunny on Tuesday afternoon.\"}",
            "{\"id\":\"a3\",\"outlet\":\"tass\",\"body\":\"Two US-led coalition jets took part in joint airstrikes "
                    + "with Russia on ISIS near al-Bab on Wednesday.\"}",
            "{\"id\":\"a4\",\"outlet\":\"sport\",\"body\":\"The football match ended in a draw after extra time.\"}");
    private static final String ALBAB_CLAIM = "Two US-led coalition jets took part in joint airstrikes with Russia on ISIS"
            + " near al-Bab.";

    /**
     * A watch list of two claims run by the whole job: c1 is reported by a3 (a1 is linked too, 11
     * of its 14 terms, but the shipped stance model judges that one-sentence article unrelated),
     * nothing reports c2. Both have a scores row; c2's says it has no reports, and the manifest
     * counts two claims and two scores.
     */
    @Test
    void aWatchedClaimNothingReportsIsScoredWithNoReportsFound(@TempDir Path dir) throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.writeString(input.resolve("articles.jsonl"), String.join("\n", ALBAB_ARTICLES), StandardCharsets.UTF_8);
        Files.writeString(input.resolve("claims.jsonl"), String.join("\n",
                "{\"id\":\"c1\",\"text\":\"" + ALBAB_CLAIM + "\"}",
                "{\"id\":\"c2\",\"text\":\"Willie Nelson is dead\"}"), StandardCharsets.UTF_8);
        Path out = dir.resolve("out");
        assertEquals(0, Main.run(new String[] {"run", "--input", input.toString(), "--model", "../seeds/model",
            "--output", out.toString()}));

        SparkSession spark = SharedSpark.session();
        assertEquals("c1 a3", spark.read().parquet(out.resolve("mentions").toString())
                .orderBy("claim_id", "article_id").collectAsList().stream()
                .map(m -> m.getAs("claim_id") + " " + m.getAs("article_id")).collect(Collectors.joining(", ")));
        List<Row> scores = spark.read().parquet(out.resolve("scores").toString()).orderBy("claim_id").collectAsList();
        assertEquals(List.of("c1", "c2"), scores.stream().map(r -> r.<String>getAs("claim_id")).toList());
        Row none = scores.get(1);
        assertEquals(List.of(0, 0, 0, 0), List.of(none.<Integer>getAs("agreeing_reports"),
                none.<Integer>getAs("denying_reports"), none.<Integer>getAs("discussing_reports"),
                none.<Integer>getAs("corroborating_outlets")));
        assertTrue(none.<String>getAs("explanation").startsWith(Explanation.NO_REPORTS + "; "),
                none.<String>getAs("explanation"));
        assertFalse(scores.get(0).<String>getAs("explanation").contains(Explanation.NO_REPORTS));
        JsonNode counts = new ObjectMapper().readTree(out.resolve(OutputWriter.MANIFEST).toFile()).path("counts");
        assertEquals(List.of(2, 2), List.of(counts.path("claims").asInt(), counts.path("scores").asInt()));
    }

    @Test
    void knownReportsAreJudgedAndKeptAlongsideFoundLinks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n", ALBAB_ARTICLES), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claims.jsonl"),
                "{\"id\":\"c1\",\"text\":\"" + ALBAB_CLAIM + "\",\"article_ids\":[\"a1\",\"a2\",\"a9\"]}\n"
                + "{\"id\":\"c1\",\"text\":\"a repeated id keeps one line\"}\n");
        SparkSession spark = SharedSpark.session();
        Dataset<Row> analyzed = IngestStage.apply(spark, List.of(dir.toString()), DateWindow.ALL).analyzed();
        Dataset<Row> claims = WatchListStage.claims(spark, List.of(dir.toString()));
        assertEquals(1, claims.count());
        Row claim = claims.first();
        assertEquals(List.of("", "", ""), List.of(claim.getString(claim.fieldIndex("article_id")),
                claim.getString(claim.fieldIndex("outlet")), claim.getString(claim.fieldIndex("origin"))));
        assertEquals(List.of("a1", "a2", "a9"), claim.getList(claim.fieldIndex("known_article_ids")));

        Dataset<Row> mentions = StanceStage.apply(WatchListStage.links(claims, analyzed), claims, analyzed,
                java.util.Optional.empty());
        // a1 and a2 are listed: judged and kept, a2 although unrelated; a3 is found by linking and agrees;
        // a4 is neither; a9 is not in articles.jsonl.
        assertEquals("a1 agree known, a2 unrelated known, a3 agree found",
                mentions.orderBy("article_id").collectAsList().stream()
                        .map(m -> m.getAs("article_id") + " " + m.getAs("stance") + " "
                                + ((boolean) m.getAs("known_report") ? "known" : "found"))
                        .collect(Collectors.joining(", ")));
        assertEquals(2, mentions.filter(StanceStage.related()).count());
    }
}
