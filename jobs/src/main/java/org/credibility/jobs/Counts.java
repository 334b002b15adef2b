package org.credibility.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.substring_index;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The line counts of an input file for the manifest, checked: every non-blank line is either
 * accepted or rejected, never both or neither. Reasons and repairs read "kind: detail"; the
 * manifest counts kinds.
 */
final class Counts {
    private Counts() {
    }

    /** articles.jsonl: lines read, blank, articles, rejected by reason, repairs by kind. */
    static Map<String, Object> ofArticles(Dataset<Row> parsed, Dataset<Row> analyzed, long articles,
                                          Dataset<Row> rejected) {
        Map<String, Object> counts = lines(parsed, articles, rejected, "articles");
        counts.put("repairs_by_kind", byKind(analyzed.select(explode(col("repairs")).as("repair")), col("repair")));
        return counts;
    }

    /** Every claim is scored, a watched claim no article reports included: its scores row says so. */
    static void checkEveryClaimScored(long claims, long scores) {
        if (claims != scores) {
            throw new JobException(String.format("counts do not add up: %d claims but %d scores", claims, scores));
        }
    }

    /** An optional input: lines read, blank, accepted, rejected by reason. */
    static Map<String, Object> ofInput(Dataset<Row> parsed, long accepted, Dataset<Row> rejected) {
        return lines(parsed, accepted, rejected, "accepted");
    }

    private static Map<String, Object> lines(Dataset<Row> parsed, long accepted, Dataset<Row> rejected,
                                             String acceptedName) {
        Row lines = parsed.agg(count(lit(1)), sum(when(col("blank"), 1).otherwise(0))).first();
        long read = lines.getLong(0);
        long blank = lines.isNullAt(1) ? 0L : lines.getLong(1);
        Map<String, Long> byReason = byKind(rejected, col("reason"));
        long rejectedLines = byReason.values().stream().mapToLong(Long::longValue).sum();
        if (accepted + rejectedLines != read - blank) {
            throw new JobException(String.format("line counts do not add up: %d %s + %d rejected != %d non-blank lines",
                    accepted, acceptedName, rejectedLines, read - blank));
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("lines_read", read);
        counts.put("blank_lines", blank);
        counts.put("non_blank_lines", read - blank);
        counts.put(acceptedName, accepted);
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
