package org.credibility.jobs.stages;

import org.credibility.jobs.io.DateWindow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClaimStageTest {
    private static final String EXPELLED = "Sulvinrek expelled 44 diplomats on Monday over the fire in Prasensul,"
            + " Emil Tinnel announced.";
    private static final String ARRESTED = "Elena Danjornel was arrested in Prasensul on Monday and charged with"
            + " 44 counts of fraud.";

    @Test
    void aSentenceAnArticleRepeatsIsOneClaimAtItsFirstPlace(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"outlet\":\"Lakeside Review\",\"body\":\"" + EXPELLED + " " + ARRESTED + " " + EXPELLED + "\"}",
                "{\"id\":\"a2\",\"outlet\":\"Global Express\",\"body\":\"" + EXPELLED + "\"}"), StandardCharsets.UTF_8);
        Dataset<Row> analyzed = IngestStage.apply(SharedSpark.session(), java.util.List.of(dir.toString()), DateWindow.ALL).analyzed();

        Dataset<Row> claims = ClaimStage.apply(analyzed).orderBy("article_id", "sentence_index");

        // The same text in another article is another claim (other outlet, other id).
        assertEquals("a1 0 Sulvinrek, a1 1 Elena, a2 0 Sulvinrek", Arrays.stream((Row[]) claims.collect())
                .map(r -> r.getAs("article_id") + " " + r.getAs("sentence_index") + " "
                        + r.<String>getAs("text").split(" ")[0])
                .collect(Collectors.joining(", ")));
        assertEquals(3, claims.select("claim_id").distinct().count());
    }
}
