package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_distinct;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.xxhash64;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.claims.Quantities;
import org.credibility.features.claims.Quantity;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.stance.CueStanceJudge;
import org.credibility.features.stance.Relation;
import org.credibility.features.stance.Stance;
import org.credibility.features.stance.StanceFeatures;
import org.credibility.features.stance.StanceJudgement;
import org.credibility.features.text.TermWeights;
import org.credibility.jobs.ml.SentenceRows;
import org.credibility.jobs.ml.StanceFeaturesTransformer;
import org.credibility.jobs.ml.StanceModel;
import org.credibility.jobs.ml.TermsTransformer;

/**
 * Links → mentions: the stance of each linked article toward the claim (agree / disagree /
 * discuss / unrelated) with its probability, the cues behind it and whom a denial comes from.
 * The stance and its probability come from the trained stance model when the run has one, else
 * from the cue judge; a denial the cue judge finds aimed at the claim makes it disagree either way. The cue judge always finds the matched sentence, its cues, and who denies the
 * claim there: a denial reported in an article is a fact about the claim whatever the article's
 * own stance (an article that reports a claim and its denial is, in FNC-1's terms, discussing it).
 * Linked articles judged unrelated are dropped; the claim's own article and the input's known
 * reports always stay. The cue judge weighs the claims' terms by their inverse frequency over the
 * run's distinct sentences ({@link #sentenceTermWeights}): a report must hold the claim's point,
 * not only the crawl's topic.
 */
public final class StanceStage {
    /** A mention: the stance of one linked article toward one claim, as {@link #judge} finds it. */
    private static final StructType MENTION = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("claim_text", DataTypes.StringType)
            .add("article_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("own_article", DataTypes.BooleanType, false)
            .add("stance", DataTypes.StringType, false)
            .add("stance_p", DataTypes.DoubleType, false)
            .add("similarity", DataTypes.DoubleType, false)
            .add("relation", DataTypes.StringType, false)
            .add("matched_sentence", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("denier", DataTypes.StringType)
            .add("hedge_cues", SentenceRows.strings(), false)
            .add("denial_cues", SentenceRows.strings(), false)
            .add("number_conflicts", SentenceRows.strings(), false)
            .add("known_report", DataTypes.BooleanType, false);

    private StanceStage() {
    }

    public static Dataset<Row> apply(Dataset<Row> links, Dataset<Row> claims, Dataset<Row> analyzed,
                                     Optional<PipelineModel> stanceModel) {
        Dataset<Row> claimLinks = (Arrays.asList(links.columns()).contains("known") ? links
                        : links.withColumn("known", lit(false)))
                .select("claim_id", "article_id", "known")
                .join(claims.select(col("claim_id"), LinkStage.textKey(col("text")),
                        col("article_id").as("claim_article_id"), col("sentence_index").as("claim_sentence")), "claim_id");
        // A claim copied into several articles has one text and the same linked articles: its stance
        // toward each article is judged once, on distinct (claim text, article) pairs (a generated
        // corpus has 1.8 mentions per such pair), and the judgement is then copied to each claim of
        // that text, carried along in "mentions" (a join back onto the claims would shuffle every
        // mention's claim text once more). The claim's side of the stance features and the cue judge
        // is computed once per text. Claim quantities are the text's own (NumberExtractor).
        Dataset<Row> claimTexts = claims.groupBy(LinkStage.textKey(col("text")))
                .agg(first("text").as("claim_text"), first("quantities").as("claim_quantities"))
                .withColumn("claim_side", StanceFeaturesTransformer.claimSide(col("claim_text")));
        // Each linked article once, with the claim texts to judge against it: the article is decoded,
        // normalised and given its side of the stance features once for all of them.
        Dataset<Row> articles = claimLinks.groupBy("text_key", "article_id")
                .agg(collect_list(struct("claim_id", "claim_article_id", "claim_sentence", "known")).as("mentions"))
                .join(claimTexts, "text_key")
                .groupBy("article_id")
                .agg(collect_list(struct("claim_text", "claim_side", "claim_quantities", "mentions")).as("claims"))
                .join(analyzed.select(col("id").as("article_id"), col("outlet"), col("origin"), col("sentences")),
                        "article_id");
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(articles.sparkSession().sparkContext());
        Broadcast<StanceModel.Scorer> scorer = stanceModel.map(m -> spark.broadcast(StanceModel.scorer(m)))
                .orElse(null);
        Broadcast<TermWeights> weights = spark.broadcast(sentenceTermWeights(claims, analyzed));
        return articles.flatMap((FlatMapFunction<Row, Row>) article -> judge(article,
                        CueStanceJudge.weighted(weights.value()), scorer == null ? null : scorer.value()),
                        Encoders.row(MENTION))
                .filter(col("known_report").or(related()));
    }

    /**
     * Articles whose sentences the cue judge's term weights are counted over, at most. A weight
     * needs a term's share of the sentences, which a sample estimates: a term in 1% of the crawl's
     * sentences is in about 1% of 20,000 articles' 400,000. At 100,000 generated articles the count
     * over all of them took 8 s of the run's 231 s.
     */
    static final long WEIGHED_ARTICLES = 20_000;
    private static final String EVERY_SENTENCE = "";

    /**
     * The claims' terms weighted by their inverse frequency over the run's distinct sentences, for
     * the cue judge ({@link CueStanceJudge#weighted}): the terms of the crawl's topic weigh little.
     * Counted for the claims' terms only, which are all the judge looks up, and over the sentences
     * of at most {@value #WEIGHED_ARTICLES} articles: in a larger run, a sample of about as many,
     * chosen by the hash of their ids (the same in every run of the same crawl).
     */
    static TermWeights sentenceTermWeights(Dataset<Row> claims, Dataset<Row> analyzed) {
        long articles = analyzed.count();
        Dataset<Row> weighed = articles <= WEIGHED_ARTICLES ? analyzed
                : analyzed.filter(pmod(xxhash64(col("id")), lit(articles)).lt(WEIGHED_ARTICLES));
        TermsTransformer normalise = new TermsTransformer().setInputCol("text").setOutputCol("terms");
        // Each sentence also counts toward a term no text holds (terms have two characters or more),
        // so that one aggregation counts the sentences too.
        Dataset<Row> wanted = normalise.transform(claims.select("text").distinct())
                .select(explode(col("terms")).as("term"))
                .union(claims.sparkSession().range(1).select(lit(EVERY_SENTENCE).as("term")))
                .distinct();
        Map<String, Long> frequency = new HashMap<>();
        normalise.transform(weighed.select(explode(col("sentences.text")).as("text")).distinct())
                .select(explode(concat(array(lit(EVERY_SENTENCE)), array_distinct(col("terms")))).as("term"))
                .join(wanted, new String[] {"term"}, "left_semi")
                .groupBy("term").agg(count(lit(1)).as("df"))
                .collectAsList().forEach(r -> frequency.put(r.getString(0), r.getLong(1)));
        Long sentences = frequency.remove(EVERY_SENTENCE);
        return new TermWeights(sentences == null ? 0 : sentences, frequency);
    }

    /**
     * The mentions with the stance a person labelled ({@code stance_labels.jsonl}) in place of the
     * judged one wherever there is a label (probability 1), and the relation that label stands for
     * ({@link Relation#ofStance}); other mentions keep theirs.
     */
    public static Dataset<Row> withLabelledStances(Dataset<Row> mentions, Dataset<Row> stanceLabels) {
        Column labelled = col("labelled");
        return mentions.join(stanceLabels.select(col("claim_id"), col("article_id"), col("stance").as("labelled")),
                        new String[] {"claim_id", "article_id"}, "left")
                .withColumn("stance_p", when(labelled.isNotNull(), lit(1.0)).otherwise(col("stance_p")))
                .withColumn("stance", coalesce(labelled, col("stance")))
                .withColumn("relation", when(labelled.isNotNull(), relationOf(labelled)).otherwise(col("relation")))
                .drop("labelled");
    }

    /**
     * The relation a stance stands for ({@link Relation#ofStance}), for mentions whose stance is a
     * person's label or an evaluation's prediction rather than the cue judge's reading.
     */
    public static Column relationOf(Column stance) {
        return when(stance.equalTo(Stance.AGREE.label()), when(col("source").isNotNull(),
                        lit(Relation.ATTRIBUTED.label())).otherwise(lit(Relation.ASSERTED.label())))
                .when(stance.equalTo(Stance.DISCUSS.label()), lit(Relation.HEDGED.label()))
                .when(stance.equalTo(Stance.DISAGREE.label()), lit(Relation.DISPUTED.label()))
                .otherwise(lit(Relation.NOT_ADDRESSED.label()));
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

    /**
     * Mentions that are about the claim: the claim's own article, any stance but unrelated, or a
     * relation other than not addressed.
     */
    public static Column related() {
        return col("own_article").or(col("stance").notEqual(Stance.UNRELATED.label()))
                .or(col("relation").notEqual(Relation.NOT_ADDRESSED.label()));
    }

    /**
     * One article's mentions: each claim text is judged once, a row per claim of that text. The
     * stance and its probability come from the stance model when there is one ({@code scorer})
     * and the cue judge finds no denial aimed at the claim, else from the cue judge; the relation,
     * its evidence sentence, cues, denier and number conflicts from the cue judge, which turns a
     * report into a dispute where the model reads disagreement and the article has a denial or
     * debunking sentence about the claim to show ({@link CueStanceJudge#disputedByModel}). The
     * claim's own article is judged again knowing where the claim stands in it: a denial right
     * after a claim answers it.
     */
    private static Iterator<Row> judge(Row article, CueStanceJudge judge, StanceModel.Scorer scorer) {
        String articleId = article.getAs("article_id");
        List<SentenceAnalysis> sentences = SentenceRows.fromRows(article.getList(article.fieldIndex("sentences")));
        StanceFeatures.ArticleSide side = scorer == null ? null : scorer.article(sentences);
        // The same terms as the cue judge's own: both take them from TermNormalizer.standard().
        List<Set<String>> terms = side == null ? judge.sentenceTerms(sentences) : side.sentenceTerms();
        List<Row> rows = new ArrayList<>();
        for (Row claim : article.<Row>getList(article.fieldIndex("claims"))) {
            StanceFeatures.ClaimSide claimSide = StanceFeaturesTransformer.claimSide(claim.<Row>getAs("claim_side"));
            StanceJudgement reported = judge.judge(claimSide, sentences, terms, CueStanceJudge.NOT_IN_ARTICLE);
            StanceModel.Prediction predicted = scorer == null ? null : scorer.predict(claimSide, side);
            if (predicted != null && predicted.stance().equals(Stance.DISAGREE.label())) {
                reported = judge.disputedByModel(reported, claimSide, sentences, terms, predicted.probability());
            }
            List<Quantity> claimQuantities = SentenceRows.quantities(claim.getList(claim.fieldIndex("claim_quantities")));
            for (Row mention : claim.<Row>getList(claim.fieldIndex("mentions"))) {
                boolean own = articleId.equals(mention.getAs("claim_article_id"));
                StanceJudgement j = own ? judge.judge(claimSide, sentences, terms, mention.<Integer>getAs("claim_sentence"))
                        : reported;
                // A denial the cue judge finds aimed at the claim is evidence the model's reading of the
                // whole text does not outweigh: the article disagrees.
                boolean modelStance = predicted != null && j.relation() != Relation.DISPUTED;
                SentenceAnalysis matched = j.matchedSentence() >= 0 ? sentences.get(j.matchedSentence()) : null;
                List<String> conflicts = matched == null ? List.of()
                        : Quantities.conflicts(claimQuantities, matched.quantities());
                rows.add(RowFactory.create(mention.getAs("claim_id"), claim.getAs("claim_text"), articleId,
                        article.getAs("outlet"), article.getAs("origin"), own,
                        modelStance ? predicted.stance() : j.stance().label(),
                        modelStance ? predicted.probability() : j.probability(), j.similarity(),
                        j.relation().label(), matched == null ? null : matched.text(), j.primarySource(), j.denier(),
                        SentenceRows.array(j.hedgeCues()), SentenceRows.array(j.denialCues()),
                        SentenceRows.array(conflicts), Boolean.TRUE.equals(mention.getAs("known"))));
            }
        }
        return rows.iterator();
    }
}
