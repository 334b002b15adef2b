package org.credibility.jobs.ml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.sql.SparkSession;
import org.credibility.features.evidence.ClaimFeatures;
import org.credibility.jobs.JobException;

/**
 * A model folder holds up to two MLlib PipelineModels, each in a subfolder written with MLlib's
 * writer — {@code stance/} ((claim, article) → agree / disagree / discuss / unrelated) and
 * {@code credibility/} (claim evidence → P(true)) — and {@code metadata.json}, which says for
 * each what it is, trained on what data, when, with which parameters and metrics, and its
 * version. A folder may hold only some models (FNC-1 teaches stance but has no verdicts): a run
 * takes the missing ones from the default model, and {@code fallbacks} in the metadata of a folder
 * written by a run says which folder they came from.
 */
public final class ModelFolder {
    public static final String METADATA = "metadata.json";
    public static final String STANCE = "stance";
    public static final String CREDIBILITY = "credibility";
    static final List<String> NAMES = List.of(STANCE, CREDIBILITY);
    static final int FORMAT = 2;
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final DateTimeFormatter VERSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One model: its name, the folder it lives in, its version and its fitted pipeline. */
    public record Model(String name, String folder, String version, PipelineModel pipeline) {
        /** What a manifest says of the model: where it is and which version. */
        public Map<String, Object> provenance() {
            return Map.of("path", folder, "version", version);
        }
    }

    /** A model just fitted, with what metadata.json should say of it (kind, features, data, metrics). */
    public record Trained(String name, PipelineModel pipeline, Map<String, Object> description) {
    }

    /**
     * The models a run scores with: a stance model (empty: the cue judge decides stance) and a
     * credibility model.
     */
    public record Models(Optional<Model> stance, Model credibility) {
        /** The models of a run by name; it must have a credibility model. */
        public static Models of(Map<String, Model> models) {
            Model credibility = models.get(CREDIBILITY);
            if (credibility == null) {
                throw new JobException("no credibility model: neither the given model folder nor the default one"
                        + " holds one");
            }
            return new Models(Optional.ofNullable(models.get(STANCE)), credibility);
        }

        /** One line for progress: each model's version. */
        public String versions() {
            return stance.map(Model::version).orElse("cue judge") + ", " + credibility.version();
        }

        /** Per model name: the folder and version that scored, or that the cue judge did. */
        public Map<String, Object> provenance() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put(STANCE, stance.<Object>map(Model::provenance)
                    .orElse(Map.of("path", "", "version", "cue judge (no trained stance model)")));
            m.put(CREDIBILITY, credibility.provenance());
            return m;
        }
    }

    private ModelFolder() {
    }

    /**
     * Writes freshly trained models into {@code dir} (replacing models of the same name there, and
     * keeping any others the folder already holds) and merges their entries into its metadata.
     * {@code used}: the models the command used, those from other folders are recorded as
     * fallbacks. Returns the saved models, placed in {@code publishedDir} (where a run's staged
     * output will be).
     */
    public static Map<String, Model> save(SparkSession spark, List<Trained> trained, String dir, String publishedDir,
                                          Map<String, Model> used) {
        Instant now = Instant.now();
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        ObjectNode meta = exists(new Path(dir, METADATA), conf) ? (ObjectNode) check(dir, conf) : JSON.createObjectNode();
        meta.put("format", FORMAT);
        meta.put("written_at", now.toString());
        meta.put("spark_version", spark.version());
        ObjectNode models = meta.has("models") ? (ObjectNode) meta.get("models") : meta.putObject("models");
        Map<String, Model> saved = new LinkedHashMap<>();
        try {
            for (Trained t : trained) {
                String version = t.name() + "-" + VERSION_TIME.format(now);
                t.pipeline().write().overwrite().save(dir + "/" + t.name());
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("path", t.name());
                entry.put("version", version);
                entry.put("trained_at", now.toString());
                entry.putAll(t.description());
                models.set(t.name(), JSON.valueToTree(entry));
                saved.put(t.name(), new Model(t.name(), publishedDir, version, t.pipeline()));
            }
            ObjectNode fallbacks = JSON.createObjectNode();
            used.forEach((name, m) -> {
                if (!models.has(name) && !m.folder().isEmpty()) {
                    fallbacks.set(name, JSON.valueToTree(m.provenance()));
                }
            });
            meta.set("fallbacks", fallbacks);
            write(spark, new Path(dir, METADATA), JSON.writeValueAsBytes(meta));
        } catch (IOException e) {
            throw new JobException("could not write the model to " + dir + ": " + e.getMessage(), e);
        }
        return saved;
    }

    /** The models a folder holds, by name (checked first: see {@link #check}). */
    public static Map<String, Model> load(SparkSession spark, String dir) {
        JsonNode meta = check(dir, spark.sparkContext().hadoopConfiguration());
        Map<String, Model> models = new LinkedHashMap<>();
        for (String name : NAMES) {
            JsonNode entry = meta.path("models").path(name);
            if (!entry.isMissingNode()) {
                try {
                    models.put(name, new Model(name, dir, entry.path("version").asText(),
                            PipelineModel.load(dir + "/" + name)));
                } catch (RuntimeException e) {
                    throw new JobException("cannot load the " + name + " model in " + dir + ": " + e.getMessage(), e);
                }
            }
        }
        return models;
    }

    /**
     * Checks a model folder without Spark, so an unusable one fails before any work: its
     * metadata.json is readable JSON of this build's format, holds at least one model, each
     * trained on the features this build computes, and the MLlib folders it names are there.
     * Returns the metadata.
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
        Map<String, List<String>> expected = Map.of(CREDIBILITY, ClaimFeatures.NAMES,
                STANCE, featureNames(JSON.valueToTree(StanceModel.description())));
        int found = 0;
        for (String name : NAMES) {
            JsonNode entry = meta.path("models").path(name);
            if (entry.isMissingNode()) {
                continue;
            }
            found++;
            List<String> features = featureNames(entry);
            if (!expected.get(name).equals(features)) {
                throw new JobException("incompatible model folder " + dir + ": its " + name + " model was trained on "
                        + "features " + features + ", this build computes " + expected.get(name));
            }
            if (!exists(new Path(new Path(dir, name), "metadata"), conf)) {
                throw new JobException("incomplete model folder " + dir + ": no MLlib model in " + name + "/");
            }
        }
        if (found == 0) {
            throw new JobException("model folder " + dir + " holds no model (" + String.join(", ", NAMES) + ")");
        }
        return meta;
    }

    private static List<String> featureNames(JsonNode description) {
        try {
            return JSON.convertValue(description.path("features"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean exists(Path path, Configuration conf) {
        try {
            return path.getFileSystem(conf).exists(path);
        } catch (IOException e) {
            throw new JobException("cannot read " + path + ": " + firstLine(e.getMessage()), e);
        }
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
