package org.credibility.jobs;

import org.credibility.jobs.cli.Main;
import org.credibility.jobs.io.OutputWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real Spark standalone cluster on 127.0.0.1: a master and two workers, each its own JVM started
 * from the Spark jars Maven resolved, and the built jar submitted to it through SparkSubmit
 * (client deploy mode), so the stages run in executor JVMs the workers launch. Mid-run, once the
 * stage tables are kept on the executors, one executor that has run tasks is killed with SIGKILL:
 * its kept partitions and shuffle files are gone, Spark recomputes them from their lineage, and
 * the run must still exit 0 with a local run's output, table by table. The daemons are stopped
 * whatever happens.
 */
class StandaloneClusterIT {
    /** Kept under target/ (not a temp folder) so the daemons' logs are there to read when it fails. */
    private static final Path BASE = Path.of("target", "standalone-cluster").toAbsolutePath();
    private static final List<String> TABLES = List.of("articles", "claims", "mentions", "scores", "outlets", "rejected");

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aRunOnAStandaloneClusterSurvivesALostExecutorAndWritesWhatALocalRunWrites() throws Exception {
        clear(BASE);
        Path sparkHome = sparkHome(BASE.resolve("spark-home"));
        int masterPort = freePort();
        int masterWebUi = freePort();
        String masterUrl = "spark://127.0.0.1:" + masterPort;
        try (Daemon master = Daemon.start("master", List.of("org.apache.spark.deploy.master.Master",
                "--host", "127.0.0.1", "--port", Integer.toString(masterPort), "--webui-port", Integer.toString(masterWebUi)),
                Map.of());
             Daemon worker1 = worker(1, masterUrl, sparkHome);
             Daemon worker2 = worker(2, masterUrl, sparkHome)) {
            // The reference run, on the tests' local Spark (other partitioning) while the daemons start.
            SharedSpark.session();
            Path local = BASE.resolve("local");
            assertEquals(0, Main.run(new String[] {"run", "--input", "../seeds", "--model", "../seeds/model",
                "--output", local.toString()}));

            awaitWorkers(2, masterWebUi, master, worker1, worker2);
            Path onCluster = BASE.resolve("cluster");
            Path logFile = BASE.resolve("submit.log");
            Process submit = submit(masterUrl, onCluster, logFile);
            try {
                // Past the links stage every stage table so far is kept on the executors.
                awaitLine(submit, logFile, "credibility: links");
                ProcessHandle killed = busiestExecutor(List.of(worker1, worker2));
                killed.destroyForcibly();
                assertTrue(submit.isAlive(), "the run ended before an executor was killed");
                assertTrue(submit.waitFor(6, TimeUnit.MINUTES), "spark-submit did not finish in 6 minutes");
            } finally {
                submit.destroyForcibly();
            }
            String log = Files.readString(logFile);
            assertEquals(0, submit.exitValue(), log);
            assertTrue(log.contains("Lost executor"), "the driver did not see the executor go:\n" + log);

            JsonNode manifest = manifest(onCluster);
            assertEquals(masterUrl, manifest.path("spark").path("master").asText());
            assertEquals(manifest(local).path("counts"), manifest.path("counts"));
            for (String table : TABLES) {
                assertEquals(rows(local, table), rows(onCluster, table), table + " differs from the local run's");
            }
            try (Stream<Path> files = Files.walk(BASE.resolve("work-1"))) {
                assertTrue(files.anyMatch(f -> f.getFileName().toString().equals("credibility-jobs.jar")),
                        "no executor of the first worker fetched the job's jar");
            }
            assertTrue(log.contains("credibility: mentions"), log);
            assertFalse(log.contains(" INFO "), "Spark's INFO logging reached the console:\n" + log);
        }
    }

    /** A worker of one core: with two of them, the application gets an executor on each. */
    private static Daemon worker(int n, String masterUrl, Path sparkHome) throws IOException {
        return Daemon.start("worker-" + n, List.of("org.apache.spark.deploy.worker.Worker",
                "--host", "127.0.0.1", "--port", Integer.toString(freePort()), "--webui-port", Integer.toString(freePort()),
                "--cores", "1", "--memory", "1g", "--work-dir", BASE.resolve("work-" + n).toString(), masterUrl),
                // The worker starts executors as Spark's launcher does: java from JAVA_HOME, Spark's
                // jars from SPARK_HOME/jars, and the Scala version named (there is no Spark build to find it in).
                Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                        "JAVA_HOME", System.getProperty("java.home")));
    }

    /** spark-submit as a user runs it (client mode), quietened the way bin/credibility quietens it. */
    private static Process submit(String masterUrl, Path output, Path log) throws Exception {
        List<String> command = BuiltJar.javaCommand();
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=../bin/log4j2.properties",
                "-cp", BuiltJar.sparkClasspath(), "org.apache.spark.deploy.SparkSubmit",
                "--master", masterUrl, "--deploy-mode", "client",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.ui.enabled=false",
                "--conf", "spark.executor.memory=768m", "--conf", "spark.executor.cores=1",
                // A run of seconds is over before C2's compiled code pays back (see bin/credibility).
                "--conf", "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1",
                BuiltJar.jar(), "run", "--input", "../seeds", "--model", "../seeds/model", "--output", output.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private static void awaitLine(Process process, Path log, String line) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!Files.readString(log).contains(line)) {
            assertTrue(process.isAlive(), "the run ended before '" + line + "':\n" + Files.readString(log));
            assertTrue(System.nanoTime() < deadline, "no '" + line + "' within 5 minutes");
            Thread.sleep(100);
        }
    }

    /**
     * The executor JVM that has run the most tasks (it keeps the most partitions): a worker's
     * executors are its child processes, and each logs its tasks to its stderr in the work folder.
     */
    private static ProcessHandle busiestExecutor(List<Daemon> workers) throws IOException {
        ProcessHandle busiest = null;
        long most = -1;
        for (Daemon worker : workers) {
            for (ProcessHandle executor : worker.process.descendants().toList()) {
                String id = executor.info().arguments().map(args -> {
                    for (int i = 0; i + 1 < args.length; i++) {
                        if (args[i].equals("--executor-id")) {
                            return args[i + 1];
                        }
                    }
                    return null;
                }).orElse(null);
                if (id == null) {
                    continue;
                }
                long tasks;
                try (Stream<Path> files = Files.walk(BASE)) {
                    Path stderr = files.filter(f -> f.endsWith(Path.of(id, "stderr"))).findFirst().orElseThrow();
                    tasks = Files.readString(stderr).lines().filter(l -> l.contains("Running task")).count();
                }
                if (tasks > most) {
                    most = tasks;
                    busiest = executor;
                }
            }
        }
        assertTrue(busiest != null && most > 0, "no executor has run a task");
        return busiest;
    }

    /** Polls the master's web UI (JSON) until {@code count} workers have registered: a minute at most. */
    private static void awaitWorkers(int count, int masterWebUi, Daemon master, Daemon... workers) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest status = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterWebUi + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (true) {
            master.assertAlive();
            for (Daemon worker : workers) {
                worker.assertAlive();
            }
            try {
                HttpResponse<String> response = http.send(status, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200
                        && new ObjectMapper().readTree(response.body()).path("aliveworkers").asInt() >= count) {
                    return;
                }
            } catch (IOException notYetListening) {
                // the master's web UI is still starting
            }
            assertTrue(System.nanoTime() < deadline, "fewer than " + count + " workers registered within a minute:\n"
                    + workers[0].log());
            Thread.sleep(250);
        }
    }

    /**
     * A table's rows, sorted by all its columns, as text; doubles rounded to 12 significant digits.
     * The last bits of a probability may differ between JVMs: the tests' JVM may use the
     * vectorised BLAS while the executors fall back to the plain Java one.
     */
    private static List<String> rows(Path output, String table) {
        Dataset<Row> rows = SharedSpark.session().read().parquet(output.resolve(table).toString());
        Column[] rounded = Stream.of(rows.schema().fields()).map(f -> f.dataType().equals(DataTypes.DoubleType)
                ? functions.format_string("%.12g", functions.col(f.name())).as(f.name())
                : functions.col(f.name())).toArray(Column[]::new);
        Dataset<Row> comparable = rows.select(rounded);
        Column[] order = Stream.of(comparable.columns()).map(functions::col).toArray(Column[]::new);
        return comparable.orderBy(order).collectAsList().stream().map(Row::toString).toList();
    }

    private static JsonNode manifest(Path output) throws IOException {
        return new ObjectMapper().readTree(output.resolve(OutputWriter.MANIFEST).toFile());
    }

    /** A SPARK_HOME whose jars/ links to the Spark jars Maven resolved: what a worker needs to start executors. */
    private static Path sparkHome(Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String jar : BuiltJar.sparkClasspath().split(File.pathSeparator)) {
            Path target = Path.of(jar);
            Files.createSymbolicLink(jars.resolve(target.getFileName()), target);
        }
        return home;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void clear(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
    }

    /**
     * A master or worker JVM, stopped on close — and by a shutdown hook should this JVM be ended
     * first — with SIGTERM, then SIGKILL for it and its children (a worker's executors) after 20 s.
     */
    private static final class Daemon implements AutoCloseable {
        private final String name;
        private final Process process;
        private final Path log;
        private final Thread hook = new Thread(this::stop);

        private Daemon(String name, Process process, Path log) {
            this.name = name;
            this.process = process;
            this.log = log;
            Runtime.getRuntime().addShutdownHook(hook);
        }

        static Daemon start(String name, List<String> mainAndArgs, Map<String, String> env) throws IOException {
            List<String> command = BuiltJar.javaCommand();
            // Small and quick to start: the daemons only schedule; the executor does the work.
            command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                    "-Dspark.master.rest.enabled=false", "-cp", BuiltJar.sparkClasspath()));
            command.addAll(mainAndArgs);
            Path log = BASE.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
            builder.environment().putAll(env);
            return new Daemon(name, builder.start(), log);
        }

        void assertAlive() throws IOException {
            assertTrue(process.isAlive(), "the " + name + " exited:\n" + log());
        }

        String log() throws IOException {
            return Files.readString(log);
        }

        private void stop() {
            process.destroy();
            try {
                if (process.waitFor(20, TimeUnit.SECONDS)) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }

        @Override
        public void close() {
            stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }
}
