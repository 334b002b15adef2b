package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.substring;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Analysed articles → claims: the check-worthy sentences, each with a stable content-hash id. A
 * sentence an article repeats is one claim, at its first place: the id is of article and text, and
 * every later table is keyed by it.
 */
public final class ClaimStage {
    /** The columns of the {@code claims} output table, in order. */
    public static final String[] OUTPUT_COLUMNS = {"claim_id", "article_id", "outlet", "sentence_index", "text",
        "attribution", "source", "hedge_cues", "denial_cues", "numbers", "actors"};

    private ClaimStage() {
    }

    /** Claims with the internal columns later stages use ({@code origin}, {@code quantities}). */
    public static Dataset<Row> apply(Dataset<Row> analyzed) {
        return analyzed
                .select(col("id").as("article_id"), col("outlet"), col("origin"),
                        expr("filter(sentences, s -> s.check_worthy)").as("worthy"))
                .select(col("article_id"), col("outlet"), col("origin"), col("worthy.text").as("worthy_texts"),
                        posexplode(col("worthy")).as(new String[] {"position", "s"}))
                .filter(array_position(col("worthy_texts"), col("s.text")).equalTo(col("position").plus(1)))
                .select(claimId(col("article_id"), col("s.text")).as("claim_id"), col("article_id"), col("outlet"),
                        col("origin"), col("s.index").as("sentence_index"), col("s.text").as("text"),
                        col("s.attribution").as("attribution"), col("s.source").as("source"),
                        col("s.hedge_cues").as("hedge_cues"), col("s.denial_cues").as("denial_cues"),
                        col("s.numbers").as("numbers"), col("s.actors").as("actors"),
                        col("s.quantities").as("quantities"));
    }

    /** 16 hex digits of SHA-256 over article id and sentence: the same claim gets the same id run after run. */
    static Column claimId(Column articleId, Column text) {
        return substring(sha2(concat_ws("\u001f", articleId, text), 256), 1, 16);
    }
}
