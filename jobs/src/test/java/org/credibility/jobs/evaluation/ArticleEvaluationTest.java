package org.credibility.jobs.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ArticleEvaluationTest {
    /** Three pairs found, two of them among the four gold reports: recall 2/4, precision 2/3. */
    @Test
    void foundPairsAreCountedAgainstTheGoldOnes() {
        Set<List<String>> gold = Set.of(List.of("c1", "a1"), List.of("c1", "a2"), List.of("c2", "a1"),
                List.of("c2", "a3"));
        Set<List<String>> found = Set.of(List.of("c1", "a1"), List.of("c2", "a3"), List.of("c2", "a2"));
        assertEquals(Map.of("found", 3, "gold", 4, "right", 2L, "recall", 0.5, "precision", 0.6667),
                ArticleEvaluation.found(found, gold));
    }
}
