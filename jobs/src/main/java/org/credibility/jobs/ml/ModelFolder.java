package org.credibility.jobs.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.credibility.features.Explanation;
import org.credibility.jobs.JobException;

/**
 * A model folder: {@code credibility/} (an MLlib PipelineModel, written with MLlib's writer)
 * and {@code metadata.json} (what is inside, trained on what, when, with which parameters and
 * metrics). The metadata's {@code version} identifies the model in every run's manifest.
 */
public final class ModelFolder {
    public static final String METADATA = "metadata.json";
    public static final String CREDIBILITY = "credibility";
    static final int FORMAT = 1;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** A loaded (or just trained) model with its folder and version. */
    public record Loaded(String path, String version, PipelineModel credibility) {
    }

    private ModelFolder() {
    }

    public static Loaded save(SparkSession spark, CredibilityModel.Trained trained, String dir, String input) {
        Instant now = Instant.now();
        String version = "credibility-" + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC).format(now);
        try {
            trained.pipeline().write().overwrite().save(dir + "/" + CREDIBILITY);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("format", FORMAT);
            meta.put("version", version);
            meta.put("trained_at", now.toString());
            meta.put("spark_version", spark.version());
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("path", CREDIBILITY);
            model.put("kind", "MLlib PipelineModel: VectorAssembler, StandardScaler, LogisticRegression");
            model.put("predicts", "P(claim is true)");
            model.put("features", Explanation.FEATURES);
            model.put("trained_on", Map.of("input", input, "labels", "labels.jsonl (true/false; unverified not fitted)"));
            model.putAll(trained.trainingSummary());
            meta.put("models", Map.of(CREDIBILITY, model));
            write(spark, new Path(dir, METADATA), JSON.writeValueAsBytes(meta));
        } catch (IOException e) {
            throw new JobException("could not write the model to " + dir + ": " + e.getMessage(), e);
        }
        return new Loaded(dir, version, trained.pipeline());
    }

    public static Loaded load(SparkSession spark, String dir) {
        JsonNode meta = check(dir, spark.sparkContext().hadoopConfiguration());
        try {
            return new Loaded(dir, meta.path("version").asText(), PipelineModel.load(dir + "/" + CREDIBILITY));
        } catch (RuntimeException e) {
            throw new JobException("cannot load the credibility model in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Checks a model folder without Spark, so an unusable one fails before any work: its
     * metadata.json is readable JSON of this build's format, lists the features this build
     * computes, and the MLlib model folder it names is there. Returns the metadata.
     */
    public static JsonNode check(String dir, Configuration conf) {
        JsonNode meta;
        Path metaPath = new Path(dir, METADATA);
        try (InputStream in = metaPath.getFileSystem(conf).open(metaPath)) {
            meta = JSON.readTree(in);
        } catch (IOException e) {
            throw new JobException("cannot read " + metaPath + ": " + firstLine(e.getMessage()), e);
        }
        if (meta == null || !meta.isObject()) {
            throw new JobException("not a model folder (" + METADATA + " is not a JSON object): " + dir);
        }
        if (meta.path("format").asInt() != FORMAT) {
            throw new JobException("incompatible model folder " + dir + ": format " + meta.path("format")
                    + ", this build reads format " + FORMAT);
        }
        List<String> features;
        try {
            features = JSON.convertValue(meta.path("models").path(CREDIBILITY).path("features"),
                    JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        } catch (IllegalArgumentException e) {
            features = null;
        }
        if (!Explanation.FEATURES.equals(features)) {
            throw new JobException("incompatible model folder " + dir + ": trained on features " + features
                    + ", this build computes " + Explanation.FEATURES);
        }
        Path mllib = new Path(new Path(dir, CREDIBILITY), "metadata");
        try {
            if (!mllib.getFileSystem(conf).exists(mllib)) {
                throw new JobException("incomplete model folder " + dir + ": no MLlib model in " + CREDIBILITY + "/");
            }
        } catch (IOException e) {
            throw new JobException("cannot read " + mllib + ": " + firstLine(e.getMessage()), e);
        }
        return meta;
    }

    private static String firstLine(String message) {
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }

    static void write(SparkSession spark, Path path, byte[] bytes) throws IOException {
        FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (OutputStream out = fs.create(path, true)) {
            out.write(bytes);
        }
    }
}
