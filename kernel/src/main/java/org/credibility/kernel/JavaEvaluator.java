package org.credibility.kernel;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Evaluates cells of Java with JShell, in this JVM ("local" execution), so snippets see the class
 * path the kernel was started with (Spark, the credibility jar) and share its objects: a
 * SparkSession made in one cell is there in the next.
 */
public final class JavaEvaluator implements AutoCloseable {
    private final JShell shell;

    /** A cell that did not compile or threw: one message, ready to show. */
    public static final class CellException extends Exception {
        public CellException(String message) {
            super(message);
        }
    }

    /** A JShell on {@code classPath} (entries separated by the platform's path separator). */
    public JavaEvaluator(String classPath) {
        shell = JShell.builder().executionEngine("local").build();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                shell.addToClasspath(entry);
            }
        }
    }

    /** A JShell on this JVM's class path. */
    public static JavaEvaluator onThisClassPath() {
        return new JavaEvaluator(System.getProperty("java.class.path"));
    }

    /**
     * Runs every statement, declaration and expression of the cell in order. Returns the value of
     * the cell's last snippet when it is an expression (as JShell prints it), else empty. Stops at
     * the first snippet that does not compile or throws.
     */
    public Optional<String> eval(String cell) throws CellException {
        String remaining = cell;
        Optional<String> last = Optional.empty();
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            switch (info.completeness()) {
                case COMPLETE, COMPLETE_WITH_SEMI, EMPTY -> { }
                default -> throw new CellException("incomplete Java at the end of the cell: "
                        + firstLine(remaining.strip()));
            }
            String source = info.source();
            remaining = info.remaining();
            if (source == null || source.isBlank()) {
                continue;
            }
            last = Optional.empty();
            for (SnippetEvent event : shell.eval(source)) {
                if (event.causeSnippet() != null) {
                    continue; // an update of an earlier snippet, not this one
                }
                check(event);
                Snippet.Kind kind = event.snippet().kind();
                if (kind == Snippet.Kind.EXPRESSION && event.value() != null) {
                    last = Optional.of(event.value());
                } else if (kind == Snippet.Kind.VAR && event.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND
                        && event.value() != null) {
                    last = Optional.of(event.value());
                }
            }
        }
        return last;
    }

    private void check(SnippetEvent event) throws CellException {
        Snippet snippet = event.snippet();
        if (event.status() == Snippet.Status.REJECTED) {
            String diagnostics = shell.diagnostics(snippet).filter(Diag::isError)
                    .map(d -> d.getMessage(Locale.ROOT) + " (at: " + excerpt(snippet.source(), d) + ")")
                    .collect(Collectors.joining("\n"));
            throw new CellException("does not compile: " + firstLine(snippet.source())
                    + (diagnostics.isEmpty() ? "" : "\n" + diagnostics));
        }
        if (event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
            String unresolved = shell.unresolvedDependencies((jdk.jshell.DeclarationSnippet) snippet)
                    .collect(Collectors.joining(", "));
            throw new CellException("cannot find symbol: " + unresolved + " in: " + firstLine(snippet.source()));
        }
        JShellException e = event.exception();
        if (e != null) {
            throw new CellException(describe(e));
        }
    }

    static String describe(JShellException e) {
        StringBuilder b = new StringBuilder();
        if (e instanceof EvalException eval) {
            b.append(eval.getExceptionClassName());
            if (eval.getMessage() != null) {
                b.append(": ").append(eval.getMessage());
            }
        } else if (e instanceof UnresolvedReferenceException unresolved) {
            b.append("unresolved reference: ").append(firstLine(unresolved.getSnippet().source()));
        } else {
            b.append(e);
        }
        List<String> frames = new ArrayList<>();
        for (StackTraceElement frame : e.getStackTrace()) {
            frames.add("\tat " + frame);
            if (frames.size() == 12) {
                frames.add("\t...");
                break;
            }
        }
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            frames.add("caused by " + (cause instanceof EvalException ee ? ee.getExceptionClassName() + ": "
                    + ee.getMessage() : cause.toString()));
        }
        return b + (frames.isEmpty() ? "" : "\n" + String.join("\n", frames));
    }

    private static String excerpt(String source, Diag d) {
        int from = (int) Math.max(0, d.getStartPosition());
        int to = (int) Math.min(source.length(), Math.max(from, d.getEndPosition()));
        return firstLine(source.substring(from, to));
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("");
        return line.length() > 120 ? line.substring(0, 120) + "…" : line;
    }

    /** Stops the running cell, if any. */
    public void stop() {
        shell.stop();
    }

    @Override
    public void close() {
        shell.close();
    }
}
