package org.credibility.jobs.flows;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Stage tables computed once and kept for the later stages, as reliable checkpoints: each is
 * written once to a checkpoint folder on the output's file system, and later queries read it
 * there. Without it, two branches of a later query (a self-join) compute a table twice, and
 * every later query re-plans the whole lineage (kept in memory with its lineage instead, the
 * seeds' later stages took 10-20 times longer). Written to a file system rather than kept in
 * executor memory, a table outlives a lost executor: the run goes on. The folder is removed
 * when the run ends.
 */
final class KeptTables implements AutoCloseable {
    private final SparkSession spark;
    private final Path dir;

    KeptTables(SparkSession spark, String dir) {
        this.spark = spark;
        this.dir = new Path(dir);
        spark.sparkContext().setCheckpointDir(dir);
    }

    Dataset<Row> keep(Dataset<Row> table) {
        return table.checkpoint(true);
    }

    @Override
    public void close() {
        try {
            dir.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(dir, true);
        } catch (IOException e) {
            System.err.println("credibility: could not remove the checkpoints in " + dir + ": " + e.getMessage());
        }
    }
}
