package org.credibility.jobs.io;

import java.io.IOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.UnsupportedFileSystemException;
import org.apache.spark.SparkConf;
import org.credibility.jobs.JobException;
import scala.Tuple2;

/** Hadoop file systems as the job's checks and readers see them, before Spark starts and while it runs. */
public final class FileSystems {
    private FileSystems() {
    }

    /**
     * The file system of a path; one the classpath lacks (s3a:// without hadoop-aws, say) is
     * named in one line rather than taken for a missing folder.
     */
    public static FileSystem of(Path path) throws IOException {
        try {
            return path.getFileSystem(hadoopConfiguration());
        } catch (UnsupportedFileSystemException | RuntimeException e) {
            // A scheme Hadoop knows whose class is missing (s3a) fails as a RuntimeException.
            if (e instanceof RuntimeException && !(e.getCause() instanceof ClassNotFoundException)) {
                throw (RuntimeException) e;
            }
            throw new JobException("no file system for '" + path.toUri().getScheme() + "://' paths on this classpath ("
                    + path + "); add its Hadoop connector (for s3a, hadoop-aws) to the job's classpath", e);
        }
    }

    /**
     * Hadoop's configuration as Spark's jobs will see it: with the {@code spark.hadoop.*}
     * settings given to spark-submit (a file system's endpoint or credentials), which the checks
     * need before Spark starts.
     */
    public static Configuration hadoopConfiguration() {
        Configuration conf = new Configuration();
        for (Tuple2<String, String> setting : new SparkConf().getAllWithPrefix("spark.hadoop.")) {
            conf.set(setting._1(), setting._2());
        }
        return conf;
    }

    public static boolean exists(String path) {
        try {
            Path p = new Path(path);
            return of(p).exists(p);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
