package org.credibility.jobs.evaluation;

import org.credibility.jobs.ml.StanceModel;
import static org.apache.spark.sql.functions.col;

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
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.credibility.jobs.JobException;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.io.InputChecks;
import org.credibility.jobs.io.InputFolders;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.WatchListStage;

/**
 * {@code evaluate stance}: on a labelled input folder (articles.jsonl, claims.jsonl,
 * stance_labels.jsonl), split the pairs with {@link GroupedSplit} (by article, or by story so
 * that no claim and no article is on both sides), train {@link StanceModel} on one side, predict
 * the other and write report.json and report.md (FNC-1 score, macro-F1, confusion matrix, the
 * dev set's label mix, timings).
 */
public final class StanceEvaluation {
    /** The columns of stance_labels.jsonl, all strings. */
    public static final StructType LABELS = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("article_id", DataTypes.StringType)
            .add("stance", DataTypes.StringType);
    static final StructType SIDES = new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("side", DataTypes.StringType, false);

    private StanceEvaluation() {
    }

    public static Map<String, Object> run(SparkSession spark, String input, Path output,
                                          GroupedSplit.Grouping grouping, double devShare, long seed) {
        Instant started = Instant.now();
        Map<String, Object> seconds = new LinkedHashMap<>();
        Dataset<Row> analyzed = IngestStage.apply(spark, List.of(input), DateWindow.ALL).analyzed()
                .select(col("id").as("article_id"), col("sentences"))
                .persist(StorageLevel.MEMORY_AND_DISK());
        long articles = analyzed.count();
        seconds.put("ingest", since(started));

        Dataset<Row> claims = WatchListStage.claims(spark, List.of(input))
                .select(col("claim_id"), col("text").as("claim_text"));
        // Read as run and train read them: stance lower-cased, ids stripped, a repeated pair's first line.
        Dataset<Row> labels = InputChecks.read(spark, InputFolders.of(input)).stanceLabels();

        List<Row> ids = labels.collectAsList();
        List<GroupedSplit.Pair> pairs = new ArrayList<>(ids.size());
        for (Row r : ids) {
            pairs.add(new GroupedSplit.Pair(r.getString(0), r.getString(1), !r.getString(2).equals("unrelated")));
        }
        GroupedSplit split = new GroupedSplit(pairs, grouping, devShare, seed);
        List<Row> sides = new ArrayList<>(ids.size());
        for (GroupedSplit.Pair p : pairs) {
            sides.add(RowFactory.create(p.claimId(), p.articleId(), split.side(p.claimId(), p.articleId()).name()));
        }
        Dataset<Row> all = labels.join(spark.createDataFrame(sides, SIDES), new String[] {"claim_id", "article_id"})
                .join(claims, "claim_id").join(analyzed, "article_id")
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> train = all.filter(col("side").equalTo("TRAIN"));
        Dataset<Row> dev = all.filter(col("side").equalTo("DEV"));
        long trainPairs = train.count();
        long devPairs = dev.count();
        if (trainPairs == 0 || devPairs == 0) {
            throw new JobException("evaluate: the split left " + trainPairs + " training and " + devPairs
                    + " dev pairs; need both");
        }

        Instant t = Instant.now();
        PipelineModel model = StanceModel.train(train);
        seconds.put("train", since(t));
        t = Instant.now();
        StanceMetrics metrics = new StanceMetrics();
        for (Row r : StanceModel.predict(model, dev).select("stance", "predicted_stance").collectAsList()) {
            metrics.add(r.getString(0), r.getString(1));
        }
        seconds.put("predict_dev", since(t));
        seconds.put("total", since(started));

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("task", "stance");
        report.put("input", input);
        Map<String, Object> splitReport = new LinkedHashMap<>();
        splitReport.put("grouping", grouping == GroupedSplit.Grouping.ARTICLE
                ? "article: whole articles (FNC-1 Body IDs) to one side; a claim may be on both"
                : "story: claims and articles joined by a related pair stay together; no claim or article on both sides");
        splitReport.put("dev_share", devShare);
        splitReport.put("seed", seed);
        splitReport.put("train_pairs", trainPairs);
        splitReport.put("dev_pairs", devPairs);
        splitReport.put("pairs_left_out", ids.size() - trainPairs - devPairs);
        splitReport.put("articles", articles);
        splitReport.put("dev_labels", metrics.goldCounts());
        report.put("split", splitReport);
        report.put("model", StanceModel.description());
        report.put("dev", metrics.toMap());
        report.put("seconds", seconds);
        report.put("spark", Map.of("version", spark.version(), "master", spark.sparkContext().master()));
        write(output, report, metrics);
        return report;
    }

    private static void write(Path output, Map<String, Object> report, StanceMetrics metrics) {
        try {
            Files.createDirectories(output);
            Files.write(output.resolve("report.json"), new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(report));
            @SuppressWarnings("unchecked")
            Map<String, Object> split = (Map<String, Object>) report.get("split");
            String md = "# Stance evaluation\n\n"
                    + "Input: `" + report.get("input") + "`. Split by " + split.get("grouping") + " (seed "
                    + split.get("seed") + ", dev share " + split.get("dev_share") + "): " + split.get("train_pairs")
                    + " training pairs, " + split.get("dev_pairs") + " dev pairs, " + split.get("pairs_left_out")
                    + " left out (claim and article on different sides). Dev labels: " + split.get("dev_labels")
                    + ".\n\n"
                    + String.format("| metric (dev) | value |%n| --- | ---: |%n| FNC-1 score (relative) | %.4f |%n"
                            + "| macro-F1 | %.4f |%n| accuracy | %.4f |%n%n", metrics.fncScore(), metrics.macroF1(),
                    metrics.accuracy())
                    + metrics.markdownMatrix() + "\nSeconds: " + report.get("seconds") + "\n";
            Files.writeString(output.resolve("report.md"), md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new JobException("cannot write the report to " + output + ": " + e.getMessage(), e);
        }
    }

    private static double since(Instant t) {
        return Math.round(Duration.between(t, Instant.now()).toMillis() / 100.0) / 10.0;
    }
}
