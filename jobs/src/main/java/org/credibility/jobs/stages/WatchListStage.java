package org.credibility.jobs.stages;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.split;
import static org.apache.spark.sql.functions.when;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.claims.ClaimText;
import org.credibility.features.claims.SentenceAnalysis;
import org.credibility.jobs.io.InputChecks;
import org.credibility.jobs.io.Iterators;
import org.credibility.jobs.io.SideInputReader;
import org.credibility.jobs.io.SideLine;
import org.credibility.jobs.ml.SentenceRows;

/**
 * The claim-centric way in: claims.jsonl (a watch list, or an imported data set) → claims in
 * {@link ClaimStage}'s layout, and links to the articles that may report them. A listed claim
 * belongs to no article: its {@code article_id}, {@code outlet} and {@code origin} are empty, so
 * every reporting outlet counts as another outlet. Its links are the articles listed as known
 * reports in {@code article_ids} (kept as mentions even when judged unrelated) plus those
 * {@link WatchListLinkStage} finds.
 */
public final class WatchListStage {
    /** The article, outlet and origin of a claim that comes from the list rather than an article. */
    public static final String NO_ARTICLE = "";

    static final StructType CLAIMS = new StructType()
            .add("claim_id", DataTypes.StringType, false)
            .add("article_id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("sentence_index", DataTypes.IntegerType, false)
            .add("text", DataTypes.StringType, false)
            .add("attribution", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("hedge_cues", SentenceRows.strings(), false)
            .add("denial_cues", SentenceRows.strings(), false)
            .add("numbers", SentenceRows.strings(), false)
            .add("actors", SentenceRows.strings(), false)
            .add("quantities", DataTypes.createArrayType(SentenceRows.QUANTITY), false)
            .add("known_article_ids", SentenceRows.strings(), false);

    private WatchListStage() {
    }

    /**
     * The listed claims of every input folder's claims.jsonl that the input checks accept
     * ({@link SideInputReader}: a text, article_ids a list, a repeated id's first line), analysed as
     * one sentence each. A rejected line is no claim: every claim is scored, so it would otherwise
     * be scored too.
     */
    public static Dataset<Row> claims(SparkSession spark, List<String> folders) {
        return claims(SideInputReader.apply(spark, folders, SideLine.Kind.CLAIMS).valid());
    }

    /** {@code list}: the valid rows of claims.jsonl ({@link InputChecks#claimList()}). */
    public static Dataset<Row> claims(Dataset<Row> list) {
        return list.select(col("id"), col("text"), when(col("article_ids").equalTo(""), array())
                        .otherwise(split(col("article_ids"), "\n")).as("article_ids"))
                .mapPartitions((MapPartitionsFunction<Row, Row>) WatchListStage::analyze, Encoders.row(CLAIMS));
    }

    private static Iterator<Row> analyze(Iterator<Row> rows) {
        return Iterators.map(rows, r -> {
            SentenceAnalysis s = ClaimText.analyze(r.getString(1));
            List<String> known = r.isNullAt(2) ? List.of() : r.getList(2);
            return RowFactory.create(r.getString(0), NO_ARTICLE, NO_ARTICLE, NO_ARTICLE, 0, s.text(), s.attribution(),
                    s.source(), SentenceRows.array(s.hedgeCues()), SentenceRows.array(s.denialCues()),
                    SentenceRows.array(s.numbers()), SentenceRows.array(s.actors()),
                    s.quantities().stream().map(q -> RowFactory.create(q.value(), q.unit())).toArray(Row[]::new),
                    known.stream().filter(id -> id != null && !id.isBlank()).map(String::strip).distinct()
                            .toArray(String[]::new));
        });
    }

    /**
     * links(claim_id, article_id, similarity, article_coverage, lede_coverage, known): known
     * reports ∪ found links, one row a pair; a known report's coverages are 0 (it was not found by
     * them).
     */
    public static Dataset<Row> links(Dataset<Row> claims, Dataset<Row> analyzed) {
        Dataset<Row> known = claims.select(col("claim_id"), explode(col("known_article_ids")).as("article_id"))
                .select(col("claim_id"), col("article_id"), lit(0.0).as("similarity"),
                        lit(0.0).as("article_coverage"), lit(0.0).as("lede_coverage"), lit(true).as("known"));
        Dataset<Row> found = WatchListLinkStage.apply(claims, analyzed).withColumn("known", lit(false));
        return known.unionByName(found).groupBy("claim_id", "article_id")
                .agg(max("similarity").as("similarity"), max("article_coverage").as("article_coverage"),
                        max("lede_coverage").as("lede_coverage"), max("known").as("known"));
    }
}
