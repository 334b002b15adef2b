package org.credibility.jobs.io;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The manifest of one output, {@code _manifest.json}: what ran, on what, with which models, and
 * the counts. Written last ({@link OutputWriter#publish}); its JSON keys are the snake_case names
 * of the components, in this order, then {@code finished_at} and {@code seconds}.
 *
 * @param window the date window ({@link DateWindow#describe()})
 * @param models the models used, with their provenance
 * @param counts lines and rows by input file and table
 */
public record Manifest(String runId, String command, Instant startedAt, String input, List<String> inputFolders,
                       Map<String, Object> window, String output, Map<String, Object> models,
                       List<String> trainedInThisRun, Map<String, Object> counts, Spark spark) {

    /** The Spark the run ran on. */
    public record Spark(String version, String master) {
    }

    /** The manifest so far (the run report shows it), in the order of the JSON file. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run_id", runId);
        m.put("command", command);
        m.put("started_at", startedAt.toString());
        m.put("input", input);
        m.put("input_folders", inputFolders);
        m.put("window", window);
        m.put("output", output);
        m.put("models", models);
        m.put("trained_in_this_run", trainedInThisRun);
        m.put("counts", counts);
        m.put("spark", Map.of("version", spark.version(), "master", spark.master()));
        return m;
    }

    /** The whole manifest of a run that finished {@code at}, {@code seconds} after it started. */
    public Map<String, Object> finished(Instant at, double seconds) {
        Map<String, Object> m = asMap();
        m.put("finished_at", at.toString());
        m.put("seconds", Math.round(seconds * 10) / 10.0);
        return m;
    }
}
