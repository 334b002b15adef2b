package org.credibility.jobs.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.credibility.jobs.JobException;
import org.credibility.jobs.UsageException;

/**
 * The input folders of a command. Each {@code --input} value names a folder or several,
 * comma-separated (a comma inside a glob's {@code {a,b}} belongs to the glob), and each may be a
 * Hadoop glob pattern ({@code crawl/2017-01-2*}) whose matching folders are read in name order.
 * Folders are read in the order given; a folder named twice is read once, where first named.
 * {@code given}: the values as given, comma-joined, for the manifest.
 */
public record InputFolders(String given, List<String> folders) {
    private static final String GLOB_CHARACTERS = "*?[{\\";

    /** One folder, taken as named (no commas split, no glob expanded): an evaluation's input. */
    public static InputFolders of(String folder) {
        return new InputFolders(folder, List.of(folder));
    }

    public static InputFolders resolve(List<String> values) {
        Set<String> folders = new LinkedHashSet<>();
        for (String value : values) {
            for (String pattern : splitOutsideBraces(value)) {
                if (pattern.isBlank()) {
                    throw new UsageException("--input: an empty folder name in '" + value + "'");
                }
                folders.addAll(pattern.chars().anyMatch(c -> GLOB_CHARACTERS.indexOf(c) >= 0)
                        ? matches(pattern) : List.of(pattern));
            }
        }
        return new InputFolders(String.join(",", values), List.copyOf(folders));
    }

    /** The folders that have the named file, in order. */
    public List<String> withFile(String file) {
        return folders.stream().filter(folder -> FileSystems.exists(folder + "/" + file)).toList();
    }

    /** The folders a glob matches, by name; paths as the pattern has them (a local one without file:). */
    private static List<String> matches(String pattern) {
        Path glob = new Path(pattern);
        FileStatus[] found;
        try {
            found = FileSystems.of(glob).globStatus(glob);
        } catch (IOException e) {
            throw new JobException("cannot list the input folders " + pattern + ": " + e.getMessage(), e);
        }
        List<String> folders = new ArrayList<>();
        for (FileStatus status : found == null ? new FileStatus[0] : found) {
            if (status.isDirectory()) {
                Path path = status.getPath();
                folders.add(glob.toUri().getScheme() == null
                        ? Path.getPathWithoutSchemeAndAuthority(path).toString() : path.toString());
            }
        }
        if (folders.isEmpty()) {
            throw new JobException("no input folder matches " + pattern);
        }
        return folders;
    }

    private static List<String> splitOutsideBraces(String value) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(value.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(value.substring(start));
        return parts;
    }
}
