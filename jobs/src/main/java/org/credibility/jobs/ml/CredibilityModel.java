package org.credibility.jobs.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StandardScalerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Matrices;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.features.Explanation;
import org.credibility.jobs.JobException;

/**
 * The credibility classifier: an MLlib pipeline (VectorAssembler → StandardScaler →
 * LogisticRegression) from a claim's evidence features to P(true). Claims labelled
 * {@code unverified} are not fitted on; they are where the score is meant to be uncertain.
 *
 * <p>The coefficients are sign-constrained ({@link #SIGNS}): more corroboration may only raise
 * the score, a denial, hedging or conflicting numbers may only lower it. With a few dozen labels
 * an unconstrained fit learns chance correlations (more corroboration → less credible), and the
 * explanations would repeat them.
 */
public final class CredibilityModel {
    static final double REG_PARAM = 0.1;
    static final int MAX_ITER = 100;
    /** Far beyond any coefficient on standardised features. */
    private static final double UNBOUNDED = 1e6;

    /** Allowed sign of each feature's coefficient (+1, −1, or 0 for either), by feature name. */
    static final Map<String, Integer> SIGNS = Map.of(
            "corroborating_outlets", 1, "independent_sources", 1, "denying_outlets", -1, "denied", -1,
            "hedging_outlets", -1, "hedged", -1, "attributed", 0, "conflicting_numbers", -1);

    private CredibilityModel() {
    }

    /**
     * Coefficient bounds: 0 for the features whose sign is {@code pinned}, else {@code free}. Finite:
     * MLlib rescales bounds by each feature's deviation, and a feature constant in the training
     * labels would turn an infinite bound into NaN.
     */
    private static Matrix bounds(int pinned, double free) {
        double[] values = Explanation.FEATURES.stream()
                .mapToDouble(f -> SIGNS.get(f) == pinned ? 0.0 : free).toArray();
        return Matrices.dense(1, values.length, values);
    }

    /** A fitted pipeline and what it was fitted on, for metadata.json. */
    public record Trained(PipelineModel pipeline, Map<String, Object> trainingSummary) {
    }

    /** The features table joined to labels, with {@code label} 1.0 for true and 0.0 for false. */
    public static Dataset<Row> labelled(Dataset<Row> features, Dataset<Row> labels) {
        return features.join(labels.select(col("claim_id"), lower(col("label")).as("verdict")), "claim_id")
                .filter(col("verdict").isin("true", "false"))
                .withColumn("label", when(col("verdict").equalTo("true"), 1.0).otherwise(0.0));
    }

    public static Trained train(Dataset<Row> features, Dataset<Row> labels) {
        Dataset<Row> training = labelled(features, labels).cache();
        long positives = training.filter(col("label").equalTo(1.0)).count();
        long negatives = training.filter(col("label").equalTo(0.0)).count();
        if (positives == 0 || negatives == 0) {
            throw new JobException("labels.jsonl must label at least one claim of the input true and one false"
                    + " (matched: " + positives + " true, " + negatives + " false)");
        }
        PipelineModel pipeline = new Pipeline().setStages(new PipelineStage[] {
            new VectorAssembler().setInputCols(Explanation.FEATURES.toArray(String[]::new))
                    .setOutputCol("features_raw"),
            new StandardScaler().setInputCol("features_raw").setOutputCol("features")
                    .setWithMean(true).setWithStd(true),
            new LogisticRegression().setFeaturesCol("features").setLabelCol("label")
                    .setRegParam(REG_PARAM).setMaxIter(MAX_ITER).setStandardization(false)
                    .setLowerBoundsOnCoefficients(bounds(1, -UNBOUNDED))
                    .setUpperBoundsOnCoefficients(bounds(-1, UNBOUNDED))
        }).fit(training);

        double auc = new BinaryClassificationEvaluator().setLabelCol("label")
                .setRawPredictionCol("rawPrediction").setMetricName("areaUnderROC")
                .evaluate(pipeline.transform(training));
        double accuracy = pipeline.transform(training)
                .filter(col("prediction").equalTo(col("label"))).count() / (double) (positives + negatives);
        training.unpersist();

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("claims_true", positives);
        summary.put("claims_false", negatives);
        summary.put("params", Map.of("regParam", REG_PARAM, "maxIter", MAX_ITER, "standardScaler", "mean+std",
                "coefficientSigns", SIGNS));
        summary.put("metrics", Map.of(
                "training_auc", auc,
                "training_accuracy", accuracy,
                "note", "measured on the training claims themselves: too few labels for a held-out split"));
        return new Trained(pipeline, summary);
    }

    /** What metadata.json says about the model, besides its training summary. */
    public static Map<String, Object> description() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "MLlib PipelineModel: VectorAssembler, StandardScaler, LogisticRegression");
        m.put("predicts", "P(claim is true)");
        m.put("features", Explanation.FEATURES);
        return m;
    }

    /**
     * Per-feature weights on the raw scale: contribution to the log-odds of feature i is
     * {@code weight[i] * (x[i] - mean[i])}.
     */
    public static double[][] contributionWeights(PipelineModel pipeline) {
        StandardScalerModel scaler = (StandardScalerModel) pipeline.stages()[1];
        LogisticRegressionModel lr = (LogisticRegressionModel) pipeline.stages()[2];
        double[] mean = scaler.mean().toArray();
        double[] std = scaler.std().toArray();
        double[] coef = lr.coefficients().toArray();
        double[] weight = new double[coef.length];
        for (int i = 0; i < coef.length; i++) {
            weight[i] = std[i] == 0 ? 0 : coef[i] / std[i];
        }
        return new double[][] {mean, weight};
    }
}
