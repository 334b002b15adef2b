package org.credibility.jobs.evaluation;

import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.credibility.features.evidence.Explanation;
import org.credibility.features.stance.Relation;
import org.credibility.features.stance.Stance;
import org.credibility.jobs.JobException;
import org.credibility.jobs.importers.ArticleBenchmarkImporter;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.io.FileSystems;
import org.credibility.jobs.io.InputChecks;
import org.credibility.jobs.io.InputFolders;
import org.credibility.jobs.io.SideInputReader;
import org.credibility.jobs.io.SideLine;
import org.credibility.jobs.ml.ClaimFolds;
import org.credibility.jobs.ml.ModelFolder;
import org.credibility.jobs.ml.StanceModel;
import org.credibility.jobs.stages.ClaimFeatureStage;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.LinkStage;
import org.credibility.jobs.stages.ScoreStage;
import org.credibility.jobs.stages.StanceStage;
import org.credibility.jobs.stages.WatchListLinkStage;
import org.credibility.jobs.stages.WatchListStage;

/**
 * {@code evaluate articles}: the job as its users run it — a watch list (claims.jsonl, no known
 * reports) against a crawl (articles.jsonl) — measured against an answer key
 * ({@value ArticleBenchmarkImporter#GOLD}: the articles that report each claim and their stance
 * toward it) and the claims' verdicts (labels.jsonl); {@code import article-benchmark} writes
 * such a folder from FNC-1 and Emergent.
 *
 * <p>It runs the job's own stages — ingest, watch list, links, stance, claim features, scores —
 * and reports: the links' recall and precision against the answer key; the same for the reports
 * the run keeps (links the stance stage judges related); the stance of each gold report, a missed
 * report counting as wrong; the claims' ROC-AUC true vs false; whether every claim has a scores
 * row. Nothing is scored by a model that learned from it: the stance and credibility models are
 * trained in claim-grouped folds on the benchmark itself (fold k's reports are judged by a stance
 * model trained on the other folds' links and answer key and, where the folder has them, on the
 * FNC-1 pairs whose headline is not one of fold k's claims and whose body reports none of them —
 * FNC-1 being what the job's own stance model learns from —, and its claims scored by a credibility
 * model trained on the other folds' claims, from the labelled stances as the job trains). The
 * shipped default model's figures are given beside them, marked as leaking where it has seen the
 * benchmark.
 */
public final class ArticleEvaluation {
    private static final List<String> REPORT_STANCES = List.of("agree", "disagree", "discuss");
    private static final StructType FNC1_PAIRS = new StructType()
            .add("headline", DataTypes.StringType)
            .add("article_id", DataTypes.StringType)
            .add("stance", DataTypes.StringType)
            .add("claim_ids", DataTypes.createArrayType(DataTypes.StringType));
    /** Coverage thresholds the links are also measured at (the links hold every pair above the stage's own). */
    private static final List<Double> COVERAGE_SWEEP = List.of(0.2, 0.3, 0.4, 0.5);
    private static final List<Double> REPORT_SCORE_SWEEP = List.of(0.45, 0.5, 0.55, 0.6);
    /** The file of the labelled claims' held-out scores and evidence, beside report.json. */
    public static final String CLAIMS_FILE = "claims.jsonl";
    /** The file of every report the run kept or the answer key holds, with both readings, beside report.json. */
    public static final String REPORTS_FILE = "reports.jsonl";

    private ArticleEvaluation() {
    }

    public static Map<String, Object> run(SparkSession spark, String input, Path output, int folds, long seed,
                                          String modelDir) {
        Instant started = Instant.now();
        Map<String, Object> seconds = new LinkedHashMap<>();
        Map<String, ModelFolder.Model> shipped = ModelFolder.load(spark, modelDir);
        Dataset<Row> analyzed = keep(IngestStage.apply(spark, List.of(input), DateWindow.ALL).analyzed());
        Dataset<Row> claims = keep(WatchListStage.claims(spark, List.of(input)));
        long articleCount = analyzed.count();
        seconds.put("ingest", since(started));
        Instant t = Instant.now();
        Dataset<Row> links = keep(WatchListStage.links(claims, analyzed));
        seconds.put("links", since(t));

        // The answer key by the stance labels' rules, the labels as run and train read them.
        Dataset<Row> gold = SideInputReader.apply(spark, List.of(input), SideLine.Kind.STANCE_LABELS,
                        ArticleBenchmarkImporter.GOLD).valid()
                .select("claim_id", "article_id", "stance").filter(col("stance").isin(REPORT_STANCES.toArray()));
        Map<List<String>, String> goldStance = new HashMap<>();
        gold.collectAsList().forEach(r -> goldStance.put(List.of(r.getString(0), r.getString(1)), r.getString(2)));
        Map<String, String> verdicts = new TreeMap<>();
        for (Row r : InputChecks.read(spark, InputFolders.of(input)).labels()
                .join(claims.select("claim_id"), "claim_id").select(col("claim_id"), col("label")).collectAsList()) {
            if (CredibilityEvaluation.VERDICTS.contains(r.getString(1))) {
                verdicts.put(r.getString(0), r.getString(1));
            }
        }
        // Unlabelled claims are dealt round the folds too: their reports train the stance models.
        Map<String, String> foldLabels = new TreeMap<>();
        claims.select("claim_id").collectAsList().forEach(r -> foldLabels.put(r.getString(0),
                verdicts.getOrDefault(r.getString(0), "unlabelled")));
        Map<String, Integer> foldOf = ClaimFolds.assign(foldLabels, folds, seed);
        Dataset<Row> foldTable = spark.createDataFrame(foldOf.entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(), CredibilityEvaluation.FOLDS);
        Dataset<Row> labels = spark.createDataFrame(verdicts.entrySet().stream()
                .map(e -> RowFactory.create(e.getKey(), e.getValue())).toList(), CredibilityEvaluation.LABELS);

        // Stance training pairs: every link and every gold report, unrelated unless the key says otherwise.
        Dataset<Row> stancePairs = keep(links.select("claim_id", "article_id")
                .join(gold, new String[] {"claim_id", "article_id"}, "full_outer")
                .withColumn("stance", coalesce(col("stance"), lit("unrelated")))
                .join(foldTable, "claim_id")
                .join(claims.select(col("claim_id"), col("text").as("claim_text")), "claim_id")
                .join(analyzed.select(col("id").as("article_id"), col("sentences")), "article_id"));
        Dataset<Row> fnc1Pairs = fnc1StancePairs(spark, input, analyzed);
        Dataset<Row> goldFolds = gold.select("claim_id", "article_id").join(foldTable, "claim_id");
        t = Instant.now();
        Dataset<Row> mentions = null;
        List<Long> trainingPairs = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            Dataset<Row> training = stancePairs.filter(col("fold").notEqual(k))
                    .select("claim_text", "sentences", "stance");
            if (fnc1Pairs != null) {
                training = training.unionByName(heldOut(fnc1Pairs, goldFolds, foldTable, k));
            }
            training = keep(training);
            trainingPairs.add(training.count());
            if (training.isEmpty()) {
                throw new JobException("evaluate articles: no stance training pairs outside fold " + k);
            }
            PipelineModel stance = StanceModel.train(training);
            Dataset<Row> inFold = claims.join(foldTable.filter(col("fold").equalTo(k)).select("claim_id"), "claim_id");
            Dataset<Row> judged = StanceStage.apply(links.join(inFold.select("claim_id"), "claim_id"), inFold,
                    analyzed, Optional.of(stance));
            mentions = mentions == null ? judged : mentions.unionByName(judged);
            training.unpersist();
        }
        mentions = keep(mentions);
        seconds.put("stance_cross_validation", since(t));
        t = Instant.now();
        Dataset<Row> shippedMentions = keep(StanceStage.apply(links, claims, analyzed,
                Optional.ofNullable(shipped.get(ModelFolder.STANCE)).map(ModelFolder.Model::pipeline)));
        seconds.put("stance_shipped_model", since(t));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("task", "articles");
        report.put("input", input);
        report.put("articles", articleCount);
        report.put("claims", foldOf.size());
        report.put("gold_reports", goldStance.size());
        report.put("folds", Map.of("kind", "claim-grouped, stratified by label", "k", folds, "seed", seed));
        Map<String, Object> linking = new LinkedHashMap<>();
        linking.put("links", found(pairs(links), goldStance.keySet()));
        Map<String, Object> approaches = new LinkedHashMap<>();
        for (double coverage : COVERAGE_SWEEP) {
            approaches.put("claim-term index, best passage's IDF coverage >= " + coverage,
                    found(pairs(links.filter(col("similarity").geq(coverage))), goldStance.keySet()));
        }
        for (double score : REPORT_SCORE_SWEEP) {
            Dataset<Row> kept = links.filter(WatchListLinkStage.reportScore().geq(score));
            approaches.put("claim-term index, best passage >= " + WatchListLinkStage.MIN_COVERAGE
                    + ", article >= " + WatchListLinkStage.MIN_ARTICLE_COVERAGE
                    + ", mean of article's and lede's IDF coverage >= " + score,
                    found(pairs(kept), goldStance.keySet()));
            approaches.put("... of them kept by the stance stage (cross-validated) with that mean >= " + score,
                    found(pairs(mentions.join(kept, new String[] {"claim_id", "article_id"}, "left_semi")),
                            goldStance.keySet()));
        }
        // The linking of extracted claims, which watch lists used before: pairs of rare terms, Jaccard.
        approaches.put("pair-of-rare-terms blocking, sentence Jaccard (LinkStage)", found(pairs(LinkStage.apply(claims,
                analyzed).filter(col("article_id").notEqual(WatchListStage.NO_ARTICLE))), goldStance.keySet()));
        linking.put("approaches", approaches);
        linking.put("reports_kept_cross_validated_stance", found(pairs(mentions), goldStance.keySet()));
        linking.put("reports_kept_shipped_stance_model", found(pairs(shippedMentions), goldStance.keySet()));
        linking.put("reported_by_the_cue_judge", found(pairs(mentions.filter(col("relation")
                .notEqual(Relation.NOT_ADDRESSED.label()))), goldStance.keySet()));
        linking.put("note", "links: the linking stage's (claim, article) pairs; reports kept: the links the stance"
                + " stage judges related, the mentions a run writes; reported by the cue judge: those of them whose"
                + " relation reports or disputes the claim, from which corroboration, hedging and denial are counted."
                + " The shipped stance model was trained on all of FNC-1's training pairs, these bodies among them:"
                + " its figures leak.");
        report.put("linking", linking);

        Map<String, Object> stance = new LinkedHashMap<>();
        stance.put("cross_validated", stanceOf(mentions, goldStance));
        stance.put("relation_of_the_cue_judge", relationOf(mentions, goldStance));
        stance.put("cross_validated_training_pairs_per_fold", trainingPairs);
        stance.put("shipped_model_leaks", stanceOf(shippedMentions, goldStance));
        stance.put("note", "every gold report with the stance the run gives it; a report the run missed counts as"
                + " unrelated, so wrong. macro_f1_reports: mean F1 of agree, disagree and discuss.");
        report.put("stance", stance);

        t = Instant.now();
        List<Map<String, Object>> heldOutClaims = new ArrayList<>();
        report.put("credibility", credibility(claims, mentions, gold, foldTable, labels, verdicts, folds, analyzed,
                shipped, heldOutClaims));
        seconds.put("credibility", since(t));
        seconds.put("total", since(started));
        report.put("seconds", seconds);
        report.put("spark", Map.of("version", spark.version(), "master", spark.sparkContext().master()));
        write(output, report, Map.of(CLAIMS_FILE, heldOutClaims, REPORTS_FILE, reportRows(mentions, goldStance)));
        return report;
    }

    /**
     * Claim ROC-AUC true vs false: cross-validated from the run's own reports and stances; with
     * the answer key's reports or its stances in place of the run's (which of the two the gap to
     * the oracle lies in); from the journalists' reports and stances (the oracle); and the shipped
     * credibility model's scores, with the check that every claim has a scores row. Adds to
     * {@code heldOutClaims} one row per labelled claim ({@link #heldOutClaim}), to read which claims
     * the figures rest on.
     */
    private static Map<String, Object> credibility(Dataset<Row> claims, Dataset<Row> mentions, Dataset<Row> gold,
                                                   Dataset<Row> foldTable, Dataset<Row> labels,
                                                   Map<String, String> verdicts, int folds, Dataset<Row> analyzed,
                                                   Map<String, ModelFolder.Model> shipped,
                                                   List<Map<String, Object>> heldOutClaims) {
        Dataset<Row> stanceLabels = gold.select("claim_id", "article_id", "stance");
        Dataset<Row> scoring = keep(ClaimFeatureStage.apply(claims, mentions).join(foldTable, "claim_id"));
        // As the job trains: the labelled stance wherever a kept report has one.
        Dataset<Row> training = keep(ClaimFeatureStage.apply(claims,
                StanceStage.withLabelledStances(mentions, stanceLabels)).join(foldTable, "claim_id"));
        Dataset<Row> goldMentions = StanceStage.withLabelledStances(StanceStage.apply(
                gold.select(col("claim_id"), col("article_id"), lit(true).as("known")), claims, analyzed,
                Optional.empty()), stanceLabels);
        Dataset<Row> oracle = keep(ClaimFeatureStage.apply(claims, goldMentions).join(foldTable, "claim_id"));
        List<HeldOutScores.Scored> predicted = new ArrayList<>();
        List<HeldOutScores.Scored> ownReports = new ArrayList<>();
        List<HeldOutScores.Scored> journalists = new ArrayList<>();
        Dataset<Row> labelledScoring = scoring.join(labels.select("claim_id"), "claim_id");
        Dataset<Row> labelledOracle = oracle.join(labels.select("claim_id"), "claim_id");
        Dataset<Row> goldPairs = gold.select("claim_id", "article_id");
        Dataset<Row> keyReports = keep(ClaimFeatureStage.apply(claims, mentions.join(goldPairs,
                new String[] {"claim_id", "article_id"}, "left_semi")).join(foldTable, "claim_id"))
                .join(labels.select("claim_id"), "claim_id");
        Dataset<Row> keyStances = training.join(labels.select("claim_id"), "claim_id");
        // Where the gap to the oracle lies: the reports found, or the stances judged.
        List<HeldOutScores.Scored> keyReportsScores = new ArrayList<>();
        List<HeldOutScores.Scored> keyStancesScores = new ArrayList<>();
        for (int k = 0; k < folds; k++) {
            keyReportsScores.addAll(CredibilityEvaluation.score(training, keyReports, labels, k, verdicts));
            keyStancesScores.addAll(CredibilityEvaluation.score(training, keyStances, labels, k, verdicts));
            predicted.addAll(CredibilityEvaluation.score(training, labelledScoring, labels, k, verdicts));
            ownReports.addAll(CredibilityEvaluation.score(scoring, labelledScoring, labels, k, verdicts));
            journalists.addAll(CredibilityEvaluation.score(oracle, labelledOracle, labels, k, verdicts));
        }

        heldOutClaims.addAll(heldOutClaims(labelledScoring, labelledOracle, predicted, keyStancesScores,
                journalists));

        Dataset<Row> scores = ScoreStage.apply(scoring.drop("fold"), shipped.get(ModelFolder.CREDIBILITY));
        List<HeldOutScores.Scored> shippedScores = new ArrayList<>();
        Set<String> scored = new HashSet<>();
        long noReports = 0;
        for (Row r : scores.select("claim_id", "credibility", "explanation").collectAsList()) {
            scored.add(r.getString(0));
            noReports += r.getString(2).startsWith(Explanation.NO_REPORTS) ? 1 : 0;
            if (verdicts.containsKey(r.getString(0))) {
                shippedScores.add(new HeldOutScores.Scored(r.getString(0), 0, verdicts.get(r.getString(0)),
                        r.getDouble(1)));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("labelled", Map.of("true", count(verdicts, "true"), "false", count(verdicts, "false"),
                "unverified", count(verdicts, "unverified")));
        m.put("cross_validated", new HeldOutScores(predicted).toMap());
        m.put("the_answer_keys_reports_with_the_runs_stances", new HeldOutScores(keyReportsScores).toMap());
        m.put("the_runs_reports_with_the_answer_keys_stances", new HeldOutScores(keyStancesScores).toMap());
        m.put("cross_validated_trained_on_the_runs_relations", new HeldOutScores(ownReports).toMap());
        m.put("journalists_reports_and_stances_cross_validated", new HeldOutScores(journalists).toMap());
        m.put("roc_auc_shipped_model_leaks", HeldOutScores.round(HeldOutScores.auc(shippedScores)));
        m.put("claims_with_a_scores_row", scored.size());
        m.put("claims_without_a_scores_row", claims.count() - scored.size());
        m.put("claims_scored_with_no_reports_found", noReports);
        m.put("note", "cross_validated: each claim scored by a credibility model trained on the other folds' claims,"
                + " from reports the run found and stances judged by a stance model that never saw the claim, the"
                + " training claims' relations read off the answer key's stances as the job trains;"
                + " cross_validated_trained_on_the_runs_relations: the same model trained on the relations the run"
                + " itself found for the training claims, as on a crawl without stance labels;"
                + " the_answer_keys_reports_with_the_runs_stances: only the reports the run found that the key"
                + " holds, as the run judged them; the_runs_reports_with_the_answer_keys_stances: the reports the"
                + " run found, the key's stance wherever it has one; the"
                + " oracle line uses the answer key's reports and stances instead. The shipped credibility model"
                + " was trained on Emergent, these claims among them: its AUC leaks and is no measure.");
        return m;
    }

    /** The evidence counts a held-out claim's row shows, from its run's and from its journalists' reports. */
    private static final List<String> EVIDENCE_COUNTS = List.of("corroborating_outlets", "hedging_outlets",
            "denying_outlets");

    /**
     * One row per labelled claim, in claim order: its text, verdict and fold; its held-out score
     * from the run's reports and stances, from the run's reports with the answer key's stances,
     * and from the journalists' reports and stances; and the outlets that corroborate, hedge and
     * deny it, as the run found them and as the journalists' reports have them.
     */
    private static List<Map<String, Object>> heldOutClaims(Dataset<Row> run, Dataset<Row> journalists,
                                                           List<HeldOutScores.Scored> predicted,
                                                           List<HeldOutScores.Scored> keyStances,
                                                           List<HeldOutScores.Scored> oracle) {
        Map<String, Row> runRows = byClaim(run);
        Map<String, Row> journalistRows = byClaim(journalists);
        Map<String, Double> keyStanceScores = scoreOf(keyStances);
        Map<String, Double> oracleScores = scoreOf(oracle);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (HeldOutScores.Scored s : predicted.stream()
                .sorted(Comparator.comparing(HeldOutScores.Scored::claimId)).toList()) {
            Row r = runRows.get(s.claimId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim_id", s.claimId());
            row.put("text", r.getAs("text"));
            row.put("verdict", s.verdict());
            row.put("fold", s.fold());
            row.put("score", HeldOutScores.round(s.score()));
            row.put("score_with_the_answer_keys_stances", HeldOutScores.round(keyStanceScores.get(s.claimId())));
            row.put("score_from_the_journalists", HeldOutScores.round(oracleScores.get(s.claimId())));
            for (String count : EVIDENCE_COUNTS) {
                row.put(count, r.getAs(count));
            }
            Row j = journalistRows.get(s.claimId());
            for (String count : EVIDENCE_COUNTS) {
                row.put("journalists_" + count, j == null ? 0 : j.getAs(count));
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, Row> byClaim(Dataset<Row> features) {
        Map<String, Row> rows = new HashMap<>();
        features.collectAsList().forEach(r -> rows.put(r.getAs("claim_id"), r));
        return rows;
    }

    private static Map<String, Double> scoreOf(List<HeldOutScores.Scored> scored) {
        Map<String, Double> scores = new HashMap<>();
        scored.forEach(s -> scores.put(s.claimId(), s.score()));
        return scores;
    }

    private static long count(Map<String, String> verdicts, String verdict) {
        return verdicts.values().stream().filter(verdict::equals).count();
    }

    /**
     * The FNC-1 pairs beside the benchmark ({@value ArticleBenchmarkImporter#STANCE_PAIRS}) with
     * their bodies' sentences, as stance training pairs (headline as the claim); null when the
     * folder has none.
     */
    private static Dataset<Row> fnc1StancePairs(SparkSession spark, String input, Dataset<Row> analyzed) {
        String path = input + "/" + ArticleBenchmarkImporter.STANCE_PAIRS;
        if (!FileSystems.exists(path)) {
            return null;
        }
        return spark.read().schema(FNC1_PAIRS).json(path)
                .filter(col("headline").isNotNull().and(col("article_id").isNotNull()).and(col("stance").isNotNull()))
                .select(col("headline").as("claim_text"), col("article_id"), lower(col("stance")).as("stance"),
                        col("claim_ids"))
                .join(analyzed.select(col("id").as("article_id"), col("sentences")), "article_id");
    }

    /**
     * The FNC-1 pairs a stance model for fold {@code k} may learn from: none whose headline is a
     * headline of one of the fold's claims, nor whose body reports one of them (grouped by claim
     * and by body, so the fold's reports are judged by a model that never saw them or their claim).
     */
    private static Dataset<Row> heldOut(Dataset<Row> fnc1Pairs, Dataset<Row> goldFolds, Dataset<Row> foldTable,
                                        int k) {
        Dataset<Row> foldClaims = foldTable.filter(col("fold").equalTo(k)).select("claim_id");
        Dataset<Row> foldBodies = goldFolds.filter(col("fold").equalTo(k)).select("article_id").distinct();
        List<String> claimIds = foldClaims.as(Encoders.STRING()).collectAsList();
        Dataset<Row> pairs = fnc1Pairs.join(foldBodies, new String[] {"article_id"}, "left_anti");
        if (!claimIds.isEmpty()) {
            pairs = pairs.filter(not(arrays_overlap(col("claim_ids"), lit(claimIds.toArray(new String[0])))));
        }
        return pairs.select("claim_text", "sentences", "stance");
    }

    /**
     * Every (claim, article) pair the run kept as a report or the answer key holds, by claim and article:
     * the key's stance ("none" where it holds no report), the run's stance ("missed" where the run
     * kept no report) and the relation, evidence sentence, primary source and denier it rests on.
     */
    private static List<Map<String, Object>> reportRows(Dataset<Row> mentions, Map<List<String>, String> goldStance) {
        Comparator<List<String>> byClaimThenArticle = Comparator.comparing((List<String> p) -> p.get(0))
                .thenComparing(p -> p.get(1));
        Map<List<String>, Row> judged = new HashMap<>();
        mentions.select("claim_id", "article_id", "stance", "stance_p", "relation", "matched_sentence", "source",
                "denier").collectAsList().forEach(r -> judged.put(List.of(r.getString(0), r.getString(1)), r));
        Set<List<String>> pairs = new TreeSet<>(byClaimThenArticle);
        pairs.addAll(judged.keySet());
        pairs.addAll(goldStance.keySet());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<String> pair : pairs) {
            Row r = judged.get(pair);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("claim_id", pair.get(0));
            row.put("article_id", pair.get(1));
            row.put("answer_key_stance", goldStance.getOrDefault(pair, "none"));
            row.put("stance", r == null ? "missed" : r.getString(2));
            row.put("stance_p", r == null ? null : HeldOutScores.round(r.getDouble(3)));
            row.put("relation", r == null ? null : r.getString(4));
            row.put("matched_sentence", r == null ? null : r.getString(5));
            row.put("source", r == null ? null : r.getString(6));
            row.put("denier", r == null ? null : r.getString(7));
            rows.add(row);
        }
        return rows;
    }

    /** The gold reports' stances as the run judged them, a missed report counting as unrelated. */
    private static Map<String, Object> stanceOf(Dataset<Row> mentions, Map<List<String>, String> goldStance) {
        return stanceOf(mentions, col("stance"), goldStance);
    }

    /**
     * The same for the stance a mention's relation stands for (reports it, asserted or attributed:
     * agree; hedged: discuss; disputed: disagree; not addressed: unrelated): the cue judge's
     * reading, from which the claim features count corroboration, hedging and denial.
     */
    private static Map<String, Object> relationOf(Dataset<Row> mentions, Map<List<String>, String> goldStance) {
        Column relation = col("relation");
        return stanceOf(mentions, when(relation.isin(Relation.ASSERTED.label(), Relation.ATTRIBUTED.label()),
                        lit(Stance.AGREE.label()))
                .when(relation.equalTo(Relation.HEDGED.label()), lit(Stance.DISCUSS.label()))
                .when(relation.equalTo(Relation.DISPUTED.label()), lit(Stance.DISAGREE.label()))
                .otherwise(lit(Stance.UNRELATED.label())), goldStance);
    }

    private static Map<String, Object> stanceOf(Dataset<Row> mentions, Column stanceColumn,
                                                Map<List<String>, String> goldStance) {
        Map<List<String>, String> judged = new HashMap<>();
        mentions.select(col("claim_id"), col("article_id"), stanceColumn).collectAsList()
                .forEach(r -> judged.put(List.of(r.getString(0), r.getString(1)), r.getString(2)));
        StanceMetrics metrics = new StanceMetrics();
        goldStance.forEach((pair, stance) -> metrics.add(stance, judged.getOrDefault(pair, "unrelated")));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("macro_f1_reports", HeldOutScores.round(metrics.macroF1(REPORT_STANCES)));
        m.putAll(metrics.toMap());
        return m;
    }

    /** Recall and precision of found (claim, article) pairs against the gold ones. */
    static Map<String, Object> found(Set<List<String>> found, Set<List<String>> gold) {
        long right = found.stream().filter(gold::contains).count();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("found", found.size());
        m.put("gold", gold.size());
        m.put("right", right);
        m.put("recall", HeldOutScores.round(gold.isEmpty() ? Double.NaN : right / (double) gold.size()));
        m.put("precision", HeldOutScores.round(found.isEmpty() ? Double.NaN : right / (double) found.size()));
        return m;
    }

    private static Set<List<String>> pairs(Dataset<Row> table) {
        Set<List<String>> pairs = new HashSet<>();
        table.select("claim_id", "article_id").collectAsList().forEach(r -> pairs.add(List.of(r.getString(0),
                r.getString(1))));
        return pairs;
    }

    @SuppressWarnings("unchecked")
    private static void write(Path output, Map<String, Object> report, Map<String, List<Map<String, Object>>> files) {
        Map<String, Object> linking = (Map<String, Object>) report.get("linking");
        Map<String, Object> stance = (Map<String, Object>) report.get("stance");
        Map<String, Object> cred = (Map<String, Object>) report.get("credibility");
        StringBuilder md = new StringBuilder("# Article-centric benchmark\n\nInput `" + report.get("input") + "`: "
                + report.get("claims") + " watched claims, " + report.get("articles") + " articles, "
                + report.get("gold_reports") + " gold reports; " + report.get("folds") + ".\n\n"
                + "| reports | found | right | recall | precision |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (String key : List.of("links", "reports_kept_cross_validated_stance", "reports_kept_shipped_stance_model",
                "reported_by_the_cue_judge")) {
            foundRow(md, key, linking.get(key));
        }
        md.append("\n| linking approach | found | right | recall | precision |\n| --- | ---: | ---: | ---: | ---: |\n");
        ((Map<String, Object>) linking.get("approaches")).forEach((name, value) -> foundRow(md, name, value));
        md.append("\n| stance of the gold reports (missed = wrong) | macro-F1 agree/disagree/discuss | accuracy |\n"
                + "| --- | ---: | ---: |\n");
        for (String key : List.of("cross_validated", "relation_of_the_cue_judge", "shipped_model_leaks")) {
            Map<String, Object> s = (Map<String, Object>) stance.get(key);
            md.append("| ").append(key).append(" | ").append(s.get("macro_f1_reports")).append(" | ")
                    .append(s.get("accuracy")).append(" |\n");
        }
        md.append("\n| claims true vs false | ROC-AUC |\n| --- | ---: |\n");
        Map<String, String> aucRows = new LinkedHashMap<>();
        aucRows.put("cross_validated", "cross-validated, the run's reports and stances");
        aucRows.put("the_answer_keys_reports_with_the_runs_stances",
                "cross-validated, the answer key's reports with the run's stances");
        aucRows.put("the_runs_reports_with_the_answer_keys_stances",
                "cross-validated, the run's reports with the answer key's stances");
        aucRows.put("cross_validated_trained_on_the_runs_relations",
                "cross-validated, trained on the run's own relations (no stance labels)");
        aucRows.put("journalists_reports_and_stances_cross_validated",
                "cross-validated, the journalists' reports and stances");
        aucRows.forEach((key, label) -> md.append("| ").append(label).append(" | ")
                .append(((Map<String, Object>) cred.get(key)).get("roc_auc_pooled")).append(" |\n"));
        md.append("| shipped model (leaks: trained on these claims) | ").append(cred.get("roc_auc_shipped_model_leaks"))
                .append(" |\n\nClaims with a scores row: ").append(cred.get("claims_with_a_scores_row"))
                .append(", without: ").append(cred.get("claims_without_a_scores_row"))
                .append("; scored with no reports found: ").append(cred.get("claims_scored_with_no_reports_found"))
                .append(".\n\nSeconds: ").append(report.get("seconds")).append("\n");
        try {
            Files.createDirectories(output);
            Files.write(output.resolve("report.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(report));
            Files.writeString(output.resolve("report.md"), md.toString(), StandardCharsets.UTF_8);
            ObjectMapper json = new ObjectMapper();
            for (Map.Entry<String, List<Map<String, Object>>> file : files.entrySet()) {
                StringBuilder lines = new StringBuilder();
                for (Map<String, Object> row : file.getValue()) {
                    lines.append(json.writeValueAsString(row)).append('\n');
                }
                Files.writeString(output.resolve(file.getKey()), lines.toString(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new JobException("cannot write the report to " + output + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void foundRow(StringBuilder md, String name, Object figures) {
        Map<String, Object> f = (Map<String, Object>) figures;
        md.append("| ").append(name).append(" | ").append(f.get("found")).append(" | ").append(f.get("right"))
                .append(" | ").append(f.get("recall")).append(" | ").append(f.get("precision")).append(" |\n");
    }

    /** Computes a table once and cuts its plan, as the job does between stages: later plans stay small. */
    private static Dataset<Row> keep(Dataset<Row> table) {
        return table.localCheckpoint(true, StorageLevel.MEMORY_AND_DISK());
    }

    private static double since(Instant t) {
        return Math.round(Duration.between(t, Instant.now()).toMillis() / 100.0) / 10.0;
    }
}
