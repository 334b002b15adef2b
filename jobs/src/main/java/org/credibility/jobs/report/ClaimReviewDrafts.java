package org.credibility.jobs.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.credibility.features.evidence.ClaimReviewDraft;
import org.credibility.jobs.io.OutputWriter;

/**
 * {@code claimreview.jsonl}: one schema.org ClaimReview draft ({@link ClaimReviewDraft}) per
 * scored claim, one JSON-LD object a line, by claim id. Built on the executors; the driver only
 * streams the lines into the output's staging folder, so it is published with the tables.
 */
public final class ClaimReviewDrafts {
    public static final String FILE = "claimreview.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ClaimReviewDrafts() {
    }

    /** Writes the drafts of every row of {@code scores}; returns how many were written. */
    public static long write(OutputWriter out, Dataset<Row> scores, Dataset<Row> mentions, Dataset<Row> articles) {
        Dataset<String> lines = ClaimDossiers.of(scores, mentions, articles).orderBy("claim_id")
                .map((MapFunction<Row, String>) row -> line(row), Encoders.STRING());
        return out.lines(FILE, lines.toLocalIterator());
    }

    static String line(Row row) throws JsonProcessingException {
        return JSON.writeValueAsString(ClaimReviewDraft.of(ClaimDossiers.fromRow(row)));
    }
}
