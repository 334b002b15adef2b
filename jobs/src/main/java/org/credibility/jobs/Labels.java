package org.credibility.jobs;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** labels.jsonl: the verdict (true / false / unverified) on a claim. */
final class Labels {
    static final StructType SCHEMA = new StructType()
            .add("claim_id", DataTypes.StringType)
            .add("label", DataTypes.StringType);

    private Labels() {
    }

    static Dataset<Row> read(SparkSession spark, String path) {
        return spark.read().schema(SCHEMA).json(path)
                .filter(col("claim_id").isNotNull().and(col("label").isNotNull()));
    }
}
