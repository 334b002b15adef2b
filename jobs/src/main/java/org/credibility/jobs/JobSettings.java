package org.credibility.jobs;

import java.io.IOException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.credibility.jobs.ml.ModelFolder;
import scala.Tuple2;

/**
 * What one command was asked to do, with the defaults of DESIGN.md filled in. Paths are
 * Hadoop paths, so {@code hdfs://} and {@code s3a://} folders work as well as local ones.
 */
public record JobSettings(Mode mode, String input, String output, Optional<String> model, String master) {

    public enum Mode { RUN, TRAIN, SCORE }

    /** Where the repository is: bin/credibility exports it; else the working directory. */
    static String home() {
        String home = System.getenv("CREDIBILITY_HOME");
        return home == null || home.isBlank() ? "." : home;
    }

    static String defaultInput() {
        return home() + "/seeds";
    }

    static String defaultModel() {
        return home() + "/seeds/model";
    }

    public static JobSettings forRun(Optional<String> input, Optional<String> output, Optional<String> model,
                                     Optional<String> master) {
        return new JobSettings(Mode.RUN, input.orElse(defaultInput()), output.orElse("out"), model, master.orElse(null));
    }

    public static JobSettings forTrain(String input, String model, Optional<String> master) {
        return new JobSettings(Mode.TRAIN, input, null, Optional.of(model), master.orElse(null));
    }

    public static JobSettings forScore(String input, String model, String output, Optional<String> master) {
        return new JobSettings(Mode.SCORE, input, output, Optional.of(model), master.orElse(null));
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

    /** True when this command fits a new credibility model. */
    public boolean trains() {
        return mode == Mode.TRAIN || (mode == Mode.RUN && model.isEmpty() && exists(labelsPath()));
    }

    /** The model folder to load for scoring, when scoring does not use a model trained in this run. */
    public String modelToLoad() {
        return model.orElse(defaultModel());
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
        if (mode == Mode.TRAIN && !exists(labelsPath())) {
            throw new JobException("train needs labels.jsonl in the input folder: " + input);
        }
        if (!trains()) {
            String dir = modelToLoad();
            if (!exists(dir + "/" + ModelFolder.METADATA)) {
                throw new JobException("not a model folder (no " + ModelFolder.METADATA + "): " + dir);
            }
            ModelFolder.check(dir, hadoopConfiguration());
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
