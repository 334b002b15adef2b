package org.credibility.jobs.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress lines, on a clock the test moves (whole seconds, so the figures are exact). */
class ProgressTest {
    private static final Duration PERIOD = Duration.ofSeconds(20);
    private final AtomicLong clock = new AtomicLong();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Progress progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock::get);

    private void advance(int seconds) {
        clock.addAndGet(Duration.ofSeconds(seconds).toNanos());
    }

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theStartLineNamesSparkItsMasterAndTheWebUiWhenItIsOn() {
        assertEquals("Spark 4.1.0 local[*], UI http://127.0.0.1:4040",
                Progress.sparkLine("4.1.0", "local[*]", Optional.of("http://127.0.0.1:4040")));
        assertEquals("Spark 4.1.0 spark://10.0.0.5:7077", Progress.sparkLine("4.1.0", "spark://10.0.0.5:7077", Optional.empty()));
    }

    @Test
    void aStepThatRunsLongerThanThePeriodSaysHowFarItsTasksHaveGot() {
        advance(2);
        progress.report("start", "Spark 4.1.0 local[2]");
        advance(5);
        progress.step("ingest", () -> {
            advance(19);
            progress.heartbeat(PERIOD, new Progress.Tasks(1, 8, 1));   // 19 s into the step: too soon, no line
            advance(1);
            progress.heartbeat(PERIOD, new Progress.Tasks(3, 8, 1));
            advance(20);
            progress.heartbeat(PERIOD, new Progress.Tasks(9, 12, 2));
            progress.heartbeat(PERIOD, new Progress.Tasks(0, 0, 0));
            return "100000 rows";
        });
        advance(30);
        progress.heartbeat(PERIOD, new Progress.Tasks(4, 4, 1));   // between steps: nothing to name
        assertEquals("""
                credibility: start     Spark 4.1.0 local[2]      2.0 s  (total 2.0 s)
                credibility: ingest    running: 3/8 tasks       25.0 s  (total 27.0 s)
                credibility: ingest    running: 9/12 tasks in 2 Spark stages   45.0 s  (total 47.0 s)
                credibility: ingest    running                  45.0 s  (total 47.0 s)
                credibility: ingest    100000 rows              45.0 s  (total 47.0 s)
                """, printed());
    }
}
