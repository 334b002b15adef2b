package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

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
    /** The stance of one article toward one claim text, as {@link #judge} finds it. */
    private static final StructType JUDGED = new StructType()
            .add("text_key", DataTypes.LongType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("stance", DataTypes.StringType, false)
            .add("stance_p", DataTypes.DoubleType, false)
            .add("similarity", DataTypes.DoubleType, false)
            .add("matched_sentence", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("denier", DataTypes.StringType)
            .add("hedge_cues", SentenceRows.strings(), false)
            .add("denial_cues", SentenceRows.strings(), false)
            .add("number_conflicts", SentenceRows.strings(), false);

    private StanceStage() {
    }

    public static Dataset<Row> apply(Dataset<Row> links, Dataset<Row> claims, Dataset<Row> analyzed,
                                     Optional<PipelineModel> stanceModel) {
        Dataset<Row> claimLinks = (Arrays.asList(links.columns()).contains("known") ? links
                        : links.withColumn("known", lit(false)))
                .select("claim_id", "article_id", "known")
                .join(claims.select(col("claim_id"), col("text").as("claim_text"), textKey(col("text")),
                        col("article_id").as("claim_article_id")), "claim_id");
        // A claim copied into several articles has one text and the same linked articles: its stance
        // toward each article is judged once, on distinct (claim text, article) pairs (a generated
        // corpus has 1.8 mentions per such pair). The claim's side of the stance features and the cue
        // judge is computed once per text. Claim quantities are the text's own (NumberExtractor).
        Dataset<Row> claimTexts = claims.groupBy(textKey(col("text")))
                .agg(first("text").as("claim_text"), first("quantities").as("claim_quantities"))
                .withColumn("claim_side", StanceFeaturesTransformer.claimSide(col("claim_text")));
        Dataset<Row> pairs = claimLinks.select("text_key", "article_id").distinct()
                .join(claimTexts, "text_key")
                .join(analyzed.select(col("id").as("article_id"), col("outlet"), col("origin"), col("sentences")),
                        "article_id")
                // Sorted by article, each article's sentences are decoded and normalised once for all
                // its claims by the cue judge.
                .sortWithinPartitions("article_id");
        Dataset<Row> predicted = stanceModel.map(m -> StanceModel.predict(m, pairs)).orElse(pairs
                .withColumn("predicted_stance", lit(null).cast("string"))
                .withColumn("predicted_stance_p", lit(null).cast("double")));
        Dataset<Row> judged = predicted.mapPartitions((MapPartitionsFunction<Row, Row>) StanceStage::judge,
                Encoders.row(JUDGED));
        return claimLinks.join(judged, new String[] {"text_key", "article_id"})
                .select(col("claim_id"), col("claim_text"), col("article_id"), col("outlet"), col("origin"),
                        col("article_id").equalTo(col("claim_article_id")).as("own_article"), col("stance"),
                        col("stance_p"), col("similarity"), col("matched_sentence"), col("source"), col("denier"),
                        col("hedge_cues"), col("denial_cues"), col("number_conflicts"), col("known").as("known_report"))
                .filter(col("known_report").or(related()));
    }

    /** A claim text's key: its 64-bit hash, as in {@link LinkStage} (a collision in 10^7 texts: p ≈ 3·10^-6). */
    private static Column textKey(Column text) {
        return xxhash64(text).as("text_key");
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
        List<SentenceAnalysis> sentences = article.sentences();
        StanceJudgement j = judge.judge(StanceFeaturesTransformer.claimSide(r.<Row>getAs("claim_side")), sentences,
                article.terms());
        String predicted = r.getAs("predicted_stance");
        String stance = predicted != null ? predicted : j.stance().label();
        double probability = predicted != null ? r.<Double>getAs("predicted_stance_p") : j.probability();
        SentenceAnalysis matched = j.matchedSentence() >= 0 ? sentences.get(j.matchedSentence()) : null;
        List<String> conflicts = matched == null ? List.of() : Quantities.conflicts(
                SentenceRows.quantities(r.getList(r.fieldIndex("claim_quantities"))), matched.quantities());
        return RowFactory.create(r.getAs("text_key"), article.id(), r.getAs("outlet"), r.getAs("origin"), stance,
                probability, j.similarity(), matched == null ? null : matched.text(),
                matched == null ? null : matched.source(), j.denier(), SentenceRows.array(j.hedgeCues()),
                SentenceRows.array(j.denialCues()), SentenceRows.array(conflicts));
    }
}
