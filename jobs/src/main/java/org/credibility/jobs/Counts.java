package org.credibility.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.substring_index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.credibility.jobs.stages.IngestStage;
import org.credibility.jobs.stages.ParsedLines;

/**
 * The line counts of an input file for the manifest, checked: every non-blank line is either
 * accepted (or, an article, dated outside the run's window) or rejected, never both or neither.
 * Reasons and repairs read "kind: detail"; the manifest counts kinds.
 */
final class Counts {
    private Counts() {
    }

    /**
     * articles.jsonl: lines read, blank, articles (and of them those without a date), articles
     * dated outside the window (not read, and not faulty: not rejected), rejected by reason,
     * repairs by kind.
     */
    static Map<String, Object> ofArticles(IngestStage.Result ingest, Dataset<Row> analyzed, long articles) {
        Map<String, Long> used = new LinkedHashMap<>();
        used.put("articles", articles);
        used.put("outside_window", ingest.outsideWindow().count());
        Map<String, Object> counts = lines(ingest.parsed(), used, ingest.rejected());
        Map<String, Object> withUndated = new LinkedHashMap<>();
        counts.forEach((name, count) -> {
            withUndated.put(name, count);
            if (name.equals("articles")) {
                withUndated.put("undated", analyzed.filter(col("published").isNull()).count());
            }
        });
        withUndated.put("repairs_by_kind",
                byKind(analyzed.select(explode(col("repairs")).as("repair")), col("repair")));
        return withUndated;
    }

    /** Every claim is scored, a watched claim no article reports included: its scores row says so. */
    static void checkEveryClaimScored(long claims, long scores) {
        if (claims != scores) {
            throw new JobException(String.format("counts do not add up: %d claims but %d scores", claims, scores));
        }
    }

    /** claimreview.jsonl has one draft for each row of scores. */
    static void checkOneDraftPerScore(long scores, long drafts) {
        if (drafts != scores) {
            throw new JobException(String.format("counts do not add up: %d scores but %d ClaimReview drafts", scores, drafts));
        }
    }

    /** An optional input: lines read, blank, accepted, rejected by reason. */
    static Map<String, Object> ofInput(ParsedLines parsed, long accepted, Dataset<Row> rejected) {
        return lines(parsed, Map.of("accepted", accepted), rejected);
    }

    /** {@code used}: the non-blank lines not rejected, by what became of them. */
    private static Map<String, Object> lines(ParsedLines parsed, Map<String, Long> used, Dataset<Row> rejected) {
        long read = parsed.read();
        long blank = parsed.blank();
        Map<String, Long> byReason = byKind(rejected, col("reason"));
        long rejectedLines = byReason.values().stream().mapToLong(Long::longValue).sum();
        long usedLines = used.values().stream().mapToLong(Long::longValue).sum();
        if (usedLines + rejectedLines != read - blank) {
            List<String> terms = new ArrayList<>();
            used.forEach((name, count) -> terms.add(count + " " + name.replace('_', ' ')));
            throw new JobException(String.format("line counts do not add up: %s + %d rejected != %d non-blank lines",
                    String.join(" + ", terms), rejectedLines, read - blank));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("lines_read", read);
        counts.put("blank_lines", blank);
        counts.put("non_blank_lines", read - blank);
        counts.putAll(used);
        counts.put("rejected", rejectedLines);
        counts.put("rejected_by_reason", byReason);
        return counts;
    }

    /** Rows per kind (the text before the first ':'), most frequent first, then by name. */
    private static Map<String, Long> byKind(Dataset<Row> rows, Column text) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        for (Row r : rows.groupBy(substring_index(text, ":", 1).as("kind")).count()
                .orderBy(col("count").desc(), col("kind")).collectAsList()) {
            byKind.put(r.getString(0), r.getLong(1));
        }
        return byKind;
    }
}
