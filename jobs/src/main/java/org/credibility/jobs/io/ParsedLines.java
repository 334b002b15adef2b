package org.credibility.jobs.io;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * An input file's lines parsed into rows, one a line with a {@code blank} flag, kept for the
 * stage's queries; and the line counts the manifest checks.
 */
public record ParsedLines(Dataset<Row> rows, long read, long blank) {

    /**
     * Keeps the rows and counts them at once, which builds the kept table before any query reads
     * it. A stage reads it in two branches (the duplicate keys and the lines themselves), and
     * Spark's adaptive execution builds the cached input of each branch in a job of its own, at
     * the same time: two tasks computing one partition, and Spark's "Block rdd_N_0 already
     * exists" warning from the second.
     */
    public static ParsedLines keep(SparkSession spark, JavaRDD<Row> rows, StructType schema) {
        Dataset<Row> table = spark.createDataFrame(rows, schema).persist(StorageLevel.MEMORY_AND_DISK());
        Row counts = table.agg(count(lit(1)), sum(when(col("blank"), 1).otherwise(0))).first();
        return new ParsedLines(table, counts.getLong(0), counts.isNullAt(1) ? 0L : counts.getLong(1));
    }
}
