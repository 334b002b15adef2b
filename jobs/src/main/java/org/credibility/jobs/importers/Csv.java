package org.credibility.jobs.importers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.credibility.jobs.JobException;

/** A CSV file with a header row (RFC 4180: quoted fields may hold commas, quotes and newlines). */
final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false).get();

    final Path path;
    final List<String> header;
    final List<CSVRecord> records;

    private Csv(Path path, List<String> header, List<CSVRecord> records) {
        this.path = path;
        this.header = header;
        this.records = records;
    }

    /** Reads the whole file (the data sets are tens of MB at most); a leading byte-order mark is skipped. */
    static Csv read(Path path, String... requiredColumns) {
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
                List<String> header = parser.getHeaderNames();
                for (String column : requiredColumns) {
                    if (!header.contains(column)) {
                        throw new JobException(path + " has no '" + column + "' column (columns: "
                                + String.join(", ", header) + ")");
                    }
                }
                return new Csv(path, List.copyOf(header), new ArrayList<>(parser.getRecords()));
            }
        } catch (NoSuchFileException e) {
            throw new JobException("file not found: " + path);
        } catch (IOException | UncheckedIOException e) {
            throw new JobException("cannot read " + path + ": " + e.getMessage());
        }
    }

    boolean has(String column) {
        return header.contains(column);
    }

    /** The stripped value of a column, or "" when the record is short or the column absent. */
    static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }
}
