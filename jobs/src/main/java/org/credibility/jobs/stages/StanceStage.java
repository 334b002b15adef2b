package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.CueStanceJudge;
import org.credibility.features.Quantities;
import org.credibility.features.SentenceAnalysis;
import org.credibility.features.Stance;
import org.credibility.features.StanceJudgement;
import org.credibility.jobs.ml.StanceFeaturesTransformer;
import org.credibility.jobs.ml.StanceModel;

/**
 * Links → mentions: the stance of each linked article toward the claim (agree / disagree /
 * discuss / unrelated) with its probability, the cues behind it and whom a denial comes from.
 * The stance and its probability come from the trained stance model when the run has one, else
 * from the cue judge. The cue judge always finds the matched sentence, its cues, and who denies the
 * claim there: a denial reported in an article is a fact about the claim whatever the article's
 * own stance (an article that reports a claim and its denial is, in FNC-1's terms, discussing it).
 * Linked articles judged unrelated are dropped; the claim's own article and the input's known
 * reports always stay.
 */
public final class StanceStage {
    public static final StructType MENTIONS = new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("claim_text", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("own_article", DataTypes.BooleanType, false)
            .add("stance", DataTypes.StringType, false)
            .add("stance_p", DataTypes.DoubleType, false)
            .add("similarity", DataTypes.DoubleType, false)
            .add("matched_sentence", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("denier", DataTypes.StringType)
            .add("hedge_cues", SentenceRows.strings(), false)
            .add("denial_cues", SentenceRows.strings(), false)
            .add("number_conflicts", SentenceRows.strings(), false)
            // A report the input listed for the claim (claims.jsonl article_ids): kept even if unrelated.
            .add("known_report", DataTypes.BooleanType, false);

    private StanceStage() {
    }

    public static Dataset<Row> apply(Dataset<Row> links, Dataset<Row> claims, Dataset<Row> analyzed,
                                     Optional<PipelineModel> stanceModel) {
        Dataset<Row> pairs = (Arrays.asList(links.columns()).contains("known") ? links
                        : links.withColumn("known", lit(false)))
                // The claim's side of the stance features and the cue judge, computed once per claim.
                .join(claims.select(col("claim_id"), col("text").as("claim_text"),
                        col("article_id").as("claim_article_id"), col("quantities").as("claim_quantities"),
                        StanceFeaturesTransformer.claimSide(col("text")).as("claim_side")), "claim_id")
                .join(analyzed.select(col("id").as("article_id"), col("outlet"), col("origin"), col("sentences")),
                        "article_id")
                // Sorted by article, each article's sentences are decoded and normalised once for all its
                // claims by the cue judge.
                .sortWithinPartitions("article_id");
        Dataset<Row> predicted = stanceModel.map(m -> StanceModel.predict(m, pairs)).orElse(pairs
                .withColumn("predicted_stance", lit(null).cast("string"))
                .withColumn("predicted_stance_p", lit(null).cast("double")));
        return predicted.mapPartitions((MapPartitionsFunction<Row, Row>) StanceStage::judge, Encoders.row(MENTIONS))
                .filter(col("known_report").or(related()));
    }

    /**
     * The mentions with the stance a person labelled ({@code stance_labels.jsonl}) in place of the
     * judged one wherever there is a label (probability 1); other mentions keep theirs.
     */
    public static Dataset<Row> withLabelledStances(Dataset<Row> mentions, Dataset<Row> stanceLabels) {
        return mentions.join(stanceLabels.select(col("claim_id"), col("article_id"), col("stance").as("labelled")),
                        new String[] {"claim_id", "article_id"}, "left")
                .withColumn("stance_p", when(col("labelled").isNotNull(), lit(1.0)).otherwise(col("stance_p")))
                .withColumn("stance", coalesce(col("labelled"), col("stance")))
                .drop("labelled");
    }

    /**
     * The input's stance labels as training pairs for {@link StanceModel}: {@code claim_text},
     * the article's {@code sentences} and the labelled {@code stance}.
     */
    public static Dataset<Row> labelledPairs(Dataset<Row> stanceLabels, Dataset<Row> claims, Dataset<Row> analyzed) {
        return stanceLabels.select("claim_id", "article_id", "stance")
                .join(claims.select(col("claim_id"), col("text").as("claim_text")), "claim_id")
                .join(analyzed.select(col("id").as("article_id"), col("sentences")), "article_id");
    }

    /** Mentions that are about the claim: the claim's own article, or any stance but unrelated. */
    public static Column related() {
        return col("own_article").or(col("stance").notEqual(Stance.UNRELATED.label()));
    }

    private static Iterator<Row> judge(Iterator<Row> rows) {
        CueStanceJudge judge = CueStanceJudge.standard();
        Article[] last = {null};
        return Iterators.map(rows, r -> {
            String articleId = r.getAs("article_id");
            if (last[0] == null || !last[0].id().equals(articleId)) {
                List<SentenceAnalysis> sentences = SentenceRows.fromRows(r.getList(r.fieldIndex("sentences")));
                last[0] = new Article(articleId, sentences, judge.sentenceTerms(sentences));
            }
            return judge(judge, last[0], r);
        });
    }

    /** The article of the rows in hand, decoded once. */
    private record Article(String id, List<SentenceAnalysis> sentences, List<Set<String>> terms) {
    }

    private static Row judge(CueStanceJudge judge, Article article, Row r) {
        String claimText = r.getAs("claim_text");
        List<SentenceAnalysis> sentences = article.sentences();
        StanceJudgement j = judge.judge(StanceFeaturesTransformer.claimSide(r.<Row>getAs("claim_side")), sentences,
                article.terms());
        String predicted = r.getAs("predicted_stance");
        String stance = predicted != null ? predicted : j.stance().label();
        double probability = predicted != null ? r.<Double>getAs("predicted_stance_p") : j.probability();
        SentenceAnalysis matched = j.matchedSentence() >= 0 ? sentences.get(j.matchedSentence()) : null;
        List<String> conflicts = matched == null ? List.of() : Quantities.conflicts(
                SentenceRows.quantities(r.getList(r.fieldIndex("claim_quantities"))), matched.quantities());
        String articleId = article.id();
        return RowFactory.create(r.getAs("claim_id"), claimText, articleId, r.getAs("outlet"), r.getAs("origin"),
                articleId.equals(r.getAs("claim_article_id")), stance, probability, j.similarity(),
                matched == null ? null : matched.text(), matched == null ? null : matched.source(), j.denier(),
                SentenceRows.array(j.hedgeCues()), SentenceRows.array(j.denialCues()), SentenceRows.array(conflicts),
                r.<Boolean>getAs("known"));
    }
}
