package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void readsEntriesTrimmedWithoutCommentsOrBlankLines() {
        assertEquals(List.of("Alpha", "beta gamma"), Lexicon.entries("test-sample-list"));
        assertEquals(List.of("alpha", "beta gamma"), Lexicon.lowerCaseEntries("test-sample-list"));
    }

    @Test
    void readsMappingsWithLowerCaseKeysFirstOneWinning() {
        assertEquals(Map.of("russian mod", "Russian Ministry of Defence"), Lexicon.mapping("test-sample-mapping"));
        assertThrows(IllegalStateException.class, () -> Lexicon.mapping("test-sample-list"));
    }

    @Test
    void patternsExpandListReferencesAndAreCaseInsensitiveUnlessTheyOptOut() {
        List<Pattern> patterns = Lexicon.patterns("test-sample-patterns");
        assertTrue(patterns.get(0).matcher("SEPT 12").matches());
        assertFalse(patterns.get(0).matcher("Sunday 12").matches());
        assertTrue(patterns.get(1).matcher("By Reuters").matches());
        assertFalse(patterns.get(1).matcher("by reuters").matches());
    }

    @Test
    void aMissingFileFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> Lexicon.entries("no-such-list"));
    }

    /** Every data file says where its entries come from, and every pattern file compiles. */
    @Test
    void everyDataFileNamesItsSource() throws IOException, URISyntaxException {
        Path dir = Path.of(Lexicon.class.getResource("/org/credibility/features/stopwords.txt").toURI()).getParent();
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 20, () -> "data files: " + files);
        for (Path file : files) {
            String header = Files.readAllLines(file).stream().takeWhile(line -> line.startsWith("#"))
                    .reduce("", (a, b) -> a + b + "\n");
            assertTrue(header.contains("Source"), () -> file.getFileName() + " has no 'Source' in its header comment");
            String name = file.getFileName().toString().replace(".txt", "");
            assertFalse(Lexicon.entries(name).isEmpty(), name);
            if (name.endsWith("-patterns") || name.endsWith("-lines") || name.endsWith("-markers")) {
                assertFalse(Lexicon.patterns(name).isEmpty(), name);
            }
        }
    }
}
