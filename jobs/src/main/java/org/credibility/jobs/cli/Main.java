package org.credibility.jobs.cli;

import java.util.Arrays;
import java.util.List;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.config.Configurator;
import org.credibility.jobs.JobException;
import org.credibility.jobs.UsageException;

/**
 * Command-line entry point, also the jar's Main-Class so that
 * {@code spark-submit credibility-jobs.jar run ...} works without {@code --class}.
 * Exit status: 0 on success, 2 on a bad command line, 1 on any other failure; every
 * failure is one line on stderr.
 */
public final class Main {
    /** The flag, valid with every command, that keeps Spark's log at the level its configuration sets. */
    static final String VERBOSE = "--verbose";

    private Main() {
    }

    public static void main(String[] args) {
        int status = run(args);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs one command and returns its exit status; never exits the JVM (tests call this). */
    public static int run(String[] args) {
        try {
            return dispatch(Arrays.asList(args));
        } catch (UsageException e) {
            System.err.println("credibility: " + e.getMessage());
            return 2;
        } catch (JobException e) {
            System.err.println("credibility: " + e.getMessage());
            return 1;
        } catch (Exception | Error e) {
            System.err.println("credibility: failed: " + oneLine(e));
            return 1;
        }
    }

    private static int dispatch(List<String> commandLine) {
        List<String> args = commandLine.stream().filter(arg -> !arg.equals(VERBOSE)).toList();
        if (!commandLine.contains(VERBOSE)) {
            // Spark's warnings read as failures to a person and bury the progress lines; its
            // errors still show.
            Configurator.setRootLevel(Level.ERROR);
        }
        if (args.isEmpty()) {
            throw new UsageException("missing command (run, train, score, import, evaluate, generate or explain; see --help)");
        }
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (command.equals("--help") || command.equals("-h") || command.equals("help")) {
            System.out.println(Usage.OVERVIEW);
            return 0;
        }
        if (command.equals("--version")) {
            BuildInfo.lines().forEach(System.out::println);
            return 0;
        }
        return switch (command) {
            case "run" -> RunCommand.run(rest);
            case "train" -> TrainCommand.run(rest);
            case "score" -> ScoreCommand.run(rest);
            case "import" -> ImportCommand.run(rest);
            case "evaluate" -> EvaluateCommand.run(rest);
            case "generate" -> GenerateCommand.run(rest);
            case "explain" -> ExplainCommand.run(rest);
            default -> throw new UsageException("unknown command '" + command + "' (run, train, score, import, evaluate, generate or explain; see --help)");
        };
    }

    private static String oneLine(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message);
    }
}
