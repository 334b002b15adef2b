package org.credibility.jobs.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.spark.SparkBuildInfo;
import org.credibility.jobs.JobException;
import org.credibility.jobs.flows.JobSettings;
import org.credibility.jobs.io.FileSystems;
import org.credibility.jobs.ml.ModelFolder;

/**
 * What {@code credibility --version} prints: the jar's version and the git commit it was built
 * from (written into build.properties by the build, see jobs/pom.xml), the version of the Spark
 * it runs on, and the versions of the default model's parts.
 */
final class BuildInfo {
    /** Written by the build beside this class; "unknown" commit when the build had no git or no clone. */
    static final String RESOURCE = "build.properties";

    private BuildInfo() {
    }

    static List<String> lines() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream(RESOURCE)) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> lines = new ArrayList<>();
        lines.add("credibility " + build.getProperty("version", "unknown"));
        lines.add("commit " + build.getProperty("commit", "unknown"));
        lines.add("spark " + SparkBuildInfo.spark_version());
        lines.add("default model " + defaultModel(JobSettings.defaultModel()));
        return lines;
    }

    /** Each model's version in the folder's metadata, and the folder; or why there is none. */
    static String defaultModel(String dir) {
        try {
            JsonNode models = ModelFolder.check(dir, FileSystems.hadoopConfiguration()).path("models");
            List<String> versions = new ArrayList<>();
            models.fields().forEachRemaining(m -> versions.add(m.getValue().path("version").asText()));
            return String.join(", ", versions) + " (" + dir + ")";
        } catch (JobException e) {
            return "none: " + e.getMessage();
        }
    }
}
