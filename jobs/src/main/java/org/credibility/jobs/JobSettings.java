package org.credibility.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.credibility.jobs.cli.UsageException;
import org.credibility.jobs.ml.ModelFolder;
import scala.Tuple2;

/**
 * What one command was asked to do, with the defaults of DESIGN.md filled in. Paths are
 * Hadoop paths, so {@code hdfs://} and {@code s3a://} folders work as well as local ones.
 */
public record JobSettings(Mode mode, String input, String output, Optional<String> model, String master,
                          Optional<String> only) {

    public enum Mode { RUN, TRAIN, SCORE }

    /** The models a command can train, each from its own labels file in the input. */
    public static final List<String> MODELS = List.of(ModelFolder.STANCE, ModelFolder.CREDIBILITY);

    /** Where the repository is: bin/credibility exports it; else the working directory. */
    static String home() {
        String home = System.getenv("CREDIBILITY_HOME");
        return home == null || home.isBlank() ? "." : home;
    }

    static String defaultInput() {
        return home() + "/seeds";
    }

    /** The default model shipped in the repository (seeds/model). */
    public static String defaultModel() {
        return home() + "/seeds/model";
    }

    public static JobSettings forRun(Optional<String> input, Optional<String> output, Optional<String> model,
                                     Optional<String> master) {
        return new JobSettings(Mode.RUN, input.orElse(defaultInput()), output.orElse("out"), model, master.orElse(null),
                Optional.empty());
    }

    /** {@code only}: train just this model (stance or credibility); the folder keeps its others. */
    public static JobSettings forTrain(String input, String model, Optional<String> master, Optional<String> only) {
        if (only.isPresent() && !MODELS.contains(only.get())) {
            throw new UsageException("train: --only takes " + String.join(" or ", MODELS) + ", not '" + only.get() + "'");
        }
        return new JobSettings(Mode.TRAIN, input, null, Optional.of(model), master.orElse(null), only);
    }

    public static JobSettings forScore(String input, String model, String output, Optional<String> master) {
        return new JobSettings(Mode.SCORE, input, output, Optional.of(model), master.orElse(null), Optional.empty());
    }

    public String articlesPath() {
        return input + "/articles.jsonl";
    }

    /** The claim-centric way in: a watch list of claims with their known reports (optional). */
    public String claimsPath() {
        return input + "/claims.jsonl";
    }

    public boolean hasClaimList() {
        return exists(claimsPath());
    }

    public String labelsPath() {
        return input + "/labels.jsonl";
    }

    public String stanceLabelsPath() {
        return input + "/stance_labels.jsonl";
    }

    /**
     * True when this command fits the named model: {@code train}, or {@code run} without
     * {@code --model}, on an input that has the model's labels (stance_labels.jsonl for stance,
     * labels.jsonl for credibility), unless {@code --only} names the other model.
     */
    public boolean trains(String name) {
        boolean mayTrain = mode == Mode.TRAIN || (mode == Mode.RUN && model.isEmpty());
        String labels = name.equals(ModelFolder.STANCE) ? stanceLabelsPath() : labelsPath();
        return mayTrain && only.map(name::equals).orElse(true) && exists(labels);
    }

    /** True when this command fits any model. */
    public boolean trains() {
        return MODELS.stream().anyMatch(this::trains);
    }

    /**
     * The model folder whose models this command uses unless it trains them: {@code --model} for
     * run and score; for train, the folder it writes when that already holds models (it keeps them).
     */
    public Optional<String> modelToLoad() {
        return mode == Mode.TRAIN ? model.filter(dir -> exists(dir + "/" + ModelFolder.METADATA)) : model;
    }

    /** The shipped default model: whatever the models in use lack comes from it. */
    public String fallbackModel() {
        return defaultModel();
    }

    /** Where a model trained by this command goes. */
    public String modelToWrite() {
        return mode == Mode.TRAIN ? model.orElseThrow() : output + "/model";
    }

    /** Checks the folders before any Spark work starts, so a bad path fails in a second. */
    public void validate() {
        if (!exists(input)) {
            throw new JobException("input folder not found: " + input);
        }
        if (!exists(articlesPath())) {
            throw new JobException("input folder has no articles.jsonl: " + input);
        }
        if (mode == Mode.TRAIN && !trains()) {
            throw new JobException("train needs " + only.map(m -> m.equals(ModelFolder.STANCE) ? "stance_labels.jsonl"
                    : "labels.jsonl").orElse("labels.jsonl or stance_labels.jsonl") + " in the input folder: " + input);
        }
        // The default model fills in what the given folder lacks; train loads it only when needed.
        boolean complete = false;
        if (modelToLoad().isPresent()) {
            complete = checkModel(modelToLoad().get()).path("models").size() == MODELS.size();
        }
        if (mode != Mode.TRAIN && !complete) {
            checkModel(fallbackModel());
        }
        if (output != null && isFile(output)) {
            throw new JobException("output path is a file, not a folder: " + output);
        }
    }

    /**
     * Hadoop's configuration as Spark's jobs will see it: with the {@code spark.hadoop.*}
     * settings given to spark-submit (a file system's endpoint or credentials), which the checks
     * need before Spark starts.
     */
    static Configuration hadoopConfiguration() {
        Configuration conf = new Configuration();
        for (Tuple2<String, String> setting : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
            conf.set(setting._1(), setting._2());
        }
        return conf;
    }

    private static JsonNode checkModel(String dir) {
        if (!exists(dir + "/" + ModelFolder.METADATA)) {
            throw new JobException("not a model folder (no " + ModelFolder.METADATA + "): " + dir);
        }
        return ModelFolder.check(dir, hadoopConfiguration());
    }

    static boolean exists(String path) {
        try {
            Path p = new Path(path);
            return p.getFileSystem(hadoopConfiguration()).exists(p);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isFile(String path) {
        try {
            Path p = new Path(path);
            FileSystem fs = p.getFileSystem(hadoopConfiguration());
            return fs.exists(p) && fs.getFileStatus(p).isFile();
        } catch (IOException e) {
            return false;
        }
    }
}
