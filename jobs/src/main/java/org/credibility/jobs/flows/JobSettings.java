package org.credibility.jobs.flows;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.credibility.jobs.JobException;
import org.credibility.jobs.UsageException;
import org.credibility.jobs.io.ArticleReader;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.io.FileSystems;
import org.credibility.jobs.io.InputFolders;
import org.credibility.jobs.io.OutputWriter;
import org.credibility.jobs.ml.ModelFolder;

/**
 * What one command was asked to do, with the defaults of docs/command-line.md filled in. Paths are
 * Hadoop paths, so {@code hdfs://} and {@code s3a://} folders work as well as local ones.
 */
public record JobSettings(Mode mode, InputFolders inputs, DateWindow window, String output, Optional<String> model,
                          Spark spark, Optional<String> only, Duration waitForOutput) {

    /**
     * How to start Spark when nobody (spark-submit, a test) has: {@code master} (null: local[*])
     * and {@code --conf} settings, which spark-submit's own settings override.
     */
    public record Spark(String master, Map<String, String> conf) {
        public static Spark of(Optional<String> master, List<String> confs) {
            Map<String, String> conf = new LinkedHashMap<>();
            for (String setting : confs) {
                int eq = setting.indexOf('=');
                if (eq <= 0 || !setting.startsWith("spark.")) {
                    throw new UsageException("--conf takes spark.NAME=VALUE, not '" + setting + "'");
                }
                conf.put(setting.substring(0, eq), setting.substring(eq + 1));
            }
            return new Spark(master.orElse(null), conf);
        }
    }

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

    /**
     * {@code inputs}: the --input values (none: the seeds); {@code wait}: how long to wait for
     * another run that holds the output.
     */
    public static JobSettings forRun(List<String> inputs, DateWindow window, Optional<String> output,
                                     Optional<String> model, Spark spark, Duration wait) {
        return new JobSettings(Mode.RUN, InputFolders.resolve(inputs.isEmpty() ? List.of(defaultInput()) : inputs),
                window, output.orElse("out"), model, spark, Optional.empty(), wait);
    }

    /** {@code only}: train just this model (stance or credibility); the folder keeps its others. */
    public static JobSettings forTrain(List<String> inputs, DateWindow window, String model, Spark spark,
                                       Optional<String> only) {
        if (only.isPresent() && !MODELS.contains(only.get())) {
            throw new UsageException("train: --only takes " + String.join(" or ", MODELS) + ", not '" + only.get() + "'");
        }
        return new JobSettings(Mode.TRAIN, InputFolders.resolve(inputs), window, null, Optional.of(model), spark, only,
                Duration.ZERO);
    }

    public static JobSettings forScore(List<String> inputs, DateWindow window, String model, String output, Spark spark,
                                       Duration wait) {
        return new JobSettings(Mode.SCORE, InputFolders.resolve(inputs), window, output, Optional.of(model), spark,
                Optional.empty(), wait);
    }

    /** The --input values as given, comma-joined (the manifest's and a trained model's "input"). */
    public String input() {
        return inputs.given();
    }

    /**
     * True when this command fits the named model: {@code train}, or {@code run} without
     * {@code --model}, on an input that has the model's labels (stance_labels.jsonl for stance,
     * labels.jsonl for credibility), unless {@code --only} names the other model.
     */
    public boolean trains(String name) {
        boolean mayTrain = mode == Mode.TRAIN || (mode == Mode.RUN && model.isEmpty());
        String labels = name.equals(ModelFolder.STANCE) ? "stance_labels.jsonl" : "labels.jsonl";
        return mayTrain && only.map(name::equals).orElse(true) && !inputs.withFile(labels).isEmpty();
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
        return mode == Mode.TRAIN ? model.filter(dir -> FileSystems.exists(dir + "/" + ModelFolder.METADATA)) : model;
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
        for (String folder : inputs.folders()) {
            if (!FileSystems.exists(folder)) {
                throw new JobException("input folder not found: " + folder);
            }
            if (!FileSystems.exists(folder + "/" + ArticleReader.SOURCE)) {
                throw new JobException("input folder has no " + ArticleReader.SOURCE + ": " + folder);
            }
        }
        if (mode == Mode.TRAIN && !trains()) {
            throw new JobException("train needs " + only.map(m -> m.equals(ModelFolder.STANCE) ? "stance_labels.jsonl"
                    : "labels.jsonl").orElse("labels.jsonl or stance_labels.jsonl") + " in the input folder: " + input());
        }
        // The default model fills in what the given folder lacks; train loads it only when needed.
        boolean complete = false;
        if (modelToLoad().isPresent()) {
            complete = checkModel(modelToLoad().get()).path("models").size() == MODELS.size();
        }
        if (mode != Mode.TRAIN && !complete) {
            checkModel(fallbackModel());
        }
        if (output != null) {
            try {
                Path out = new Path(output);
                OutputWriter.requireReplaceable(FileSystems.of(out), out, output);
            } catch (IOException e) {
                throw new JobException("cannot use output folder " + output + ": " + e.getMessage(), e);
            }
        }
        if (mode == Mode.TRAIN) {
            requireModelFolderOrNew(model.orElseThrow());
        }
    }

    /**
     * train writes into its --model folder, replacing the models of the names it trains: only a
     * model folder (its metadata.json), an empty folder or a new one may be written.
     */
    private static void requireModelFolderOrNew(String dir) {
        try {
            Path p = new Path(dir);
            FileSystem fs = FileSystems.of(p);
            if (fs.exists(p) && (fs.getFileStatus(p).isFile()
                    || fs.listStatus(p).length > 0 && !fs.exists(new Path(p, ModelFolder.METADATA)))) {
                throw new JobException("refusing to write a model into " + dir + ": it is not a model folder (no "
                        + ModelFolder.METADATA + "); name a new --model folder");
            }
        } catch (IOException e) {
            throw new JobException("cannot use model folder " + dir + ": " + e.getMessage(), e);
        }
    }

    private static JsonNode checkModel(String dir) {
        if (!FileSystems.exists(dir + "/" + ModelFolder.METADATA)) {
            throw new JobException("not a model folder (no " + ModelFolder.METADATA + "): " + dir);
        }
        return ModelFolder.check(dir, FileSystems.hadoopConfiguration());
    }

}
