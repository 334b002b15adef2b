package org.credibility.jobs.importers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.credibility.jobs.JobException;

/**
 * Writes the files of an input folder (docs/input.md: articles.jsonl, claims.jsonl, labels.jsonl,
 * stance_labels.jsonl), one JSON object a line. Each file is written beside its final name and
 * moved into place when complete, so a reader never sees half a file.
 */
public final class InputFolderWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path folder;

    public InputFolderWriter(Path folder) {
        this.folder = folder;
        if (Files.isRegularFile(folder)) {
            throw new JobException("output path is a file, not a folder: " + folder);
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new JobException("cannot create output folder " + folder + ": " + e.getMessage());
        }
    }

    /** Writes {@code name} with one line per record (field order kept); returns the number of lines. */
    int write(String name, Collection<? extends Map<String, Object>> records) {
        return (int) write(name, records.iterator());
    }

    /** The same, streaming: records are written as the iterator makes them, none held. */
    public long write(String name, Iterator<? extends Map<String, Object>> records) {
        Path target = folder.resolve(name);
        Path partial = folder.resolve("." + name + ".partial");
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            while (records.hasNext()) {
                out.write(JSON.writeValueAsString(records.next()));
                out.write('\n');
                lines++;
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines;
    }

    /** Removes a file this import does not write but an earlier import into the same folder may have. */
    void remove(String name) {
        try {
            Files.deleteIfExists(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stance_labels.jsonl record. */
    static Map<String, Object> stanceLabel(String claimId, String articleId, String stance) {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("claim_id", claimId);
        label.put("article_id", articleId);
        label.put("stance", stance);
        return label;
    }

    /**
     * Writes articles.jsonl and claims.jsonl (each claim with the articles known to report it)
     * and counts them, with the reports, in {@code summary}.
     */
    void articlesAndClaims(ImportSummary.Builder summary, Collection<Map<String, Object>> articles,
                           Map<String, String> claimText, Map<String, Set<String>> reports) {
        summary.articles(write("articles.jsonl", articles));
        summary.claims(write("claims.jsonl", claims(claimText, reports)));
        summary.reports(reports.values().stream().mapToInt(Set::size).sum());
    }

    private static List<Map<String, Object>> claims(Map<String, String> claimText, Map<String, Set<String>> reports) {
        List<Map<String, Object>> claims = new ArrayList<>();
        claimText.forEach((id, text) -> {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("id", id);
            c.put("text", text);
            c.put("article_ids", List.copyOf(reports.get(id)));
            claims.add(c);
        });
        return claims;
    }
}
