package org.credibility.jobs.importers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;

/** What an import wrote, and the rows it skipped with why (the first few kept for the message). */
public record ImportSummary(String dataset, Path output, int rowsRead, int articles, int claims, int reports,
                            int labels, int stanceLabels, int skipped, List<String> skipExamples) {

    static final int EXAMPLES = 5;

    public String describe() {
        StringBuilder s = new StringBuilder(String.format(
                "imported %s into %s: %d articles, %d claims, %d known reports, %d labels, %d stance labels",
                dataset, output, articles, claims, reports, labels, stanceLabels));
        if (skipped > 0) {
            s.append(String.format("; %d rows skipped (e.g. %s)", skipped, skipExamples.get(0)));
        }
        return s.toString();
    }

    static final class Builder {
        private final String dataset;
        private final int rowsRead;
        private int articles;
        private int claims;
        private int reports;
        private int labels;
        private int stanceLabels;
        private int skipped;
        private final List<String> examples = new ArrayList<>();

        Builder(String dataset, int rowsRead) {
            this.dataset = dataset;
            this.rowsRead = rowsRead;
        }

        void skip(Path file, CSVRecord record, String reason) {
            skipped++;
            if (examples.size() < EXAMPLES) {
                examples.add(file.getFileName() + " record " + record.getRecordNumber() + ": " + reason);
            }
        }

        void articles(int n) {
            articles = n;
        }

        void claims(int n) {
            claims = n;
        }

        void reports(int n) {
            reports = n;
        }

        void labels(int n) {
            labels = n;
        }

        void stanceLabels(int n) {
            stanceLabels = n;
        }

        ImportSummary build(Path output) {
            return new ImportSummary(dataset, output, rowsRead, articles, claims, reports, labels, stanceLabels,
                    skipped, List.copyOf(examples));
        }
    }
}
