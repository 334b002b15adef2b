package org.credibility.jobs.stages;

import java.util.ArrayList;
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
import org.credibility.features.claims.AnalyzedArticle;
import org.credibility.features.claims.ArticleAnalyzer;
import org.credibility.jobs.io.ArticleReader;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.io.Iterators;
import org.credibility.jobs.ml.SentenceRows;

/**
 * The articles of the input folders ({@link ArticleReader}) → analysed articles (clean body,
 * origin, sentences with their cues).
 */
public final class IngestStage {
    public static final String NOTHING_LEFT = "nothing left after cleaning: no claims";
    /**
     * Sentences beyond this many per article are not passed on (a long news article has 100):
     * linking compares claims with sentences, and a page of thousands of near-identical
     * sentences would make that quadratic.
     */
    public static final int MAX_SENTENCES = 300;

    public static final StructType ANALYZED = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("outlet", DataTypes.StringType, false)
            .add("origin", DataTypes.StringType, false)
            .add("url", DataTypes.StringType)
            .add("published", DataTypes.TimestampType)
            .add("title", DataTypes.StringType)
            .add("body_clean", DataTypes.StringType, false)
            .add("repairs", SentenceRows.strings(), false)
            .add("sentences", DataTypes.createArrayType(SentenceRows.SCHEMA), false)
            .add("line", DataTypes.LongType, false)
            .add("folder", DataTypes.StringType, false);

    /** The analysed articles, and what reading articles.jsonl gave (rejected lines, counts). */
    public record Result(Dataset<Row> analyzed, ArticleReader.Result read) {
        public Dataset<Row> rejected() {
            return read.rejected();
        }
    }

    /**
     * The {@code articles} output table, from the analysed articles. Pass the kept (materialised)
     * table: from {@link Result#analyzed()} itself every article would be analysed again.
     */
    public static Dataset<Row> articles(Dataset<Row> analyzed) {
        return analyzed.select("id", "outlet", "origin", "url", "published", "title", "body_clean", "repairs", "line",
                "folder");
    }

    private IngestStage() {
    }

    /**
     * The articles of {@code folders} ({@link ArticleReader}), within {@code window}, analysed.
     */
    public static Result apply(SparkSession spark, List<String> folders, DateWindow window) {
        ArticleReader.Result read = ArticleReader.read(spark, folders, window);
        return new Result(read.articles().mapPartitions((MapPartitionsFunction<Row, Row>) IngestStage::analyze,
                Encoders.row(ANALYZED)), read);
    }

    private static Iterator<Row> analyze(Iterator<Row> rows) {
        ArticleAnalyzer analyzer = ArticleAnalyzer.english();
        return Iterators.map(rows, r -> analyze(analyzer, r));
    }

    private static Row analyze(ArticleAnalyzer analyzer, Row r) {
        String body = r.getAs("body");
        List<String> repairs = new ArrayList<>(r.<String>getList(r.fieldIndex("repairs")));
        AnalyzedArticle a = analyzer.analyze(r.getAs("title"), body);
        repairs.addAll(a.repairs());
        if (a.bodyClean().isEmpty() && !body.isBlank()) {
            repairs.add(NOTHING_LEFT);
        }
        String outlet = r.getAs("outlet");
        if (a.sentences().size() > MAX_SENTENCES) {
            repairs.add(String.format(java.util.Locale.ROOT, "sentences cut: %,d sentences, only the first %d analysed",
                    a.sentences().size(), MAX_SENTENCES));
        }
        Row[] sentences = a.sentences().stream().limit(MAX_SENTENCES).map(SentenceRows::toRow).toArray(Row[]::new);
        return RowFactory.create(r.getAs("id"), outlet, a.origin() == null ? outlet : a.origin(),
                r.getAs("url"), r.getAs("published"), r.getAs("title"), a.bodyClean(),
                repairs.toArray(String[]::new), sentences, r.getAs("line"), r.getAs("folder"));
    }
}
