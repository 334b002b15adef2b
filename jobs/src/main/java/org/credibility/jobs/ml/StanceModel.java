package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.RandomForestClassificationModel;
import org.apache.spark.ml.classification.RandomForestClassifier;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.features.stance.StanceFeatures;
import org.credibility.features.text.TermWeights;

/**
 * The trained stance model: (claim text, article sentences) → agree / disagree / discuss /
 * unrelated with a probability. Two stages, as the FNC-1 baseline and winners found best: a
 * random forest separates related from unrelated pairs (nearly solved by the similarity
 * features), and a second forest, trained on the related pairs only with class weights, picks
 * agree / disagree / discuss. One MLlib pipeline: {@link StanceFeaturesTransformer} (with the
 * {@link TermWeights} learned from the training texts), then both forests; {@link #predict}
 * and {@link Scorer} combine their probabilities.
 */
public final class StanceModel {
    /** The FNC-1 labels; a label's index is the class the second forest predicts (unrelated: none). */
    public static final List<String> STANCES = List.of("agree", "disagree", "discuss", "unrelated");
    static final int TREES = 60;
    static final int DEPTH = 10;
    static final long SEED = 20170601L;
    /** A term must occur in this many training documents to be kept in the weights; rarer ones weigh as unseen. */
    static final int MIN_DOCUMENT_FREQUENCY = 2;

    private StanceModel() {
    }

    /**
     * Fits the model on pairs with {@code claim_text}, {@code sentences} and {@code stance}. The
     * features are computed once and cached for the forests' passes. The related-pair forest
     * weighs agree, disagree and discuss by the square root of their inverse frequency: disagree
     * is 8% of FNC-1's related pairs, and unweighted the forest almost never predicts it.
     */
    public static PipelineModel train(Dataset<Row> pairs) {
        StanceFeaturesTransformer features = new StanceFeaturesTransformer().setTermWeights(termWeights(pairs));
        Dataset<Row> labelled = features.transform(pairs)
                .select(col("stance_features"), labelIndex(col("stance")).as("stance_label"),
                        when(col("stance").equalTo("unrelated"), 0.0).otherwise(1.0).as("related_label"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            RandomForestClassifier relatedForest = forest("related")
                    .setLabelCol("related_label");
            Dataset<Row> related = labelled.filter(col("related_label").equalTo(1.0));
            long total = related.count();
            Column weight = lit(1.0);
            for (Row r : related.groupBy("stance_label").count().collectAsList()) {
                double w = Math.sqrt(total / ((STANCES.size() - 1) * (double) r.getLong(1)));
                weight = when(col("stance_label").equalTo(r.getDouble(0)), lit(w)).otherwise(weight);
            }
            RandomForestClassifier stanceForest = forest("stance")
                    .setLabelCol("stance_label").setWeightCol("stance_weight");
            PipelineStage[] stages = {features, relatedForest.fit(labelled),
                stanceForest.fit(related.withColumn("stance_weight", weight))};
            // All stages are fitted: the pipeline only assembles them, it computes nothing.
            return new Pipeline().setStages(stages).fit(pairs);
        } finally {
            labelled.unpersist();
        }
    }

    private static RandomForestClassifier forest(String prefix) {
        return new RandomForestClassifier().setFeaturesCol("stance_features")
                .setProbabilityCol(prefix + "_probability").setRawPredictionCol(prefix + "_raw")
                .setPredictionCol(prefix + "_prediction")
                .setNumTrees(TREES).setMaxDepth(DEPTH).setSeed(SEED);
    }

    /**
     * Document frequencies over the distinct bodies and distinct claims of the training pairs
     * (FNC-1: 1,683 bodies and 1,648 headlines), as the FNC-1 entries fitted their TF-IDF.
     */
    static TermWeights termWeights(Dataset<Row> pairs) {
        Dataset<Row> texts = pairs.select(expr("concat_ws(' ', transform(sentences, s -> s.text))").as("text"))
                .distinct()
                .union(pairs.select(col("claim_text").as("text")).distinct());
        Dataset<Row> terms = new TermsTransformer().setInputCol("text").setOutputCol("terms").transform(texts)
                .select(expr("array_distinct(terms)").as("terms")).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long documents = terms.count();
            Map<String, Long> df = new HashMap<>();
            for (Row r : terms.select(explode(col("terms")).as("term")).groupBy("term").count()
                    .filter(col("count").geq(MIN_DOCUMENT_FREQUENCY)).collectAsList()) {
                df.put(r.getString(0), r.getLong(1));
            }
            return new TermWeights(documents, df);
        } finally {
            terms.unpersist();
        }
    }

    /**
     * Adds {@code predicted_stance} and {@code predicted_stance_p} ({@link Scorer#predict}): the
     * pipeline's first stage computes the features, then both forests are evaluated.
     */
    public static Dataset<Row> predict(PipelineModel model, Dataset<Row> pairs) {
        Scorer scorer = scorer(model);
        UserDefinedFunction prediction = udf((UDF1<Vector, Row>) features -> {
            Prediction p = scorer.predict(features.toArray());
            return RowFactory.create(p.stance(), p.probability());
        }, PREDICTION);
        return model.stages()[0].transform(pairs)
                .withColumn("prediction", prediction.apply(col("stance_features")))
                .withColumn("predicted_stance", col("prediction.stance"))
                .withColumn("predicted_stance_p", col("prediction.p"))
                .drop("stance_features", "prediction");
    }

    private static final StructType PREDICTION = new StructType()
            .add("stance", DataTypes.StringType, false)
            .add("p", DataTypes.DoubleType, false);

    /** The trained pipeline's term weights and forests, to score in plain Java. */
    public static Scorer scorer(PipelineModel model) {
        return new Scorer(((StanceFeaturesTransformer) model.stages()[0]).getTermWeights(),
                FlatForest.of((RandomForestClassificationModel) model.stages()[1]),
                FlatForest.of((RandomForestClassificationModel) model.stages()[2]));
    }

    /**
     * The stance model for a stage that holds the claims and the article in hand: the features of
     * {@link StanceFeaturesTransformer}, computed with the same term weights, and both forests as
     * {@link FlatForest}s, which give MLlib's own figures faster.
     */
    public static final class Scorer implements Serializable {
        private final TermWeights weights;
        private final FlatForest related;
        private final FlatForest stance;

        private Scorer(TermWeights weights, FlatForest related, FlatForest stance) {
            this.weights = weights;
            this.related = related;
            this.stance = stance;
        }

        /** An article's side of the features, to reuse for all its claims. */
        public StanceFeatures.ArticleSide article(List<SentenceAnalysis> sentences) {
            return StanceFeatures.standard().article(sentences, weights);
        }

        public Prediction predict(StanceFeatures.ClaimSide claim, StanceFeatures.ArticleSide article) {
            return predict(StanceFeatures.standard().compute(claim, article, weights));
        }

        /**
         * Unrelated with probability P(unrelated) when the first forest says unrelated, else the
         * second forest's class c with P(related) × P(c | related).
         */
        Prediction predict(double[] features) {
            double[] relatedness = related.probability(features);  // [P(unrelated), P(related)]
            if (FlatForest.prediction(relatedness) == 0) {
                return new Prediction(STANCES.get(STANCES.size() - 1), 1.0 - relatedness[1]);
            }
            double[] stances = stance.probability(features);
            int index = FlatForest.prediction(stances);
            return new Prediction(STANCES.get(index), relatedness[1] * stances[index]);
        }
    }

    /** A predicted stance ({@link #STANCES}) and its probability. */
    public record Prediction(String stance, double probability) {
    }

    static Column labelIndex(Column stance) {
        Column index = lit(null).cast("double");
        for (int i = STANCES.size() - 1; i >= 0; i--) {
            index = when(stance.equalTo(STANCES.get(i)), lit((double) i)).otherwise(index);
        }
        return index;
    }

    /** What metadata.json says about the model. */
    public static Map<String, Object> description() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "MLlib PipelineModel: StanceFeaturesTransformer (with learned TF-IDF term weights), "
                + "RandomForestClassifier related/unrelated, RandomForestClassifier agree/disagree/discuss");
        m.put("predicts", "stance of an article toward a claim: " + STANCES);
        m.put("features", StanceFeatures.NAMES);
        m.put("parameters", Map.of("trees", TREES, "max_depth", DEPTH, "seed", SEED,
                "min_document_frequency", MIN_DOCUMENT_FREQUENCY,
                "class_weights", "related pairs: sqrt(n / (3 n_class))"));
        return m;
    }
}
