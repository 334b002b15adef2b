package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ClaimFoldsTest {
    private static final Map<String, String> LABELS = Map.of("t1", "true", "t2", "true", "t3", "true",
            "f1", "false", "f2", "false", "u1", "unverified", "u2", "unverified");

    @Test
    void eachLabelIsDealtRoundTheFoldsInHashOrder() {
        // Labels in name order (false, true, unverified), claims by CRC-32 of "seed\u001fid" (checked
        // with Python's zlib.crc32): seed 1 orders f1 f2 | t1 t3 t2 | u1 u2, dealt 0 1 | 2 0 1 | 2 0.
        assertEquals(new TreeMap<>(Map.of("f1", 0, "f2", 1, "t1", 2, "t3", 0, "t2", 1, "u1", 2, "u2", 0)),
                ClaimFolds.assign(LABELS, 3, 1));
        // Seed 3 orders f2 f1 | t3 t2 t1 | u2 u1, dealt 0 1 | 2 0 1 | 2 0.
        assertEquals(Map.of("f1", 1, "f2", 0, "t1", 1, "t2", 0, "t3", 2, "u1", 0, "u2", 2),
                ClaimFolds.assign(LABELS, 3, 3));
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        Map<String, String> reversed = new LinkedHashMap<>();
        new TreeMap<>(LABELS).descendingMap().forEach(reversed::put);
        assertEquals(ClaimFolds.assign(LABELS, 2, 7), ClaimFolds.assign(reversed, 2, 7));
    }

    @Test
    void oneFoldIsNoCrossValidation() {
        assertThrows(IllegalArgumentException.class, () -> ClaimFolds.assign(LABELS, 1, 1));
    }
}
