package org.credibility.jobs.io;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.credibility.jobs.JobException;

/**
 * The optional input files present in the input folders (claims.jsonl, labels.jsonl,
 * stance_labels.jsonl; each read from every folder that has it), each checked line by line: their
 * valid rows, rejected lines and counts.
 * Labels and stance labels naming a claim the run did not find are rejected as "unknown claim".
 */
public final class InputChecks {
    private final Map<SideLine.Kind, SideInputReader.Result> results;

    private InputChecks(Map<SideLine.Kind, SideInputReader.Result> results) {
        this.results = results;
    }

    /** Reads every optional input file of {@code inputs}, each once: the one reader of each, for every command. */
    public static InputChecks read(SparkSession spark, InputFolders inputs) {
        Map<SideLine.Kind, SideInputReader.Result> results = new LinkedHashMap<>();
        for (SideLine.Kind kind : SideLine.Kind.values()) {
            List<String> folders = inputs.withFile(kind.file);
            if (!folders.isEmpty()) {
                results.put(kind, SideInputReader.apply(spark, folders, kind));
            }
        }
        return new InputChecks(results);
    }

    /**
     * The valid claims of claims.jsonl ({@code id}, {@code text}, {@code article_ids}: a repeated
     * id's first line), when the input has a claim list.
     */
    public Optional<Dataset<Row>> claimList() {
        return Optional.ofNullable(results.get(SideLine.Kind.CLAIMS)).map(SideInputReader.Result::valid);
    }

    /** The same, with labels and stance labels that name no claim (or article) of this run rejected. */
    public InputChecks matchClaims(Dataset<Row> claims, Dataset<Row> articles) {
        Map<SideLine.Kind, SideInputReader.Result> matched = new LinkedHashMap<>();
        results.forEach((kind, r) -> matched.put(kind,
                kind == SideLine.Kind.CLAIMS ? r : SideInputReader.matchClaims(r, claims, articles)));
        return new InputChecks(matched);
    }

    /** The valid labels of known claims ({@code claim_id}, {@code label}); fails without labels.jsonl. */
    public Dataset<Row> labels() {
        return labelsIfAny().orElseThrow(() -> new JobException("no labels.jsonl in the input folder"));
    }

    /** The valid labels of known claims, when the input has labels.jsonl. */
    public Optional<Dataset<Row>> labelsIfAny() {
        SideInputReader.Result r = results.get(SideLine.Kind.LABELS);
        return r == null ? Optional.empty() : Optional.of(r.valid().select("claim_id", "label"));
    }

    public boolean hasStanceLabels() {
        return results.containsKey(SideLine.Kind.STANCE_LABELS);
    }

    /** The valid stance labels of known claims and articles ({@code claim_id}, {@code article_id}, {@code stance}). */
    public Dataset<Row> stanceLabels() {
        SideInputReader.Result r = results.get(SideLine.Kind.STANCE_LABELS);
        if (r == null) {
            throw new JobException("no stance_labels.jsonl in the input folder");
        }
        return r.valid().select("claim_id", "article_id", "stance");
    }

    /** The articles' rejected lines and those of every optional input, by file and line. */
    public Dataset<Row> rejected(Dataset<Row> articles) {
        Dataset<Row> all = articles;
        for (SideInputReader.Result r : results.values()) {
            all = all.unionByName(r.rejected());
        }
        return all.orderBy("source", "line");
    }

    /** Per optional input file: lines read, blank, accepted, rejected by reason. */
    public Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        lines().forEach((file, c) -> counts.put(file, c.counts()));
        return counts;
    }

    private Map<String, Counts.Lines> lines() {
        Map<String, Counts.Lines> lines = new LinkedHashMap<>();
        results.forEach((kind, r) -> lines.put(kind.file, Counts.ofInput(r.parsed(), r.valid().count(), r.rejected())));
        return lines;
    }

    /** One line on stderr per optional input with rejected lines (train writes no rejected table). */
    public void warn(PrintStream err) {
        lines().forEach((file, c) -> {
            if (c.rejected() > 0) {
                List<String> reasons = new ArrayList<>();
                c.rejectedByReason().forEach((k, v) -> reasons.add(k + " " + v));
                err.printf("credibility: %s: %d of %d lines not used (%s)%n", file, c.rejected(), c.nonBlank(),
                        String.join(", ", reasons));
            }
        });
    }
}
