package org.credibility.jobs.ml;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.evaluation.BinaryClassificationEvaluator;
import org.apache.spark.ml.feature.StandardScaler;
import org.apache.spark.ml.feature.StandardScalerModel;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.feature.VectorSlicer;
import org.apache.spark.ml.linalg.Matrices;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.features.evidence.OutletRecords;
import org.credibility.jobs.JobException;

/**
 * The credibility classifier: an MLlib pipeline (OutletRecordTransformer → VectorAssembler →
 * StandardScaler → LogisticRegression → VectorSlicer → LogisticRegression) from a claim's evidence
 * features and the track record of the outlets asserting it to a calibrated P(true). Claims
 * labelled {@code unverified} are not fitted on; they are where the score is meant to be uncertain.
 *
 * <p>The outlet records are learned from the training claims (their labels and the outlets whose
 * reports agree with them), so a claim is never scored with records its own label went into
 * unless it was a training claim.
 *
 * <p>The first regression weighs the evidence; its coefficients are sign-constrained
 * ({@link #SIGNS}): more corroboration or a larger share of agreeing reports may only raise the
 * score, a denial, hedging or conflicting numbers may only lower it. With a few dozen labels an
 * unconstrained fit learns chance correlations (more corroboration → less credible), and the
 * explanations, built from its contributions, would repeat them.
 *
 * <p>The second is Platt scaling: a one-feature logistic regression on the first one's margin,
 * fitted on margins the evidence model gave claims it was not fitted on (claim folds within the
 * training claims), so the probabilities are not as overconfident as in-sample margins would make
 * them. Its slope is bounded at ≥ 0, so calibration never reorders claims. Platt rather than
 * isotonic regression: two parameters fit a few dozen claims without the step function's flat
 * runs at exactly 0 and 1.
 */
public final class CredibilityModel {
    static final double REG_PARAM = 0.1;
    static final int MAX_ITER = 100;
    /** Claim folds within the training claims for the calibration's held-out margins (at most). */
    static final int CALIBRATION_FOLDS = 5;
    static final long CALIBRATION_SEED = 1L;
    /**
     * Fewest claims of each label for held-out calibration. Below it the held-out margins are too
     * few to fit: on the 22 hand-labelled seed claims (5 false) they rank the labels worse than chance
     * (AUC 0.42), the slope goes to 0 and every claim gets the base rate; the calibration is then
     * fitted on the training claims' own margins instead.
     */
    static final int CALIBRATION_MIN_PER_LABEL = 10;
    /**
     * A little L2 on the calibration: when the held-out margins separate the labels, an
     * unregularised slope grows without bound and every score becomes 0 or 1.
     */
    static final double CALIBRATION_REG_PARAM = 0.01;
    /** Far beyond any coefficient on standardised features. */
    private static final double UNBOUNDED = 1e6;
    private static final String MARGIN = "evidence_margin";

    /** Allowed sign of each feature's coefficient (+1, −1, or 0 for either), by feature name. */
    static final Map<String, Integer> SIGNS = Map.ofEntries(
            Map.entry("corroborating_outlets", 1), Map.entry("independent_sources", 1),
            Map.entry("denying_outlets", -1), Map.entry("denied", -1), Map.entry("hedging_outlets", -1),
            Map.entry("hedged", -1), Map.entry("attributed", 0), Map.entry("conflicting_numbers", -1),
            Map.entry("agree_share", 1), Map.entry("deny_share", -1), Map.entry("discuss_share", -1),
            Map.entry(ClaimFeatures.OUTLET_RECORD, 1));

    private CredibilityModel() {
    }

    /**
     * Coefficient bounds: 0 for the features whose sign is {@code pinned}, else {@code free}. Finite:
     * MLlib rescales bounds by each feature's deviation, and a feature constant in the training
     * labels would turn an infinite bound into NaN.
     */
    private static Matrix bounds(int pinned, double free) {
        double[] values = ClaimFeatures.NAMES.stream()
                .mapToDouble(f -> SIGNS.get(f) == pinned ? 0.0 : free).toArray();
        return Matrices.dense(1, values.length, values);
    }

    /** What metadata.json says about the model, besides its training summary. */
    public static Map<String, Object> description() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "MLlib PipelineModel: OutletRecordTransformer (outlet track records learned from the training"
                + " claims), VectorAssembler, StandardScaler, LogisticRegression (evidence), VectorSlicer,"
                + " LogisticRegression (Platt calibration)");
        m.put("predicts", "P(claim is true)");
        m.put("features", ClaimFeatures.NAMES);
        return m;
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
        Map<String, String> verdicts = new TreeMap<>();
        for (Row r : training.select("claim_id", "verdict").collectAsList()) {
            verdicts.put(r.getString(0), r.getString(1));
        }
        long positives = verdicts.values().stream().filter("true"::equals).count();
        long negatives = verdicts.size() - positives;
        if (positives == 0 || negatives == 0) {
            training.unpersist();
            throw new JobException("labels.jsonl must label at least one claim of the input true and one false"
                    + " (matched: " + positives + " true, " + negatives + " false)");
        }
        PipelineModel evidence = evidenceModel(training);
        int folds = Math.min(positives, negatives) >= CALIBRATION_MIN_PER_LABEL ? CALIBRATION_FOLDS : 0;
        Dataset<Row> margins = folds >= 2 ? heldOutMargins(training, verdicts, folds) : margins(evidence, training);
        margins = margins.cache();
        LogisticRegressionModel platt = new LogisticRegression().setFeaturesCol(MARGIN).setLabelCol("label")
                .setRegParam(CALIBRATION_REG_PARAM).setMaxIter(MAX_ITER)
                .setLowerBoundsOnCoefficients(Matrices.dense(1, 1, new double[] {0.0}))
                .setUpperBoundsOnCoefficients(Matrices.dense(1, 1, new double[] {UNBOUNDED}))
                .fit(margins);
        double heldOutAuc = auc(margins, MARGIN, 0);
        margins.unpersist();
        List<Transformer> stages = new ArrayList<>(List.of(evidence.stages()));
        stages.add(slicer());
        stages.add(platt);
        // Every stage is fitted: the pipeline only assembles them, it computes nothing.
        PipelineModel pipeline = new Pipeline().setStages(stages.toArray(PipelineStage[]::new)).fit(training);

        Dataset<Row> scored = pipeline.transform(training).cache();
        double auc = auc(scored, "rawPrediction", 1);
        double accuracy = scored.filter(col("prediction").equalTo(col("label"))).count()
                / (double) (positives + negatives);
        scored.unpersist();
        training.unpersist();

        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("claims_true", positives);
        summary.put("claims_false", negatives);
        summary.put("params", Map.of("regParam", REG_PARAM, "maxIter", MAX_ITER, "standardScaler", "mean+std",
                "coefficientSigns", SIGNS));
        OutletRecords records = outletRecords(pipeline);
        summary.put("outlet_records", Map.of("outlets", records.records().size(), "base_rate", records.baseRate(),
                "prior_claims", OutletRecords.PRIOR_CLAIMS));
        summary.put("calibration", folds >= 2
                ? Map.of("kind", "Platt scaling (slope ≥ 0)", "fitted_on", "held-out margins of " + folds
                        + " label-stratified claim folds within the training claims", "regParam", CALIBRATION_REG_PARAM)
                : Map.of("kind", "Platt scaling (slope ≥ 0)", "fitted_on", "the training claims' own margins: fewer"
                        + " than " + CALIBRATION_MIN_PER_LABEL + " claims of one label for held-out folds", "regParam", CALIBRATION_REG_PARAM));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("training_auc", auc);
        metrics.put("training_accuracy", accuracy);
        if (folds >= 2) {
            metrics.put("held_out_auc_within_training", heldOutAuc);
        }
        metrics.put("note", "training_* measured on the training claims themselves; held_out_* on the calibration"
                + " folds; bin/credibility evaluate credibility cross-validates");
        summary.put("metrics", metrics);
        return new Trained(pipeline, summary);
    }

    /**
     * OutletRecordTransformer → VectorAssembler → StandardScaler → sign-constrained
     * LogisticRegression, fitted on {@code training}: the records too are learned from it alone.
     */
    private static PipelineModel evidenceModel(Dataset<Row> training) {
        return new Pipeline().setStages(new PipelineStage[] {
            OutletRecordTransformer.learn(training),
            new VectorAssembler().setInputCols(ClaimFeatures.NAMES.toArray(String[]::new))
                    .setOutputCol("features_raw"),
            new StandardScaler().setInputCol("features_raw").setOutputCol("features")
                    .setWithMean(true).setWithStd(true),
            new LogisticRegression().setFeaturesCol("features").setLabelCol("label")
                    .setRawPredictionCol("evidence_raw").setProbabilityCol("evidence_probability")
                    .setPredictionCol("evidence_prediction")
                    .setRegParam(REG_PARAM).setMaxIter(MAX_ITER).setStandardization(false)
                    .setLowerBoundsOnCoefficients(bounds(1, -UNBOUNDED))
                    .setUpperBoundsOnCoefficients(bounds(-1, UNBOUNDED))
        }).fit(training);
    }

    /** The evidence model's log-odds of true (the second of its raw predictions) as a 1-vector. */
    private static VectorSlicer slicer() {
        return new VectorSlicer().setInputCol("evidence_raw").setOutputCol(MARGIN).setIndices(new int[] {1});
    }

    private static Dataset<Row> margins(PipelineModel evidence, Dataset<Row> claims) {
        return slicer().transform(evidence.transform(claims)).select(MARGIN, "label");
    }

    /** Each claim's margin from an evidence model fitted on the other folds' claims. */
    private static Dataset<Row> heldOutMargins(Dataset<Row> training, Map<String, String> verdicts, int folds) {
        Map<String, Integer> fold = ClaimFolds.assign(verdicts, folds, CALIBRATION_SEED);
        List<Row> rows = new ArrayList<>();
        fold.forEach((claim, f) -> rows.add(RowFactory.create(claim, f)));
        Dataset<Row> withFold = training.join(training.sparkSession().createDataFrame(rows, new StructType()
                .add("claim_id", DataTypes.StringType).add("calibration_fold", DataTypes.IntegerType)), "claim_id");
        Dataset<Row> margins = null;
        for (int f = 0; f < folds; f++) {
            Dataset<Row> held = margins(evidenceModel(withFold.filter(col("calibration_fold").notEqual(f))),
                    withFold.filter(col("calibration_fold").equalTo(f)));
            margins = margins == null ? held : margins.union(held);
        }
        return margins;
    }

    /** ROC-AUC of the first element of a vector column against {@code label}. */
    private static double auc(Dataset<Row> scored, String vector, int element) {
        return new BinaryClassificationEvaluator().setLabelCol("label").setRawPredictionCol("auc_score")
                .setMetricName("areaUnderROC")
                .evaluate(scored.withColumn("auc_score", vector_to_array(col(vector), "float64").getItem(element)));
    }

    /**
     * Per-feature weights on the raw scale: contribution to the log-odds of feature i is
     * {@code weight[i] * (x[i] - mean[i])}.
     */
    public static double[][] contributionWeights(PipelineModel pipeline) {
        StandardScalerModel scaler = stage(pipeline, StandardScalerModel.class);
        LogisticRegressionModel lr = evidenceRegression(pipeline);
        double[] mean = scaler.mean().toArray();
        double[] std = scaler.std().toArray();
        double[] coef = lr.coefficients().toArray();
        double[] weight = new double[coef.length];
        for (int i = 0; i < coef.length; i++) {
            weight[i] = std[i] == 0 ? 0 : coef[i] / std[i];
        }
        return new double[][] {mean, weight};
    }

    /** The evidence model's regression (coefficients on standardised features, in {@link ClaimFeatures#NAMES} order). */
    public static LogisticRegressionModel evidenceRegression(PipelineModel pipeline) {
        return stage(pipeline, LogisticRegressionModel.class);  // the first; the second is the calibration
    }

    /** The outlet records the pipeline learned. */
    public static OutletRecords outletRecords(PipelineModel pipeline) {
        return stage(pipeline, OutletRecordTransformer.class).getRecords();
    }

    private static <T extends Transformer> T stage(PipelineModel pipeline, Class<T> kind) {
        for (Transformer t : pipeline.stages()) {
            if (kind.isInstance(t)) {
                return kind.cast(t);
            }
        }
        throw new IllegalStateException("no " + kind.getSimpleName() + " in the credibility pipeline");
    }
}
