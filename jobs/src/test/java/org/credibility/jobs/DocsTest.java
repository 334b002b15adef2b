package org.credibility.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The docs cannot drift from the code unnoticed: docs/command-line.md quotes every usage text the
 * commands print, verbatim; the overview ({@code credibility --help}) lists every command the
 * code dispatches, with the options of its own help; every {@code bin/credibility} command line
 * in the docs uses a command and options that exist; every class the docs name and every
 * relative link resolves. The output tables' reference is checked against a seeds run in
 * {@link SeedsRunTest}.
 */
class DocsTest {
    /** The repository (the tests run in jobs/). */
    private static final Path ROOT = Path.of("..");
    /** The options every command takes besides its own. */
    private static final Set<String> EVERY_COMMAND = Set.of("verbose", "help");
    /** Names in backticks that look like Java classes and are not ours: schema.org's types. */
    private static final Set<String> NOT_OURS = Set.of("ClaimReview", "CreativeWork");
    private static final Pattern OPTION = Pattern.compile("(?<![\\w-])--([a-z][a-z0-9-]*)");
    private static final Pattern FENCE = Pattern.compile("(?m)^```[^\\n]*\\n(.*?)^```", Pattern.DOTALL);

    /** README.md, BENCHMARKS.md, seeds/README.md and docs/*.md. */
    static List<Path> docs() {
        List<Path> docs = new ArrayList<>(List.of(ROOT.resolve("README.md"), ROOT.resolve("BENCHMARKS.md"),
                ROOT.resolve("seeds/README.md")));
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs"))) {
            pages.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }

    private static String read(Path doc) {
        try {
            return Files.readString(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path doc) {
        return ROOT.relativize(doc).toString();
    }

    /** What {@code credibility ARGS} prints on stdout; it must succeed. */
    private static String printed(String... args) {
        Commands.Outcome o = Commands.run(args);
        assertEquals(0, o.status(), String.join(" ", args) + ": " + o.err());
        return o.out().stripTrailing();
    }

    /** The commands Main dispatches, as its message for an unknown command lists them. */
    private static List<String> commands() {
        return listed(Commands.run("no-such-command").err());
    }

    /** The list in "(a, b or c; see …)" of a usage error. */
    private static List<String> listed(String error) {
        Matcher m = Pattern.compile("\\(([a-z0-9, -]+); see ").matcher(error);
        assertTrue(m.find(), "no list of choices in: " + error);
        return Arrays.stream(m.group(1).split(", | or ")).toList();
    }

    /** The help of every command, in the order Main lists them. */
    private static Map<String, String> helps() {
        Map<String, String> helps = new LinkedHashMap<>();
        for (String command : commands()) {
            helps.put(command, printed(command, "--help"));
        }
        return helps;
    }

    /**
     * The synopses of a usage text: "command [sub-command]" → its options. A synopsis is a line
     * naming {@code credibility COMMAND} after {@code usage: } or as many spaces, or the
     * overview's two-space indented {@code run    […]}, and the lines that continue it (indented
     * six spaces or more, starting with an option).
     */
    static Map<String, Set<String>> synopses(String usage, boolean overview) {
        Pattern start = overview ? Pattern.compile("^  ([a-z]+)(?: +([a-z][a-z0-9-]*)(?= |$))?")
                : Pattern.compile("^(?:usage: | {7})credibility ([a-z]+)(?: +([a-z][a-z0-9-]*)(?= |$))?");
        Map<String, Set<String>> synopses = new TreeMap<>();
        String[] lines = usage.split("\n");
        for (int i = 0; i < lines.length; i++) {
            Matcher m = start.matcher(lines[i]);
            if (!m.find()) {
                continue;
            }
            String key = m.group(2) == null ? m.group(1) : m.group(1) + " " + m.group(2);
            StringBuilder synopsis = new StringBuilder(lines[i].substring(m.end()));
            while (i + 1 < lines.length && lines[i + 1].startsWith("      ")
                    && (lines[i + 1].strip().startsWith("[") || lines[i + 1].strip().startsWith("--"))) {
                synopsis.append(' ').append(lines[++i]);
            }
            Set<String> options = new TreeSet<>();
            Matcher o = OPTION.matcher(synopsis);
            while (o.find()) {
                options.add(o.group(1));
            }
            options.removeAll(EVERY_COMMAND);
            assertTrue(synopses.put(key, options) == null, "two synopses of " + key + " in:\n" + usage);
        }
        return synopses;
    }

    /** Every command's synopsis with its options, from the commands' own help. */
    private static Map<String, Set<String>> helpSynopses() {
        Map<String, Set<String>> all = new TreeMap<>();
        helps().values().forEach(help -> all.putAll(synopses(help, false)));
        return all;
    }

    private static Set<String> fencedBlocks(String markdown) {
        Set<String> blocks = new TreeSet<>();
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) {
            blocks.add(m.group(1).stripTrailing());
        }
        return blocks;
    }

    @Test
    void commandLineDocsQuoteEveryUsageTextVerbatim() {
        Set<String> blocks = fencedBlocks(read(ROOT.resolve("docs/command-line.md")));
        List<String> usages = new ArrayList<>();
        usages.add(printed("--help"));
        usages.addAll(helps().values());
        for (String usage : usages) {
            assertTrue(blocks.contains(usage), "docs/command-line.md has no fenced block that is exactly:\n" + usage);
        }
        for (String block : blocks) {
            assertTrue(!block.startsWith("usage:") || usages.contains(block),
                    "docs/command-line.md quotes a usage no command prints:\n" + block);
        }
    }

    @Test
    void theOverviewListsEveryCommandWithTheOptionsOfItsHelp() {
        Map<String, Set<String>> helps = helpSynopses();
        // A command whose help has sub-commands (import fnc1, evaluate stance) lists the ones the code takes.
        for (String command : commands()) {
            List<String> subs = helps.keySet().stream().filter(k -> k.startsWith(command + " "))
                    .map(k -> k.substring(command.length() + 1)).toList();
            if (!subs.isEmpty()) {
                assertEquals(new TreeSet<>(listed(Commands.run(command, "no-such-task").err())), new TreeSet<>(subs),
                        "the sub-commands of '" + command + "' in its help");
            }
            assertTrue(helps.containsKey(command) || !subs.isEmpty(), "no synopsis in the help of " + command);
        }
        assertEquals(helps, synopses(printed("--help"), true),
                "the overview (credibility --help, Usage.OVERVIEW) against each command's own help");
    }

    @Test
    void everyCommandLineInTheDocsUsesACommandAndOptionsTheCodeTakes() {
        Map<String, Set<String>> synopses = helpSynopses();
        Set<String> commands = new TreeSet<>(commands());
        Pattern commandLine = Pattern.compile("bin/credibility ([a-z][a-z-]*)(?: ([a-z][a-z0-9-]*))?((?:(?! \\| )[^`#\\n])*)");
        for (Path doc : docs()) {
            String text = read(doc).replace("\\\n", " ");
            Matcher m = commandLine.matcher(text);
            while (m.find()) {
                String where = name(doc) + ": " + m.group();
                assertTrue(commands.contains(m.group(1)), "no such command: " + where);
                String key = synopses.containsKey(m.group(1)) ? m.group(1) : m.group(1) + " " + m.group(2);
                assertTrue(synopses.containsKey(key), "no such command: " + where);
                String options = synopses.containsKey(m.group(1)) && m.group(2) != null
                        ? m.group(2) + m.group(3) : m.group(3);
                Matcher o = OPTION.matcher(options);
                while (o.find()) {
                    assertTrue(synopses.get(key).contains(o.group(1)) || EVERY_COMMAND.contains(o.group(1)),
                            "'" + key + "' takes no --" + o.group(1) + ": " + where);
                }
            }
        }
    }

    /** Every .java file of the repository by its name ({@code ScoreFlow}) → its paths, '/'-separated. */
    private static Map<String, List<String>> javaFiles() throws IOException {
        Map<String, List<String>> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(ROOT)) {
            walk.filter(p -> p.toString().endsWith(".java"))
                    .map(p -> ROOT.relativize(p).toString().replace('\\', '/'))
                    .filter(p -> !p.contains("/target/") && !p.contains("node_modules/") && !p.startsWith("."))
                    .forEach(p -> files.computeIfAbsent(p.substring(p.lastIndexOf('/') + 1, p.length() - 5),
                            n -> new ArrayList<>()).add(p));
        }
        return files;
    }

    /**
     * A class the docs name: {@code `ScoreFlow`}, {@code `flows/ScoreFlow`}, {@code `bench.BareLoop`},
     * {@code `org.credibility.jobs.ml.StanceModel`}, {@code `StanceModel.Scorer`},
     * {@code `SeedsRunTest.theHandLabels…`}, {@code `features/…/OutletRecords`}, {@code `ScoreFlow.java`}.
     */
    private static final Pattern CLASS = Pattern.compile(
            "^((?:(?:[a-z][\\w-]*|…|\\.\\.\\.)[./])*)([A-Z][A-Za-z0-9]*)(\\.java)?(?:\\.([A-Z]\\w*))?(?:[.#]([a-z]\\w*)(?:\\(\\))?)?$");

    @Test
    void everyClassTheDocsNameExists() throws IOException {
        Map<String, List<String>> files = javaFiles();
        List<String> missing = new ArrayList<>();
        for (Path doc : docs()) {
            String text = read(doc);
            Matcher file = Pattern.compile("\\b([A-Z]\\w*)\\.java\\b").matcher(text);
            while (file.find()) {
                if (!files.containsKey(file.group(1))) {
                    missing.add(name(doc) + ": " + file.group());
                }
            }
            Matcher code = Pattern.compile("`([^`\\n]+)`").matcher(FENCE.matcher(text).replaceAll(""));
            while (code.find()) {
                Matcher c = CLASS.matcher(code.group(1));
                if (!c.matches() || NOT_OURS.contains(c.group(2))) {
                    continue;
                }
                String prefix = c.group(1);
                boolean camel = c.group(2).matches(".*[a-z][A-Z].*");
                if (!camel && c.group(3) == null || prefix.matches("(org|com|java|javax|scala|io|dev)\\..*")
                        && !prefix.startsWith("org.credibility.")) {
                    continue;
                }
                String problem = classProblem(files, prefix, c.group(2), c.group(4), c.group(5));
                if (problem != null) {
                    missing.add(name(doc) + ": `" + code.group(1) + "`: " + problem);
                }
            }
        }
        assertEquals(List.of(), missing, "classes the docs name that the repository does not have"
                + " (a class not ours: DocsTest.NOT_OURS)");
    }

    private static String classProblem(Map<String, List<String>> files, String prefix, String name, String inner,
                                       String member) throws IOException {
        // The folders or packages written right before the name are the end of its path.
        List<String> segments = new ArrayList<>();
        Matcher segment = Pattern.compile("([a-z][\\w-]*|…|\\.\\.\\.)[./]").matcher(prefix);
        while (segment.find()) {
            segments.add(segment.group(1));
        }
        List<String> chain = new ArrayList<>();
        for (int i = segments.size() - 1; i >= 0 && segments.get(i).matches("[a-z][\\w-]*"); i--) {
            chain.add(0, segments.get(i));
        }
        String suffix = (chain.isEmpty() ? "" : String.join("/", chain) + "/") + name + ".java";
        List<String> paths = files.getOrDefault(name, List.of()).stream()
                .filter(p -> p.equals(suffix) || p.endsWith("/" + suffix))
                .filter(p -> segments.stream().filter(s -> s.matches("[a-z][\\w-]*"))
                        .allMatch(s -> p.startsWith(s + "/") || p.contains("/" + s + "/")))
                .toList();
        if (paths.isEmpty()) {
            return "no " + suffix;
        }
        for (String path : paths) {
            String source = Files.readString(ROOT.resolve(path));
            boolean hasInner = inner == null
                    || Pattern.compile("\\b(class|record|interface|enum) " + inner + "\\b").matcher(source).find();
            boolean hasMember = member == null || Pattern.compile("\\b" + member + "\\b").matcher(source).find();
            if (hasInner && hasMember) {
                return null;
            }
        }
        return "no " + (inner != null ? inner : "") + (member != null ? " " + member : "") + " in " + paths;
    }

    /** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void everyRelativeLinkResolves() {
        List<String> broken = new ArrayList<>();
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        for (Path doc : docs()) {
            Matcher m = link.matcher(FENCE.matcher(read(doc)).replaceAll(""));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? doc : doc.getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(name(doc) + ": " + target + " (no such file)");
                } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
                    String fragment = target.substring(hash + 1);
                    boolean found = read(resolved).lines().filter(l -> l.startsWith("#"))
                            .anyMatch(l -> anchor(l.replaceFirst("^#+", "")).equals(fragment));
                    if (!found) {
                        broken.add(name(doc) + ": " + target + " (no such heading)");
                    }
                }
            }
        }
        assertEquals(List.of(), broken, "relative links that lead nowhere");
    }

    @Test
    void anchorsAreGitHubs() {
        assertEquals("reading-the-output", anchor(" Reading the output"));
        assertEquals("bad-input-counts-and-safe-output", anchor("Bad input, counts and safe output"));
        assertEquals("claim-centric-input-claimsjsonl", anchor("Claim-centric input (claims.jsonl)"));
    }
}
