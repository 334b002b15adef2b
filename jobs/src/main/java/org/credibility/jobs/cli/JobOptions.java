package org.credibility.jobs.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.credibility.jobs.UsageException;
import org.credibility.jobs.flows.JobSettings;
import org.credibility.jobs.io.DateWindow;

/** What run, train and score share on the command line: --help, the input, window and Spark options. */
final class JobOptions {
    static final String INPUT = "input";

    private JobOptions() {
    }

    /** True, the help printed, when the arguments ask for it. */
    static boolean help(List<String> args, String help) {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println(help);
            return true;
        }
        return false;
    }

    /** The options of run, train and score: theirs, and the input, window and Spark options all three take. */
    static Options parse(String command, List<String> args, String... own) {
        Set<String> allowed = new HashSet<>(List.of(own));
        allowed.addAll(List.of(INPUT, "since", "until", "master", Options.CONF));
        return Options.parse(command, args, allowed, Set.of(INPUT, Options.CONF));
    }

    static List<String> inputs(String command, Options o) {
        if (o.all(INPUT).isEmpty()) {
            throw new UsageException(command + ": missing required option --" + INPUT);
        }
        return o.all(INPUT);
    }

    /** --since and --until: ISO dates, both days included. */
    static DateWindow window(String command, Options o) {
        try {
            return new DateWindow(date(command, o, "since"), date(command, o, "until"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(command + ": --since/--until: " + e.getMessage());
        }
    }

    static Optional<LocalDate> date(String command, Options o, String name) {
        try {
            return o.get(name).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new UsageException(command + ": --" + name + " needs an ISO date (2017-01-21), not '"
                    + o.get(name).orElseThrow() + "'");
        }
    }

    static JobSettings.Spark spark(Options o) {
        return JobSettings.Spark.of(o.get("master"), o.confs());
    }

    static Duration waitForOutput(String command, Options o) {
        long seconds = o.number("wait", "0", Long::parseLong, "a whole number of seconds");
        if (seconds < 0) {
            throw new UsageException(command + ": --wait needs a whole number of seconds, not '" + seconds + "'");
        }
        return Duration.ofSeconds(seconds);
    }
}
