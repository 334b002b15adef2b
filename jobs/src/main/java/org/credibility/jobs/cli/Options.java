package org.credibility.jobs.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code --name value} options of one subcommand. Unknown options, a missing value,
 * a repeated option (but {@code --conf}, which takes one setting each time) or a stray
 * positional argument are usage errors.
 */
public final class Options {
    /** The option that may be given many times, each with one Spark setting. */
    public static final String CONF = "conf";

    private final String command;
    private final Map<String, String> values;
    private final List<String> confs;

    private Options(String command, Map<String, String> values, List<String> confs) {
        this.command = command;
        this.values = values;
        this.confs = confs;
    }

    public static Options parse(String command, List<String> args, Set<String> allowed) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> confs = new ArrayList<>();
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
            if (name.equals(CONF)) {
                confs.add(args.get(++i));
            } else if (values.put(name, args.get(++i)) != null) {
                throw new UsageException(command + ": option '" + arg + "' given twice");
            }
        }
        return new Options(command, values, confs);
    }

    /** Every {@code --conf} value, in order. */
    public List<String> confs() {
        return confs;
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
