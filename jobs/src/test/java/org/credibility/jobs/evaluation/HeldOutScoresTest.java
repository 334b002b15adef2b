package org.credibility.jobs.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldOutScoresTest {
    private static HeldOutScores.Scored s(int fold, String verdict, double score) {
        return new HeldOutScores.Scored(verdict + score, fold, verdict, score);
    }

    // Fold 0: true 0.9 and 0.4, false 0.4. Fold 1: true 0.6, false 0.1, unverified 0.5.
    private static final List<HeldOutScores.Scored> SCORES = List.of(s(0, "true", 0.9), s(0, "true", 0.4),
            s(0, "false", 0.4), s(1, "true", 0.6), s(1, "false", 0.1), s(1, "unverified", 0.5));

    @Test
    void aucCountsTiesHalf() {
        // 6 (true, false) pairs: 0.4 = 0.4 is a tie, the other 5 are won: 5.5 / 6.
        assertEquals(5.5 / 6, HeldOutScores.auc(SCORES), 1e-12);
        assertTrue(Double.isNaN(HeldOutScores.auc(List.of(s(0, "true", 0.3)))));
    }

    @Test
    void brierAndAccuracyLeaveUnverifiedOut() {
        // (0.1² + 0.6² + 0.4² + 0.4² + 0.1²) / 5 = 0.7 / 5.
        assertEquals(0.14, HeldOutScores.brier(SCORES), 1e-12);
        // Right side of 0.5: 0.9 and 0.6 (true), 0.4 and 0.1 (false); 0.4 (true) is wrong.
        assertEquals(0.8, HeldOutScores.accuracy(SCORES), 1e-12);
    }

    @Test
    void summaryHasPerFoldAucAndWhereEachLabelLies() {
        Map<String, Object> m = new HeldOutScores(SCORES).toMap();
        assertEquals(0.9167, m.get("roc_auc_pooled"));
        assertEquals(List.of(0.75, 1.0), m.get("roc_auc_per_fold"));
        assertEquals(0.875, m.get("roc_auc_fold_mean"));
        // Sample sd of 0.75 and 1.0: √(2 × 0.125²) = 0.17678.
        assertEquals(0.1768, m.get("roc_auc_fold_sd"));
        assertEquals(Map.of("true", Map.of("claims", 3, "mean_score", 0.6333, "median_score", 0.6),
                        "unverified", Map.of("claims", 1, "mean_score", 0.5, "median_score", 0.5),
                        "false", Map.of("claims", 2, "mean_score", 0.25, "median_score", 0.25)),
                m.get("scores_by_label"));
    }
}
