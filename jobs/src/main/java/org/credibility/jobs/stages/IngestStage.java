package org.credibility.jobs.stages;

import org.credibility.jobs.io.ArticleLine;
import org.credibility.jobs.io.DateWindow;
import org.credibility.jobs.io.InputLines;
import org.credibility.jobs.io.Iterators;
import org.credibility.jobs.io.LineText;
import org.credibility.jobs.io.ParsedLines;
import org.credibility.jobs.ml.SentenceRows;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.credibility.features.claims.AnalyzedArticle;
import org.credibility.features.claims.ArticleAnalyzer;

/**
 * articles.jsonl of each input folder → analysed articles (clean body, origin, sentences with
 * their cues) and rejected lines. Every non-blank line ends in exactly one of the two, or, when
 * it is a well-formed article dated outside the run's {@link DateWindow}, in neither: it is
 * counted, not rejected, as it is not faulty.
 */
public final class IngestStage {
    public static final String SOURCE = "articles.jsonl";
    /** Bodies beyond this many characters are cut before analysis (and the row says so). */
    public static final int MAX_BODY_CHARS = ArticleLine.MAX_BODY_CHARS;
    public static final String NOTHING_LEFT = "nothing left after cleaning: no claims";
    /**
     * Sentences beyond this many per article are not passed on (a long news article has 100):
     * linking compares claims with sentences, and a page of thousands of near-identical
     * sentences would make that quadratic.
     */
    public static final int MAX_SENTENCES = 300;

    static final StructType PARSED = new StructType()
            .add("folder", DataTypes.StringType, false)
            .add("folder_index", DataTypes.IntegerType, false)
            .add("line", DataTypes.LongType, false)
            .add("blank", DataTypes.BooleanType, false)
            .add("id", DataTypes.StringType)
            .add("outlet", DataTypes.StringType)
            .add("url", DataTypes.StringType)
            .add("published", DataTypes.TimestampType)
            .add("title", DataTypes.StringType)
            .add("body", DataTypes.StringType)
            .add("repairs", SentenceRows.strings())
            .add("reason", DataTypes.StringType)
            .add("raw", DataTypes.StringType);

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

    /**
     * The stage's outputs; {@code parsed}: the lines, kept, and their counts; {@code outsideWindow}:
     * the well-formed lines of articles dated outside the window.
     */
    public record Result(Dataset<Row> analyzed, Dataset<Row> rejected, ParsedLines parsed, Dataset<Row> outsideWindow) {
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
     * The articles of {@code folders}, read in that order (the first line of a repeated id is
     * the first by folder, then line), within {@code window}.
     */
    public static Result apply(SparkSession spark, List<String> folders, DateWindow window) {
        ParsedLines lines = ParsedLines.keep(spark, InputLines.readAll(spark, folders, SOURCE,
                (folder, line) -> parsedRow(folders.get(folder), folder, line)), PARSED);
        Dataset<Row> parsed = lines.rows();

        Dataset<Row> wellFormedLines = parsed.filter(col("reason").isNull().and(not(col("blank"))));
        Dataset<Row> outsideWindow = wellFormedLines.filter(not(window.keeps(col("published"))));
        // Ids seen more than once within the window and their first line: only (id, folder, line)
        // are shuffled, and the few repeated ids are broadcast to the articles, whose bodies stay
        // where they are.
        Dataset<Row> inWindow = wellFormedLines.filter(window.keeps(col("published")));
        Dataset<Row> repeated = inWindow.groupBy("id")
                .agg(min(struct(col("folder_index"), col("line"), col("folder"))).as("first"), count(lit(1)).as("lines"))
                .filter(col("lines").gt(1)).drop("lines");
        Dataset<Row> wellFormed = inWindow.join(broadcast(repeated), new String[] {"id"}, "left_outer");
        Column isFirst = col("folder_index").equalTo(col("first.folder_index")).and(col("line").equalTo(col("first.line")));
        Dataset<Row> firsts = wellFormed.filter(col("first").isNull().or(isFirst));
        Dataset<Row> duplicates = wellFormed.filter(not(isFirst))
                .withColumn("reason", concat(lit("duplicate id: '"), col("id"), lit("' first seen on line "),
                        col("first.line"), folders.size() > 1 ? concat(lit(" of "), col("first.folder"), lit("/" + SOURCE))
                                : lit("")))
                // the line itself is not kept for accepted lines: its fields, as JSON, stand in for it
                .withColumn("raw", substring(to_json(struct(col("id"), col("outlet"), col("url"), col("published"),
                        col("title"), col("body"))), 1, ArticleLine.RAW_LIMIT));

        Dataset<Row> rejected = parsed.filter(col("reason").isNotNull())
                .unionByName(duplicates.drop("first"))
                .select(lit(SOURCE).as("source"), col("folder"), col("line"), col("reason"), col("raw"));

        Dataset<Row> analyzed = firsts.drop("first", "folder_index")
                .mapPartitions((MapPartitionsFunction<Row, Row>) IngestStage::analyze, Encoders.row(ANALYZED));
        return new Result(analyzed, rejected, lines, outsideWindow);
    }

    private static Row parsedRow(String folder, int index, InputLines.Line line) {
        long lineNumber = line.number();
        byte[] bytes = line.bytes();
        if (line.tooLong()) {
            return RowFactory.create(folder, index, lineNumber, false, null, null, null, null, null, null, new String[0],
                    InputLines.tooLong(line.length()), LineText.head(bytes, bytes.length, ArticleLine.RAW_LIMIT));
        }
        if (InputLines.isBlank(bytes)) {
            return RowFactory.create(folder, index, lineNumber, true, null, null, null, null, null, null, new String[0],
                    null, null);
        }
        LineText text = LineText.decode(bytes, bytes.length);
        ArticleLine a = ArticleLine.parse(text, lineNumber);
        String raw = a.accepted() ? null : ArticleLine.truncate(text.text());
        return RowFactory.create(folder, index, lineNumber, false, a.id(), a.outlet(), a.url(), a.published(), a.title(),
                a.body(), SentenceRows.array(a.repairs()), a.rejectReason(), raw);
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
