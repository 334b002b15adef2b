package org.credibility.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the build leaves for the integration tests that start JVMs of their own: the job's jar,
 * the class path of the Spark jars Maven resolved, and the JVM options Spark needs on Java 17
 * (paths passed by failsafe, see jobs/pom.xml).
 */
final class BuiltJar {
    private BuiltJar() {
    }

    static String jar() {
        return System.getProperty("credibility.jar");
    }

    static String sparkClasspath() {
        return read("credibility.sparkClasspath");
    }

    private static List<String> jvmOptions() {
        return Arrays.asList(read("credibility.jvmOptions").split("\\s+"));
    }

    /** This JVM's java with Spark's JVM options: the start of a child JVM's command line. */
    static List<String> javaCommand() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions());
        return command;
    }

    private static String read(String property) {
        try {
            return Files.readString(Path.of(System.getProperty(property)), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
