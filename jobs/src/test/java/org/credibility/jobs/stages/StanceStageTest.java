package org.credibility.jobs.stages;

import org.credibility.jobs.io.DateWindow;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.features.text.TermWeights;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Links → mentions with the cue judge: each claim gets its own rows, also when its text is copied. */
class StanceStageTest {
    private static final String COPIED = "Sulvinrek expelled 44 diplomats on Monday over the fire in Prasensul.";

    /** The analysed articles of a run: two outlets carrying {@link #COPIED} (a1, a2), and a third's {@code body} (a3). */
    private static Dataset<Row> copiedAndOne(Path dir, String body) throws Exception {
        Files.writeString(dir.resolve("articles.jsonl"), String.join("\n",
                "{\"id\":\"a1\",\"outlet\":\"Lakeside Review\",\"body\":\"" + COPIED + "\"}",
                "{\"id\":\"a2\",\"outlet\":\"Harbor Daily\",\"body\":\"" + COPIED + "\"}",
                "{\"id\":\"a3\",\"outlet\":\"Capital Wire\",\"body\":\"" + body + "\"}"), StandardCharsets.UTF_8);
        return IngestStage.apply(SharedSpark.session(), List.of(dir.toString()), DateWindow.ALL).analyzed();
    }

    /**
     * Two outlets carry the same sentence, so two claims share one text, judged once against each
     * article. Both claims still get a mention of every linked article: their own (agree, at
     * similarity 1), the copy's, and the denial's, with the conflicting number.
     */
    @Test
    void copiedClaimsEachGetEveryMention(@TempDir Path dir) throws Exception {
        Dataset<Row> analyzed = copiedAndOne(dir, "The foreign ministry denied that Sulvinrek expelled 40 diplomats"
                + " on Monday over the fire in Prasensul.");
        Dataset<Row> claims = ClaimStage.apply(analyzed).filter(col("text").equalTo(COPIED));
        assertEquals(2, claims.count());

        // Each claim linked to all three articles (what LinkStage finds here too; built directly,
        // so this test is about the stance stage alone).
        Dataset<Row> links = claims.select("claim_id").crossJoin(analyzed.select(col("id").as("article_id")))
                .withColumn("similarity", lit(1.0));
        Dataset<Row> mentions = StanceStage.apply(links, claims, analyzed, Optional.empty());
        List<String> rows = mentions.join(claims.select(col("claim_id"), col("article_id").as("claim_article")),
                        "claim_id")
                .orderBy("claim_article", "article_id").collectAsList().stream()
                .map(m -> m.getAs("claim_article") + "→" + m.getAs("article_id") + " " + m.getAs("outlet") + " "
                        + m.getAs("stance") + (m.<Boolean>getAs("own_article") ? " own" : "") + " conflicts=" + m.getList(m.fieldIndex("number_conflicts")))
                .collect(Collectors.toList());
        assertEquals(List.of(
                "a1→a1 Lakeside Review agree own conflicts=[]",
                "a1→a2 Harbor Daily agree conflicts=[]",
                "a1→a3 Capital Wire disagree conflicts=[diplomats: 44 vs 40]",
                "a2→a1 Lakeside Review agree conflicts=[]",
                "a2→a2 Harbor Daily agree own conflicts=[]",
                "a2→a3 Capital Wire disagree conflicts=[diplomats: 44 vs 40]"),
                rows);
    }

    /**
     * The cue judge's weights count, for each claim term, the distinct sentences of the run that
     * hold it: the copied sentence once, however many outlets carry it.
     */
    @Test
    void claimTermsAreWeighedByTheDistinctSentencesHoldingThem(@TempDir Path dir) throws Exception {
        Dataset<Row> analyzed = copiedAndOne(dir, "The fire in Prasensul burned for a week. Firefighters from three"
                + " towns fought it.");
        Dataset<Row> claims = ClaimStage.apply(analyzed).filter(col("text").equalTo(COPIED));

        TermWeights weights = StanceStage.sentenceTermWeights(claims, analyzed);
        // three distinct sentences; only the claim's terms are counted
        assertEquals(3, weights.documents());
        assertEquals(java.util.Map.of("sulvinrek", 1L, "expell", 1L, "44", 1L, "diplomat", 1L, "monday", 1L, "fire", 2L,
                "prasensul", 2L), weights.documentFrequency());
    }
}
