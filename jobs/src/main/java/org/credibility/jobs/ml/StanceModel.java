package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.RandomForestClassificationModel;
import org.apache.spark.ml.classification.RandomForestClassifier;
import org.apache.spark.ml.functions;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.credibility.features.StanceFeatures;

/**
 * The trained stance model: (claim text, article sentences) → agree / disagree / discuss /
 * unrelated with a probability. An MLlib pipeline of {@link StanceFeaturesTransformer} and a
 * random forest over its {@link StanceFeatures} (non-linear: a related pair needs high cover,
 * and only then do denial and hedge cues decide between the three related classes).
 */
public final class StanceModel {
    /** The FNC-1 labels; a label's index is the class the classifier predicts. */
    public static final List<String> STANCES = List.of("agree", "disagree", "discuss", "unrelated");
    static final int TREES = 60;
    static final int DEPTH = 10;
    static final long SEED = 20170601L;

    private StanceModel() {
    }

    /**
     * Fits the model on pairs with {@code claim_text}, {@code sentences} and {@code stance}. The
     * features are computed once and cached for the forest's passes. Classes are weighted by the
     * square root of their inverse frequency: FNC-1 is 73% unrelated and 2% disagree, and unweighted
     * the forest almost never predicts disagree.
     */
    public static PipelineModel train(Dataset<Row> pairs) {
        StanceFeaturesTransformer features = new StanceFeaturesTransformer();
        Dataset<Row> labelled = features.transform(pairs.withColumn("stance_label", labelIndex(col("stance"))))
                .select("stance_features", "stance_label").persist(StorageLevel.MEMORY_AND_DISK());
        try {
            long total = labelled.count();
            Column weight = lit(1.0);
            for (Row r : labelled.groupBy("stance_label").count().collectAsList()) {
                double w = Math.sqrt(total / (STANCES.size() * (double) r.getLong(1)));
                weight = when(col("stance_label").equalTo(r.getDouble(0)), lit(w)).otherwise(weight);
            }
            RandomForestClassifier forest = new RandomForestClassifier()
                    .setFeaturesCol("stance_features").setLabelCol("stance_label").setWeightCol("stance_weight")
                    .setProbabilityCol("stance_probability").setRawPredictionCol("stance_raw")
                    .setPredictionCol("stance_prediction")
                    .setNumTrees(TREES).setMaxDepth(DEPTH).setSeed(SEED);
            RandomForestClassificationModel fitted = forest.fit(labelled.withColumn("stance_weight", weight));
            // Both stages are fitted: the pipeline only assembles them, it computes nothing.
            return new Pipeline().setStages(new PipelineStage[] {features, fitted}).fit(pairs);
        } finally {
            labelled.unpersist();
        }
    }

    /** Adds {@code predicted_stance} and {@code predicted_stance_p} (the forest's class probability). */
    public static Dataset<Row> predict(PipelineModel model, Dataset<Row> pairs) {
        Column index = col("stance_prediction").cast("int");
        Column label = lit(STANCES.get(STANCES.size() - 1));
        for (int i = STANCES.size() - 2; i >= 0; i--) {
            label = when(index.equalTo(i), lit(STANCES.get(i))).otherwise(label);
        }
        Column probabilities = functions.vector_to_array(col("stance_probability"), "float64");
        return model.transform(pairs)
                .withColumn("predicted_stance", label)
                .withColumn("predicted_stance_p", org.apache.spark.sql.functions.element_at(probabilities, index.plus(1)))
                .drop("stance_features", "stance_raw", "stance_probability", "stance_prediction");
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
        m.put("kind", "MLlib PipelineModel: StanceFeaturesTransformer, RandomForestClassifier");
        m.put("predicts", "stance of an article toward a claim: " + STANCES);
        m.put("features", StanceFeatures.NAMES);
        m.put("parameters", Map.of("trees", TREES, "max_depth", DEPTH, "seed", SEED,
                "class_weights", "sqrt(n / (4 n_class))"));
        return m;
    }
}
