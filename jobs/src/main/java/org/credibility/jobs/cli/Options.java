package org.credibility.jobs.cli;

import org.credibility.jobs.UsageException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code --name value} options of one subcommand. Unknown options, a missing value,
 * a repeated option (but the repeatable ones: {@code --conf}, which takes one setting each time,
 * and {@code --input} where a command reads several folders) or a stray positional argument are
 * usage errors.
 */
public final class Options {
    /** The option that may be given many times, each with one Spark setting. */
    public static final String CONF = "conf";

    private final String command;
    private final Map<String, String> values;
    private final Map<String, List<String>> repeated;

    private Options(String command, Map<String, String> values, Map<String, List<String>> repeated) {
        this.command = command;
        this.values = values;
        this.repeated = repeated;
    }

    public static Options parse(String command, List<String> args, Set<String> allowed) {
        return parse(command, args, allowed, Set.of(CONF));
    }

    /** {@code repeatable}: the allowed options that may be given more than once ({@link #all}). */
    public static Options parse(String command, List<String> args, Set<String> allowed, Set<String> repeatable) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, List<String>> repeated = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException(command + ": unexpected argument '" + arg + "' (see '" + command + " --help')");
            }
            String name = arg.substring(2);
            if (!allowed.contains(name)) {
                throw new UsageException(command + ": unknown option '" + arg + "' (see '" + command + " --help')");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new UsageException(command + ": option '" + arg + "' needs a value");
            }
            if (repeatable.contains(name)) {
                repeated.computeIfAbsent(name, n -> new ArrayList<>()).add(args.get(++i));
            } else if (values.put(name, args.get(++i)) != null) {
                throw new UsageException(command + ": option '" + arg + "' given twice");
            }
        }
        return new Options(command, values, repeated);
    }

    /** Every {@code --conf} value, in order. */
    public List<String> confs() {
        return all(CONF);
    }

    /** Every value of a repeatable option, in order. */
    public List<String> all(String name) {
        return repeated.getOrDefault(name, List.of());
    }

    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /**
     * A numeric option: its value (or {@code defaultValue} when absent, null meaning required)
     * parsed by {@code parse}; a value that does not parse is a usage error saying it
     * "needs {@code expected}".
     */
    public <T> T number(String name, String defaultValue, Function<String, T> parse, String expected) {
        String value = defaultValue == null ? require(name) : get(name).orElse(defaultValue);
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            throw new UsageException(command + ": --" + name + " needs " + expected + ", not '" + value + "'");
        }
    }

    public String require(String name) {
        String value = values.get(name);
        if (value == null) {
            throw new UsageException(command + ": missing required option --" + name);
        }
        return value;
    }
}
