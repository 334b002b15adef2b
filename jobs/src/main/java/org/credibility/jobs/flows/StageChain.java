package org.credibility.jobs.flows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.io.InputChecks;
import org.credibility.jobs.ml.CredibilityModel;
import org.credibility.jobs.ml.ModelFolder;
import org.credibility.jobs.ml.StanceModel;
import org.credibility.jobs.stages.ClaimFeatureStage;
import org.credibility.jobs.stages.ClaimStage;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.LinkStage;
import org.credibility.jobs.stages.StanceStage;
import org.credibility.jobs.stages.WatchListStage;

/**
 * The stages both flows run, in order — ingest, claims, (train stance), links, mentions, claim
 * features, (train credibility) — and the models they use: those given, those trained in this
 * run, and the shipped default model for any part still missing. Each stage is a pure function
 * of earlier tables, kept once computed.
 */
final class StageChain {
    /** Links, mentions and the claims' features: the evidence a score rests on. */
    record Evidence(Dataset<Row> links, Dataset<Row> mentions, Dataset<Row> features) {
    }

    private final JobSettings settings;
    private final SparkRun run;
    private final KeptTables kept;
    private final Map<String, ModelFolder.Model> models;
    private final Fallback fallback;
    private final List<ModelFolder.Trained> trained = new ArrayList<>();
    final IngestStage.Result ingest;
    final Dataset<Row> analyzed;
    final Dataset<Row> claims;
    final InputChecks inputs;

    /**
     * Loads the given models, then reads the input: articles (analysed), the optional input files
     * (each once) and the claims — claims.jsonl's when the input has a claim list (a watch list,
     * with its known reports), else those extracted from the articles.
     */
    StageChain(JobSettings settings, SparkRun run, KeptTables kept) {
        this.settings = settings;
        this.run = run;
        this.kept = kept;
        SparkSession spark = run.spark();
        // Load the given models before any work: an unusable one fails the run in seconds.
        models = new LinkedHashMap<>(settings.modelToLoad().map(dir -> ModelFolder.load(spark, dir)).orElse(Map.of()));
        fallback = new Fallback(spark, settings.fallbackModel());
        ingest = IngestStage.apply(spark, settings.inputs().folders(), settings.window());
        analyzed = run.progress().stage("ingest", () -> kept.keep(ingest.analyzed()));
        InputChecks read = InputChecks.read(spark, settings.inputs());
        Optional<Dataset<Row>> claimList = read.claimList();
        claims = run.progress().stage("claims", () -> kept.keep(claimList.map(WatchListStage::claims)
                .orElseGet(() -> ClaimStage.apply(analyzed))));
        inputs = read.matchClaims(claims, analyzed);
    }

    /** Trains the stance model when the command asks for it, on the input's stance labels. */
    void trainStanceIfAsked() {
        if (settings.trains(ModelFolder.STANCE)) {
            train(run.progress().step("train", ModelFolder.STANCE + " model", this::trainStance));
        }
    }

    /** Links, mentions and claim features, with the stance model trained, given or shipped. */
    Evidence evidence() {
        fallback.fill(models, ModelFolder.STANCE);
        Optional<PipelineModel> stance = Optional.ofNullable(models.get(ModelFolder.STANCE))
                .map(ModelFolder.Model::pipeline);
        boolean claimList = inputs.claimList().isPresent();
        Progress progress = run.progress();
        Dataset<Row> links = progress.stage("links", () -> kept.keep(
                claimList ? WatchListStage.links(claims, analyzed) : LinkStage.apply(claims, analyzed)));
        Dataset<Row> mentions = progress.stage("mentions",
                () -> kept.keep(StanceStage.apply(links, claims, analyzed, stance)));
        Dataset<Row> features = progress.stage("features", () -> kept.keep(ClaimFeatureStage.apply(claims, mentions)));
        return new Evidence(links, mentions, features);
    }

    /** Trains the credibility model when the command asks for it, on the input's labels. */
    void trainCredibilityIfAsked(Evidence evidence) {
        if (settings.trains(ModelFolder.CREDIBILITY)) {
            train(run.progress().step("train", ModelFolder.CREDIBILITY + " model",
                    () -> trainCredibility(evidence)));
        }
    }

    /** The models trained in this run, in the order trained. */
    List<ModelFolder.Trained> trained() {
        return trained;
    }

    /** The models by name: given or trained in this run (and the shipped stance model once evidence ran). */
    Map<String, ModelFolder.Model> models() {
        return models;
    }

    /** The models by name, the shipped default model's where none was given or trained: those a score uses. */
    Map<String, ModelFolder.Model> modelsWithDefaults() {
        JobSettings.MODELS.forEach(name -> fallback.fill(models, name));
        return models;
    }

    private void train(ModelFolder.Trained t) {
        trained.add(t);
        // usable before it is saved (its version is set on saving)
        models.put(t.name(), new ModelFolder.Model(t.name(), "", "trained in this run", t.pipeline()));
    }

    private ModelFolder.Trained trainStance() {
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
    private ModelFolder.Trained trainCredibility(Evidence predicted) {
        boolean labelledStances = inputs.hasStanceLabels();
        Dataset<Row> evidence = labelledStances ? ClaimFeatureStage.apply(claims,
                StanceStage.withLabelledStances(predicted.mentions(), inputs.stanceLabels())) : predicted.features();
        CredibilityModel.Trained fitted = CredibilityModel.train(evidence, inputs.labels());
        Map<String, Object> description = new LinkedHashMap<>(CredibilityModel.description());
        description.put("trained_on", Map.of("input", settings.input(),
                "labels", "labels.jsonl (true/false; unverified not fitted)",
                "stances", labelledStances ? "stance_labels.jsonl where a report has one, else the stance model's"
                        : "the stance model's predictions"));
        description.putAll(fitted.trainingSummary());
        return new ModelFolder.Trained(ModelFolder.CREDIBILITY, fitted.pipeline(), description);
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
}
