package org.credibility.jobs.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * An optional input file (labels.jsonl, stance_labels.jsonl, claims.jsonl) of every input folder
 * that has it → its valid rows and its rejected lines, the same way as articles: malformed lines,
 * missing fields, values outside the allowed set and repeated keys (the first by folder, then line
 * number kept) are rejected with a reason;
 * a label or stance label naming a claim (or article) this input does not have is reported as
 * rejected too ({@code unknown claim}), never fatal.
 */
public final class SideInputReader {

    /**
     * Valid rows ({@code line}, {@code folder} and the kind's fields, all strings), rejected lines,
     * and the parsed lines for counts; {@code file}: the file read (the kind's, or an answer key).
     */
    public record Result(SideLine.Kind kind, String file, Dataset<Row> valid, Dataset<Row> rejected, ParsedLines parsed) {
    }

    private SideInputReader() {
    }

    /** {@code folders}: the input folders that have the kind's file, in the order read. */
    public static Result apply(SparkSession spark, List<String> folders, SideLine.Kind kind) {
        return apply(spark, folders, kind, kind.file);
    }

    /**
     * The same for a file of another name read by the kind's rules: an evaluation's answer key
     * ({@code gold_reports.jsonl}) is checked as stance labels are.
     */
    public static Result apply(SparkSession spark, List<String> folders, SideLine.Kind kind, String file) {
        StructType schema = new StructType()
                .add("folder", DataTypes.StringType, false)
                .add("folder_index", DataTypes.IntegerType, false)
                .add("line", DataTypes.LongType, false)
                .add("blank", DataTypes.BooleanType, false)
                .add("reason", DataTypes.StringType)
                .add("raw", DataTypes.StringType);
        for (String field : kind.fields) {
            schema = schema.add(field, DataTypes.StringType);
        }
        ParsedLines lines = ParsedLines.keep(spark, InputLines.readAll(spark, folders, file,
                (folder, line) -> parsedRow(kind, folders.get(folder), folder, line)), schema);
        Dataset<Row> parsed = lines.rows();

        List<String> key = kind.fields.subList(0, kind.keyFields);
        Column[] keyColumns = key.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        Dataset<Row> wellFormed = parsed.filter(col("reason").isNull().and(not(col("blank"))))
                .withColumn("first", min(struct(col("folder_index"), col("line"), col("folder")))
                        .over(Window.partitionBy(keyColumns)));
        Column isFirst = col("folder_index").equalTo(col("first.folder_index")).and(col("line").equalTo(col("first.line")));
        Dataset<Row> duplicates = wellFormed.filter(not(isFirst))
                .withColumn("reason", concat(lit("duplicate " + String.join(" and ", key) + ": '"),
                        concat_ws("', '", keyColumns), lit("' first seen on line "), col("first.line"),
                        folders.size() > 1 ? concat(lit(" of "), col("first.folder"), lit("/" + file)) : lit("")))
                .withColumn("raw", to_json(struct(kind.fields.stream().map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new))));
        List<Column> fields = new ArrayList<>(List.of(col("line"), col("folder")));
        kind.fields.forEach(f -> fields.add(col(f)));
        Dataset<Row> valid = wellFormed.filter(isFirst).select(fields.toArray(Column[]::new));
        Dataset<Row> rejected = parsed.filter(col("reason").isNotNull()).unionByName(duplicates.drop("first"))
                .select(lit(file).as("source"), col("folder"), col("line"), col("reason"), col("raw"));
        return new Result(kind, file, valid, rejected, lines);
    }

    /**
     * Splits the valid rows of a labels or stance-labels file into those naming a known claim
     * (and article) and rejected rows for the others.
     */
    public static Result matchClaims(Result r, Dataset<Row> claims, Dataset<Row> articles) {
        Dataset<Row> claimIds = claims.select("claim_id").distinct();
        Dataset<Row> known = r.valid().join(claimIds, "claim_id");
        Dataset<Row> unknown = r.valid().join(claimIds, new String[] {"claim_id"}, "left_anti")
                .withColumn("reason", concat(lit("unknown claim: no claim '"), col("claim_id"),
                        lit("' in this input")));
        if (r.kind() == SideLine.Kind.STANCE_LABELS) {
            Dataset<Row> ids = articles.select(col("id").as("article_id")).distinct();
            unknown = unknown.unionByName(known.join(ids, new String[] {"article_id"}, "left_anti").withColumn("reason", concat(lit("unknown article: no article '"), col("article_id"),
                    lit("' in this input"))));
            known = known.join(ids, "article_id");
        }
        List<Column> fields = new ArrayList<>(List.of(col("line"), col("folder")));
        r.kind().fields.forEach(f -> fields.add(col(f)));
        Dataset<Row> unknownRows = unknown.select(lit(r.file()).as("source"), col("folder"), col("line"), col("reason"),
                to_json(struct(r.kind().fields.stream().map(org.apache.spark.sql.functions::col)
                        .toArray(Column[]::new))).as("raw"));
        return new Result(r.kind(), r.file(), known.select(fields.toArray(Column[]::new)), r.rejected().unionByName(unknownRows),
                r.parsed());
    }

    private static Row parsedRow(SideLine.Kind kind, String folder, int index, InputLines.Line line) {
        Object[] values = new Object[6 + kind.fields.size()];
        values[0] = folder;
        values[1] = index;
        values[2] = line.number();
        values[3] = false;
        byte[] bytes = line.bytes();
        if (line.tooLong()) {
            values[4] = InputLines.tooLong(line.length());
            values[5] = LineText.head(bytes, bytes.length, ArticleLine.RAW_LIMIT);
            return RowFactory.create(values);
        }
        if (InputLines.isBlank(bytes)) {
            values[3] = true;
            return RowFactory.create(values);
        }
        String text = LineText.decode(bytes, bytes.length).text();
        SideLine s = SideLine.parse(kind, text);
        if (!s.accepted()) {
            values[4] = s.rejectReason();
            values[5] = ArticleLine.truncate(text);
        } else {
            for (int i = 0; i < s.values().size(); i++) {
                values[6 + i] = s.values().get(i);
            }
        }
        return RowFactory.create(values);
    }
}
