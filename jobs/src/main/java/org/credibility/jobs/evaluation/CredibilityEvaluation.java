package org.credibility.jobs.evaluation;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.jobs.JobException;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.io.InputChecks;
import org.credibility.jobs.io.InputFolders;
import org.credibility.jobs.ml.ClaimFolds;
import org.credibility.jobs.ml.CredibilityModel;
import org.credibility.jobs.ml.StanceModel;
import org.credibility.jobs.report.Html;
import org.credibility.jobs.report.RunReport;
import org.credibility.jobs.stages.ClaimFeatureStage;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.StanceStage;
import org.credibility.jobs.stages.WatchListStage;

/**
 * {@code evaluate credibility}: claim-grouped K-fold cross-validation of the whole claim scoring
 * on a labelled claim-centric input (articles.jsonl, claims.jsonl with known reports,
 * labels.jsonl, stance_labels.jsonl — what {@code import emergent} writes).
 *
 * <p>Nested so nothing about a held-out claim is learnt from it: in fold k the stance model that
 * judges the held-out claims' reports is trained on the other folds' stance labels only; the
 * credibility model is trained on the other folds' claims with stances predicted out of fold
 * there too (for training fold j, by a stance model trained on the folds other than k and j), so
 * it learns from stances as wrong as the ones it will be scored on. The mentions are the known
 * reports, judged by {@link StanceStage} (cues, denier, numbers) with the stance model's stance
 * in place of the cue judge's. An oracle line repeats the scoring with the journalists' own
 * stances.
 */
public final class CredibilityEvaluation {
    static final StructType LABELS = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("label", DataTypes.StringType);
    static final StructType FOLDS = new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("fold", DataTypes.IntegerType, false);
    static final List<String> VERDICTS = List.of("true", "false", "unverified");
    static final String CALIBRATION_PNG = RunReport.CALIBRATION_PNG;

    private CredibilityEvaluation() {
    }

    public static Map<String, Object> run(SparkSession spark, String input, Path output, int folds, long seed) {
        Instant started = Instant.now();
        Map<String, Object> seconds = new LinkedHashMap<>();
        Dataset<Row> analyzed = keep(IngestStage.apply(spark, List.of(input), DateWindow.ALL).analyzed());
        Dataset<Row> claims = keep(WatchListStage.claims(spark, List.of(input)));
        Dataset<Row> knownReports = claims.select(col("claim_id"), explode(col("known_article_ids")).as("article_id"))
                .select(col("claim_id"), col("article_id"), lit(0.0).as("similarity"), lit(true).as("known"));
        Dataset<Row> mentions = keep(StanceStage.apply(knownReports, claims, analyzed, java.util.Optional.empty()));
        seconds.put("ingest_and_cues", since(started));

        // Labels and stance labels read as run and train read them (lower-cased, checked, a repeated key's first line).
        InputChecks inputs = InputChecks.read(spark, InputFolders.of(input));
        Map<String, String> verdicts = new TreeMap<>();
        for (Row r : inputs.labels().join(claims.select("claim_id"), "claim_id")
                .select(col("claim_id"), col("label")).collectAsList()) {
            if (r.getString(1) != null && VERDICTS.contains(r.getString(1))) {
                verdicts.put(r.getString(0), r.getString(1));
            }
        }
        Map<String, Integer> foldOf = ClaimFolds.assign(verdicts, folds, seed);
        List<Row> foldRows = new ArrayList<>();
        foldOf.forEach((claim, f) -> foldRows.add(RowFactory.create(claim, f)));
        Dataset<Row> foldTable = spark.createDataFrame(foldRows, FOLDS);
        Dataset<Row> labels = spark.createDataFrame(verdicts.entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(), LABELS);

        Dataset<Row> gold = inputs.stanceLabels().withColumnRenamed("stance", "gold_stance");
        // Every report of a labelled claim, with its fold, its text and its journalist's stance if any.
        Dataset<Row> pairs = keep(mentions.select("claim_id", "article_id", "claim_text")
                .join(foldTable, "claim_id")
                .join(analyzed.select(col("id").as("article_id"), col("sentences")), "article_id")
                .join(gold, new String[] {"claim_id", "article_id"}, "left"));

        Instant t = Instant.now();
        StanceMetrics stance = new StanceMetrics();
        List<HeldOutScores.Scored> predicted = new ArrayList<>();
        List<HeldOutScores.Scored> oracle = new ArrayList<>();
        List<HeldOutScores.Scored> oneMinusDeny = new ArrayList<>();
        List<HeldOutScores.Scored> agreeMinusDeny = new ArrayList<>();
        Dataset<Row> goldMentions = withStances(mentions, pairs.filter(col("gold_stance").isNotNull())
                .select(col("claim_id"), col("article_id"), col("gold_stance").as("predicted_stance"),
                        lit(1.0).as("predicted_stance_p")));
        Dataset<Row> goldFeatures = keep(ClaimFeatureStage.apply(claims, goldMentions).join(foldTable, "claim_id"));
        for (int k = 0; k < folds; k++) {
            Dataset<Row> heldOut = StanceModel.predict(stanceModel(pairs, k, -1), pairs.filter(col("fold").equalTo(k)));
            for (Row r : heldOut.filter(col("gold_stance").isNotNull()).select("gold_stance", "predicted_stance")
                    .collectAsList()) {
                stance.add(r.getString(0), r.getString(1));
            }
            Dataset<Row> judged = heldOut;
            for (int j = 0; j < folds; j++) {
                if (j != k) {
                    judged = judged.unionByName(StanceModel.predict(stanceModel(pairs, k, j),
                            pairs.filter(col("fold").equalTo(j))));
                }
            }
            Dataset<Row> features = keep(ClaimFeatureStage.apply(claims, withStances(mentions, judged))
                    .join(foldTable, "claim_id"));
            predicted.addAll(score(features, labels, k, verdicts));
            Dataset<Row> heldOutFeatures = features.filter(col("fold").equalTo(k));
            oneMinusDeny.addAll(formula(heldOutFeatures, lit(1.0).minus(col("deny_share")), verdicts));
            agreeMinusDeny.addAll(formula(heldOutFeatures, col("agree_share").minus(col("deny_share")), verdicts));
            oracle.addAll(score(goldFeatures, labels, k, verdicts));
            features.unpersist();
        }
        seconds.put("cross_validation", since(t));

        seconds.put("total", since(started));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("task", "credibility");
        report.put("input", input);
        report.put("folds", foldSummary(foldOf, verdicts, folds, seed));
        report.put("features", ClaimFeatures.NAMES);
        report.put("stance_model", StanceModel.description());
        Map<String, Object> heldOut = new LinkedHashMap<>(new HeldOutScores(predicted).toMap());
        Map<String, Object> baselines = new LinkedHashMap<>();
        baselines.put("roc_auc_one_minus_deny_share", HeldOutScores.round(HeldOutScores.auc(oneMinusDeny)));
        baselines.put("roc_auc_agree_minus_deny_share", HeldOutScores.round(HeldOutScores.auc(agreeMinusDeny)));
        baselines.put("note", "no model: a fixed formula of the held-out claim's shares of reports, with the same"
                + " predicted stances the model's features come from");
        heldOut.put("baselines", baselines);
        report.put("held_out", heldOut);
        Map<String, Object> stanceReport = new LinkedHashMap<>(stance.toMap());
        stanceReport.put("note", "held-out reports with a journalist's stance (for/against/observing ↔"
                + " agree/disagree/discuss); the stance model never sees unrelated pairs here, so the 4-way and the"
                + " 3-related-class accuracy coincide unless it predicts unrelated");
        report.put("stance_held_out", stanceReport);
        Map<String, Object> oracleReport = new LinkedHashMap<>();
        oracleReport.put("roc_auc_one_minus_deny_share", HeldOutScores.round(HeldOutScores.auc(
                formula(goldFeatures, lit(1.0).minus(col("deny_share")), verdicts))));
        oracleReport.put("roc_auc_agree_minus_deny_share", HeldOutScores.round(HeldOutScores.auc(
                formula(goldFeatures, col("agree_share").minus(col("deny_share")), verdicts))));
        oracleReport.put("model_with_journalists_stances", new HeldOutScores(oracle).toMap());
        oracleReport.put("note", "the journalists' own stances instead of predicted ones: the share of a claim's"
                + " reports against it alone (no training), and the same cross-validated credibility model");
        report.put("oracle", oracleReport);
        report.put("leakage_note", "the stance models here are trained on this input's own training-fold stance"
                + " labels only. A stance model trained on FNC-1 must not be used to evaluate on Emergent: FNC-1's"
                + " headlines and bodies are derived from Emergent's claims and articles, so it would have seen the"
                + " held-out reports.");
        report.put("seconds", seconds);
        report.put("spark", Map.of("version", spark.version(), "master", spark.sparkContext().master()));
        write(spark, output, report, predicted, labels);
        return report;
    }

    /** Stance model trained on the stance labels of the folds other than {@code k} and {@code j}. */
    private static PipelineModel stanceModel(Dataset<Row> pairs, int k, int j) {
        Dataset<Row> training = pairs.filter(col("fold").notEqual(k).and(col("fold").notEqual(j))
                .and(col("gold_stance").isNotNull())).withColumn("stance", col("gold_stance"));
        if (training.isEmpty()) {
            throw new JobException("evaluate credibility: no stance labels outside folds " + k + " and " + j);
        }
        return StanceModel.train(training);
    }

    /** The mentions with each judged report's stance and probability from {@code judged}; unjudged ones unrelated. */
    private static Dataset<Row> withStances(Dataset<Row> mentions, Dataset<Row> judged) {
        return mentions.drop("stance", "stance_p")
                .join(judged.select("claim_id", "article_id", "predicted_stance", "predicted_stance_p"),
                        new String[] {"claim_id", "article_id"}, "left")
                .withColumn("stance", org.apache.spark.sql.functions.coalesce(col("predicted_stance"), lit("unrelated")))
                .withColumn("stance_p", org.apache.spark.sql.functions.coalesce(col("predicted_stance_p"), lit(1.0)))
                // the evidence as the evaluated stances read it (Emergent's reports are headlines)
                .withColumn("relation", StanceStage.relationOf(col("stance")))
                .drop("predicted_stance", "predicted_stance_p");
    }

    /** Each labelled claim's score by a fixed formula of its features, with no training: a baseline. */
    private static List<HeldOutScores.Scored> formula(Dataset<Row> features, Column score,
                                                      Map<String, String> verdicts) {
        List<HeldOutScores.Scored> scored = new ArrayList<>();
        for (Row r : features.select(col("claim_id"), col("fold"), score).collectAsList()) {
            if (verdicts.containsKey(r.getString(0))) {
                scored.add(new HeldOutScores.Scored(r.getString(0), r.getInt(1), verdicts.get(r.getString(0)),
                        r.getDouble(2)));
            }
        }
        return scored;
    }

    /** Trains the credibility model on the claims outside fold {@code k}, scores those in it. */
    private static List<HeldOutScores.Scored> score(Dataset<Row> features, Dataset<Row> labels, int k,
                                                    Map<String, String> verdicts) {
        return score(features, features, labels, k, verdicts);
    }

    /**
     * Trains the credibility model on the {@code training} features of the claims outside fold
     * {@code k}, and scores the {@code scoring} features of those in it (both with a {@code fold}).
     */
    static List<HeldOutScores.Scored> score(Dataset<Row> training, Dataset<Row> scoring, Dataset<Row> labels, int k,
                                            Map<String, String> verdicts) {
        PipelineModel model = CredibilityModel.train(training.filter(col("fold").notEqual(k)), labels).pipeline();
        List<HeldOutScores.Scored> scored = new ArrayList<>();
        for (Row r : model.transform(scoring.filter(col("fold").equalTo(k)))
                .select(col("claim_id"), vector_to_array(col("probability"), "float64").getItem(1)).collectAsList()) {
            scored.add(new HeldOutScores.Scored(r.getString(0), k, verdicts.get(r.getString(0)), r.getDouble(1)));
        }
        return scored;
    }

    private static Map<String, Object> foldSummary(Map<String, Integer> foldOf, Map<String, String> verdicts,
                                                   int folds, long seed) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            Map<String, Object> fold = new LinkedHashMap<>();
            final int k = f;
            List<String> claims = foldOf.entrySet().stream().filter(e -> e.getValue() == k).map(Map.Entry::getKey)
                    .toList();
            fold.put("fold", f);
            for (String v : VERDICTS) {
                fold.put(v, claims.stream().filter(c -> verdicts.get(c).equals(v)).count());
            }
            fold.put("claims", claims);
            list.add(fold);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "claim-grouped, stratified by label: every claim and all its reports in one fold");
        m.put("k", folds);
        m.put("seed", seed);
        m.put("claims", verdicts.size());
        m.put("folds", list);
        return m;
    }

    private static void write(SparkSession spark, Path output, Map<String, Object> report,
                              List<HeldOutScores.Scored> predicted, Dataset<Row> labels) {
        try {
            Files.createDirectories(output);
            Files.write(output.resolve("report.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(report));
            Map<String, byte[]> files = new LinkedHashMap<>();
            Dataset<Row> scores = spark.createDataFrame(predicted.stream()
                    .map(s -> RowFactory.create(s.claimId(), s.score())).toList(), new StructType()
                    .add("claim_id", DataTypes.StringType).add("credibility", DataTypes.DoubleType));
            String labelled = RunReport.labelSections(scores, labels, files, "Every score is of a claim held out"
                    + " of the training of both the stance and the credibility model (claim-grouped cross-validation).");
            Files.writeString(output.resolve("report.html"), RunReport.page("credibility evaluation",
                    "credibility: cross-validated evaluation", summaryHtml(report) + labelled), StandardCharsets.UTF_8);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Files.write(output.resolve(f.getKey()), f.getValue());
            }
        } catch (IOException e) {
            throw new JobException("cannot write the report to " + output + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String summaryHtml(Map<String, Object> report) {
        Map<String, Object> folds = (Map<String, Object>) report.get("folds");
        Map<String, Object> held = (Map<String, Object>) report.get("held_out");
        Map<String, Object> stance = (Map<String, Object>) report.get("stance_held_out");
        Map<String, Object> oracle = (Map<String, Object>) report.get("oracle");
        Map<String, Object> oracleModel = (Map<String, Object>) oracle.get("model_with_journalists_stances");
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("ROC-AUC true vs false, pooled", held.get("roc_auc_pooled"), oracleModel.get("roc_auc_pooled")));
        rows.add(List.of("ROC-AUC per fold, mean ± sd", held.get("roc_auc_fold_mean") + " ± " + held.get("roc_auc_fold_sd"),
                oracleModel.get("roc_auc_fold_mean") + " ± " + oracleModel.get("roc_auc_fold_sd")));
        rows.add(List.of("accuracy at 0.5", held.get("accuracy_at_0_5"), oracleModel.get("accuracy_at_0_5")));
        rows.add(List.of("Brier score", held.get("brier"), oracleModel.get("brier")));
        Map<String, Object> baselines = (Map<String, Object>) held.get("baselines");
        rows.add(List.of("no model: ROC-AUC of 1 − share of reports against",
                baselines.get("roc_auc_one_minus_deny_share"), oracle.get("roc_auc_one_minus_deny_share")));
        rows.add(List.of("no model: ROC-AUC of share for − share against",
                baselines.get("roc_auc_agree_minus_deny_share"), oracle.get("roc_auc_agree_minus_deny_share")));
        List<List<?>> byLabel = new ArrayList<>();
        Map<String, Object> scores = (Map<String, Object>) held.get("scores_by_label");
        for (String v : List.of("true", "unverified", "false")) {
            Map<String, Object> s = (Map<String, Object>) scores.get(v);
            byLabel.add(List.of(v, s.get("claims"), s.get("mean_score"), s.get("median_score")));
        }
        return "<p>Input <code>" + Html.escape(report.get("input")) + "</code>: " + folds.get("claims")
                + " labelled claims in " + folds.get("k") + " claim-grouped folds stratified by label (seed "
                + folds.get("seed") + ").</p>\n<h2>Held-out claims</h2>\n"
                + Html.table(List.of("metric", "predicted stances", "journalists' stances"), rows)
                + "<h3>Where the labels' scores lie</h3>\n"
                + Html.table(List.of("label", "claims", "mean score", "median score"), byLabel)
                + "<h2>Stance on held-out reports</h2>\n<p>" + stance.get("pairs") + " reports, accuracy "
                + stance.get("accuracy") + ", macro-F1 over the four classes " + stance.get("macro_f1") + ".</p>\n"
                + stanceMatrix((Map<String, Object>) stance.get("confusion_gold_by_predicted"))
                + "<p>" + Html.escape(report.get("leakage_note")) + "</p>\n";
    }

    @SuppressWarnings("unchecked")
    private static String stanceMatrix(Map<String, Object> matrix) {
        List<String> header = new ArrayList<>(List.of("gold \\ predicted"));
        header.addAll(StanceModel.STANCES);
        List<List<?>> rows = new ArrayList<>();
        for (String g : StanceModel.STANCES) {
            List<Object> row = new ArrayList<>(List.of(g));
            row.addAll(((Map<String, Long>) matrix.get(g)).values());
            rows.add(row);
        }
        return Html.table(header, rows);
    }

    private static Dataset<Row> keep(Dataset<Row> table) {
        return table.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static double since(Instant t) {
        return Math.round(Duration.between(t, Instant.now()).toMillis() / 100.0) / 10.0;
    }
}
