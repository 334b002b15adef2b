package org.credibility.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.ml.CredibilityModel;
import org.credibility.jobs.ml.ModelFolder;
import org.credibility.jobs.ml.StanceModel;
import org.credibility.jobs.report.ClaimReviewDrafts;
import org.credibility.jobs.report.RunReport;
import org.credibility.jobs.stages.ClaimFeatureStage;
import org.credibility.jobs.stages.ClaimStage;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.LinkStage;
import org.credibility.jobs.stages.OutletStage;
import org.credibility.jobs.stages.ScoreStage;
import org.credibility.jobs.stages.StanceStage;
import org.credibility.jobs.stages.WatchListStage;
import scala.Option;

/**
 * Runs the stages in order — ingest, claims, link, stance, claim features, (train), score,
 * outlets — and writes the output tables. Each stage is a pure function of earlier tables.
 */
public final class CredibilityJob {
    private CredibilityJob() {
    }

    /** How often a step that runs long says how far its Spark tasks have got. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(20);

    public static void execute(JobSettings settings) {
        Instant started = Instant.now();
        SparkSession spark = SparkSessions.getOrCreate(settings.spark().master(), settings.spark().conf());
        try (Progress progress = new Progress(System.err)) {
            Option<String> webUi = spark.sparkContext().uiWebUrl();
            progress.report("start", Progress.sparkLine(spark.version(), spark.sparkContext().master(),
                    webUi.isDefined() ? Optional.of(webUi.get()) : Optional.empty()));
            progress.heartbeatEvery(HEARTBEAT, JavaSparkContext.fromSparkContext(spark.sparkContext()).statusTracker());
            run(settings, spark, progress, started);
        }
    }

    private static void run(JobSettings settings, SparkSession spark, Progress progress, Instant started) {
        String runId = started.toEpochMilli() + "-" + UUID.randomUUID().toString().substring(0, 8);
        // The output's lock is taken before any work, so a second run to it fails in seconds.
        try (OutputWriter out = settings.mode() == JobSettings.Mode.TRAIN ? null : OutputWriter.begin(spark,
                     settings.output(), OutputLock.Holder.of(runId, started), settings.waitForOutput());
             KeptTables kept = new KeptTables(spark, out != null ? out.checkpoints()
                     : settings.modelToWrite() + ".checkpoints-" + runId)) {
            run(settings, spark, progress, started, runId, kept, out);
        }
    }

    /** {@code out}: where the tables go; null for train, which writes only its model. */
    private static void run(JobSettings settings, SparkSession spark, Progress progress, Instant started, String runId,
                            KeptTables kept, OutputWriter out) {
        // Load the given models before any work: an unusable one fails the run in seconds.
        Map<String, ModelFolder.Model> models = new LinkedHashMap<>(settings.modelToLoad()
                .map(dir -> ModelFolder.load(spark, dir)).orElse(Map.of()));
        Fallback fallback = new Fallback(spark, settings.fallbackModel());
        IngestStage.Result ingest = IngestStage.apply(spark, settings.inputs().folders(), settings.window());
        Dataset<Row> analyzed = progress.stage("ingest", () -> kept.keep(ingest.analyzed()));
        // claims.jsonl in the input: its claims (and their known reports) instead of extracted ones.
        boolean claimList = settings.hasClaimList();
        Dataset<Row> claims = progress.stage("claims", () -> kept.keep(claimList
                ? WatchListStage.claims(spark, settings.inputs().withFile(WatchListStage.SOURCE)) : ClaimStage.apply(analyzed)));
        InputChecks inputs = InputChecks.apply(spark, settings, claims, analyzed);
        if (settings.mode() == JobSettings.Mode.TRAIN) {
            inputs.warn(System.err);
        }

        List<ModelFolder.Trained> trained = new ArrayList<>();
        if (settings.trains(ModelFolder.STANCE)) {
            trained.add(progress.step("train", ModelFolder.STANCE + " model", () -> trainStance(settings, inputs, claims, analyzed)));
            models.put(ModelFolder.STANCE, inTraining(trained.get(0)));
        }
        boolean onlyStance = settings.mode() == JobSettings.Mode.TRAIN && !settings.trains(ModelFolder.CREDIBILITY);
        if (!onlyStance) {
            fallback.fill(models, ModelFolder.STANCE);
        }
        Optional<PipelineModel> stance = Optional.ofNullable(models.get(ModelFolder.STANCE)).map(ModelFolder.Model::pipeline);
        Dataset<Row> links = onlyStance ? null : progress.stage("links", () -> kept.keep(
                claimList ? WatchListStage.links(claims, analyzed) : LinkStage.apply(claims, analyzed)));
        Dataset<Row> mentions = onlyStance ? null
                : progress.stage("mentions", () -> kept.keep(StanceStage.apply(links, claims, analyzed, stance)));
        Dataset<Row> features = onlyStance ? null
                : progress.stage("features", () -> kept.keep(ClaimFeatureStage.apply(claims, mentions)));
        if (settings.trains(ModelFolder.CREDIBILITY)) {
            trained.add(progress.step("train", ModelFolder.CREDIBILITY + " model",
                    () -> trainCredibility(settings, inputs, claims, mentions, features)));
            models.put(ModelFolder.CREDIBILITY, inTraining(trained.get(trained.size() - 1)));
        }

        if (settings.mode() == JobSettings.Mode.TRAIN) {
            String dir = settings.modelToWrite();
            ModelFolder.save(spark, trained, dir, dir, models);
            System.err.printf("credibility: trained %s, written to %s in %.1f s%n",
                    trained.stream().map(ModelFolder.Trained::name).toList(), dir, seconds(started));
            return;
        }

        fallback.fill(models, ModelFolder.CREDIBILITY);
        if (!trained.isEmpty()) {
            models.putAll(ModelFolder.save(spark, trained, out.staged("model"), out.outputPath() + "/model", models));
        }
        ModelFolder.Models used = ModelFolder.Models.of(models);
        progress.report("models", used.versions());
        Dataset<Row> scores = progress.stage("scores", () -> kept.keep(ScoreStage.apply(features, used.credibility())));
        Dataset<Row> outlets = progress.stage("outlets", () -> kept.keep(OutletStage.apply(analyzed, mentions.filter(StanceStage.related()), scores)));

        progress.step("write", () -> {
            out.table("articles", IngestStage.articles(analyzed));
            out.table("claims", claims.select(ClaimStage.OUTPUT_COLUMNS[0],
                    Arrays.copyOfRange(ClaimStage.OUTPUT_COLUMNS, 1, ClaimStage.OUTPUT_COLUMNS.length)));
            out.table("mentions", mentions);
            out.table("scores", scores);
            out.table("outlets", outlets);
            out.table("rejected", inputs.rejected(ingest.rejected()));
            return "6 tables";
        });
        long drafts = progress.step("drafts", () -> ClaimReviewDrafts.write(out, scores, mentions,
                IngestStage.articles(analyzed)), written -> written + " in " + ClaimReviewDrafts.FILE);

        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("run_id", runId);
        manifest.put("command", settings.mode().name().toLowerCase());
        manifest.put("started_at", started.toString());
        manifest.put("input", settings.input());
        manifest.put("input_folders", settings.inputs().folders());
        manifest.put("window", settings.window().describe());
        manifest.put("output", out.outputPath());
        manifest.put("models", used.provenance());
        manifest.put("trained_in_this_run", trained.stream().map(ModelFolder.Trained::name).toList());
        Map<String, Object> counts = counts(ingest, analyzed, progress);
        counts.put("claimreview_drafts", drafts);
        Counts.checkOneDraftPerScore(progress.rows("scores"), drafts);
        counts.put("other_inputs", inputs.counts());
        manifest.put("counts", counts);
        manifest.put("spark", Map.of("version", spark.version(), "master", spark.sparkContext().master()));
        progress.report("counts", "for the manifest");
        progress.step("report", () -> writeReport(out, manifest, scores, outlets, inputs));
        manifest.put("finished_at", Instant.now().toString());
        manifest.put("seconds", Math.round(seconds(started) * 10) / 10.0);
        out.publish(manifest);
        System.err.printf("credibility: scored %d claims from %d articles (%d lines rejected) into %s in %.1f s%n",
                ((Map<?, ?>) manifest.get("counts")).get("scores"), ((Map<?, ?>) manifest.get("counts")).get("articles"),
                ((Map<?, ?>) manifest.get("counts")).get("rejected"), out.outputPath(), seconds(started));
    }

    /** The shipped default model, loaded only when the models in use lack one of its parts. */
    private static final class Fallback {
        private final SparkSession spark;
        private final String dir;
        private Map<String, ModelFolder.Model> loaded;

        Fallback(SparkSession spark, String dir) {
            this.spark = spark;
            this.dir = dir;
        }

        void fill(Map<String, ModelFolder.Model> models, String name) {
            if (!models.containsKey(name)) {
                if (loaded == null) {
                    loaded = ModelFolder.load(spark, dir);
                }
                Optional.ofNullable(loaded.get(name)).ifPresent(m -> models.put(name, m));
            }
        }
    }

    /** A model trained in this run, usable before it is saved (its version is set on saving). */
    private static ModelFolder.Model inTraining(ModelFolder.Trained t) {
        return new ModelFolder.Model(t.name(), "", "trained in this run", t.pipeline());
    }

    private static ModelFolder.Trained trainStance(JobSettings settings, InputChecks inputs, Dataset<Row> claims,
                                                   Dataset<Row> analyzed) {
        Map<String, Object> description = new LinkedHashMap<>(StanceModel.description());
        description.put("trained_on", Map.of("input", settings.input(), "labels", "stance_labels.jsonl"));
        return new ModelFolder.Trained(ModelFolder.STANCE,
                StanceModel.train(StanceStage.labelledPairs(inputs.stanceLabels(), claims, analyzed)), description);
    }

    /**
     * Fits the credibility model on the labelled claims' evidence. Where the input also labels
     * stances, the evidence is computed from those (a person's reading of each report) rather
     * than from predicted ones: the model learns how reports' stances bear on truth from the
     * cleanest signal there is; at scoring time it reads the stance model's predictions.
     */
    private static ModelFolder.Trained trainCredibility(JobSettings settings, InputChecks inputs, Dataset<Row> claims,
                                                        Dataset<Row> mentions, Dataset<Row> features) {
        boolean labelledStances = inputs.hasStanceLabels();
        Dataset<Row> evidence = labelledStances ? ClaimFeatureStage.apply(claims,
                StanceStage.withLabelledStances(mentions, inputs.stanceLabels())) : features;
        CredibilityModel.Trained fitted = CredibilityModel.train(evidence, inputs.labels());
        Map<String, Object> description = new LinkedHashMap<>(CredibilityModel.description());
        description.put("trained_on", Map.of("input", settings.input(),
                "labels", "labels.jsonl (true/false; unverified not fitted)",
                "stances", labelledStances ? "stance_labels.jsonl where a report has one, else the stance model's"
                        : "the stance model's predictions"));
        description.putAll(fitted.trainingSummary());
        return new ModelFolder.Trained(ModelFolder.CREDIBILITY, fitted.pipeline(), description);
    }

    /** report/: report.html and its charts (issue 6), with the labels when the input has them. */
    private static String writeReport(OutputWriter out, Map<String, Object> manifest, Dataset<Row> scores,
                                      Dataset<Row> outlets, InputChecks inputs) {
        RunReport.Files report = RunReport.build(manifest, scores, outlets, inputs.labelsIfAny());
        report.files().forEach((name, bytes) -> out.file("report/" + name, bytes));
        return report.files().size() + " files";
    }

    /** The manifest's counts; the stage tables' rows come from the progress lines, counted once. */
    private static Map<String, Object> counts(IngestStage.Result ingest, Dataset<Row> analyzed, Progress progress) {
        Map<String, Object> counts = Counts.ofArticles(ingest, analyzed, progress.rows("ingest"));
        for (String table : new String[] {"claims", "mentions", "scores", "outlets"}) {
            counts.put(table, progress.rows(table));
        }
        Counts.checkEveryClaimScored(progress.rows("claims"), progress.rows("scores"));
        return counts;
    }

    /**
     * Stage tables computed once and kept for the later stages, as reliable checkpoints: each is
     * written once to a checkpoint folder on the output's file system, and later queries read it
     * there. Without it, two branches of a later query (a self-join) compute a table twice, and
     * every later query re-plans the whole lineage (kept in memory with its lineage instead, the
     * seeds' later stages took 10-20 times longer). Written to a file system rather than kept in
     * executor memory, a table outlives a lost executor: the run goes on. The folder is removed
     * when the run ends.
     */
    private static final class KeptTables implements AutoCloseable {
        private final SparkSession spark;
        private final org.apache.hadoop.fs.Path dir;

        KeptTables(SparkSession spark, String dir) {
            this.spark = spark;
            this.dir = new org.apache.hadoop.fs.Path(dir);
            spark.sparkContext().setCheckpointDir(dir);
        }

        Dataset<Row> keep(Dataset<Row> table) {
            return table.checkpoint(true);
        }

        @Override
        public void close() {
            try {
                dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
            } catch (java.io.IOException e) {
                System.err.println("credibility: could not remove the checkpoints in " + dir + ": " + e.getMessage());
            }
        }
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
