package org.credibility.jobs.io;

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

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * articles.jsonl of each input folder → the articles to analyse and rejected lines. Every
 * non-blank line ends in exactly one of the two, or, when it is a well-formed article dated
 * outside the run's {@link DateWindow}, in neither: it is counted, not rejected, as it is not
 * faulty. A repeated id keeps its first line (by folder, then line); the others are rejected,
 * naming the line and folder of the first.
 */
public final class ArticleReader {
    public static final String SOURCE = "articles.jsonl";

    private static final StructType PARSED = new StructType()
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
            .add("repairs", DataTypes.createArrayType(DataTypes.StringType))
            .add("reason", DataTypes.StringType)
            .add("raw", DataTypes.StringType);

    /**
     * {@code articles}: the well-formed first lines within the window; {@code parsed}: the lines,
     * kept, and their counts; {@code outsideWindow}: the well-formed lines of articles dated
     * outside the window.
     */
    public record Result(Dataset<Row> articles, Dataset<Row> rejected, ParsedLines parsed, Dataset<Row> outsideWindow) {
    }

    private ArticleReader() {
    }

    /**
     * The articles of {@code folders}, read in that order (the first line of a repeated id is
     * the first by folder, then line), within {@code window}: one row per article to analyse
     * (its fields, {@code repairs}, {@code line} and {@code folder}).
     */
    public static Result read(SparkSession spark, List<String> folders, DateWindow window) {
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

        return new Result(firsts.drop("first", "folder_index"), rejected, lines, outsideWindow);
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
                a.body(), a.repairs().toArray(String[]::new), a.rejectReason(), raw);
    }
}
