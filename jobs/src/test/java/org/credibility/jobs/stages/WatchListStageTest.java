package org.credibility.jobs.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claim-centric way in: listed claims, their known reports judged and kept, plus the links LinkStage finds. */
class WatchListStageTest {
    @Test
    void knownReportsAreJudgedAndKeptAlongsideFoundLinks(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"outlet\":\"upi\",\"body\":\"Two jets of the US-led coalition joined Russian warplanes "
                        + "in airstrikes on ISIS targets near al-Bab, the Russian Defense Ministry said.\"}",
                "{\"id\":\"a2\",\"outlet\":\"weather\",\"body\":\"The weather in Paris was sunny on Tuesday afternoon.\"}",
                "{\"id\":\"a3\",\"outlet\":\"tass\",\"body\":\"Two US-led coalition jets took part in joint airstrikes "
                        + "with Russia on ISIS near al-Bab on Wednesday.\"}",
                "{\"id\":\"a4\",\"outlet\":\"sport\",\"body\":\"The football match ended in a draw after extra time.\"}"),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("claims.jsonl"),
                "{\"id\":\"c1\",\"text\":\"Two US-led coalition jets took part in joint airstrikes with Russia on ISIS "
                        + "near al-Bab.\",\"article_ids\":[\"a1\",\"a2\",\"a9\"]}\n"
                + "{\"id\":\"c1\",\"text\":\"a repeated id keeps one line\"}\n");
        SparkSession spark = SharedSpark.session();
        Dataset<Row> analyzed = IngestStage.apply(spark, List.of(dir.toString()), DateWindow.ALL).analyzed();
        Dataset<Row> claims = WatchListStage.claims(spark, List.of(dir.resolve("claims.jsonl").toString()));
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
