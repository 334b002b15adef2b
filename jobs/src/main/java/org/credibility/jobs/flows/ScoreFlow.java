package org.credibility.jobs.flows;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.jobs.JobException;
import org.credibility.jobs.io.Counts;
import org.credibility.jobs.io.Manifest;
import org.credibility.jobs.io.OutputLock;
import org.credibility.jobs.io.OutputWriter;
import org.credibility.jobs.ml.ModelFolder;
import org.credibility.jobs.report.ClaimReviewDrafts;
import org.credibility.jobs.report.RunReport;
import org.credibility.jobs.stages.ClaimStage;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.OutletStage;
import org.credibility.jobs.stages.ScoreStage;
import org.credibility.jobs.stages.StanceStage;

/**
 * {@code run} and {@code score}: the stage chain (training the models the input has labels for
 * when {@code run} is given no model), then scores and outlets, written as the output's tables
 * with the run report and the manifest.
 */
public final class ScoreFlow {
    private ScoreFlow() {
    }

    public static void execute(JobSettings settings) {
        SparkRun.execute(settings, ScoreFlow::run);
    }

    private static void run(JobSettings settings, SparkRun run) {
        // The output's lock is taken before any work, so a second run to it fails in seconds.
        try (OutputWriter out = OutputWriter.begin(run.spark(), settings.output(),
                     OutputLock.Holder.of(run.runId(), run.started()), settings.waitForOutput());
             KeptTables kept = new KeptTables(run.spark(), out.checkpoints())) {
            run(settings, run, kept, out);
        }
    }

    private static void run(JobSettings settings, SparkRun run, KeptTables kept, OutputWriter out) {
        Progress progress = run.progress();
        StageChain chain = new StageChain(settings, run, kept);
        chain.trainStanceIfAsked();
        StageChain.Evidence evidence = chain.evidence();
        chain.trainCredibilityIfAsked(evidence);

        Map<String, ModelFolder.Model> models = chain.modelsWithDefaults();
        if (!chain.trained().isEmpty()) {
            models.putAll(ModelFolder.save(run.spark(), chain.trained(), out.staged("model"),
                    out.outputPath() + "/model", models));
        }
        ModelFolder.Models used = ModelFolder.Models.of(models);
        progress.report("models", used.versions());
        Dataset<Row> scores = progress.stage("scores",
                () -> kept.keep(ScoreStage.apply(evidence.features(), used.credibility())));
        Dataset<Row> outlets = progress.stage("outlets", () -> kept.keep(OutletStage.apply(chain.analyzed,
                evidence.mentions().filter(StanceStage.related()), scores)));

        progress.step("write", () -> {
            out.table("articles", IngestStage.articles(chain.analyzed));
            out.table("claims", chain.claims.select(ClaimStage.OUTPUT_COLUMNS[0],
                    Arrays.copyOfRange(ClaimStage.OUTPUT_COLUMNS, 1, ClaimStage.OUTPUT_COLUMNS.length)));
            out.table("mentions", evidence.mentions());
            out.table("scores", scores);
            out.table("outlets", outlets);
            out.table("rejected", chain.inputs.rejected(chain.ingest.rejected()));
            return "6 tables";
        });
        long drafts = progress.step("drafts", () -> ClaimReviewDrafts.write(out, scores, evidence.mentions(),
                IngestStage.articles(chain.analyzed)), written -> written + " in " + ClaimReviewDrafts.FILE);

        Counts.Lines articles = Counts.ofArticles(chain.ingest.read(), chain.analyzed, progress.rows("ingest"));
        Map<String, Object> counts = articles.counts();
        for (String table : new String[] {"claims", "mentions", "scores", "outlets"}) {
            counts.put(table, progress.rows(table));
        }
        checkEveryClaimScored(progress.rows("claims"), progress.rows("scores"));
        counts.put("claimreview_drafts", drafts);
        checkOneDraftPerScore(progress.rows("scores"), drafts);
        counts.put("other_inputs", chain.inputs.counts());
        Manifest manifest = new Manifest(run.runId(), settings.mode().name().toLowerCase(), run.started(),
                settings.input(), settings.inputs().folders(), settings.window().describe(), out.outputPath(),
                used.provenance(), chain.trained().stream().map(ModelFolder.Trained::name).toList(), counts,
                new Manifest.Spark(run.spark().version(), run.spark().sparkContext().master()));
        progress.report("counts", "for the manifest");
        progress.step("report", () -> {
            RunReport.Files report = RunReport.build(manifest.asMap(), scores, outlets, chain.inputs.labelsIfAny());
            report.files().forEach((name, bytes) -> out.file("report/" + name, bytes));
            return report.files().size() + " files";
        });
        out.publish(manifest.finished(Instant.now(), run.seconds()));
        System.err.printf("credibility: scored %d claims from %d articles (%d lines rejected) into %s in %.1f s%n",
                progress.rows("scores"), progress.rows("ingest"), articles.rejected(), out.outputPath(), run.seconds());
    }

    /** claimreview.jsonl has one draft for each row of scores. */
    private static void checkOneDraftPerScore(long scores, long drafts) {
        if (drafts != scores) {
            throw new JobException(String.format("counts do not add up: %d scores but %d ClaimReview drafts", scores, drafts));
        }
    }

    /** Every claim is scored, a watched claim no article reports included: its scores row says so. */
    private static void checkEveryClaimScored(long claims, long scores) {
        if (claims != scores) {
            throw new JobException(String.format("counts do not add up: %d claims but %d scores", claims, scores));
        }
    }
}
