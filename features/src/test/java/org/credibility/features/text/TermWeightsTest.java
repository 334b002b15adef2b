package org.credibility.features.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermWeightsTest {
    private final TermWeights weights = TermWeights.fit(List.of(List.of("a", "b", "a"), List.of("b", "c")));

    @Test
    void idfIsSmoothedAndCountsEachDocumentOnce() {
        assertEquals(2, weights.documents());
        assertEquals(Map.of("a", 1L, "b", 2L, "c", 1L), weights.documentFrequency());
        assertEquals(Math.log(3 / 2.0) + 1, weights.idf("a"), 1e-12);
        assertEquals(1.0, weights.idf("b"), 1e-12);         // in every document: ln(3/3) + 1
        assertEquals(Math.log(3) + 1, weights.idf("zzz"), 1e-12); // never seen weighs most
        assertEquals(1.0, TermWeights.none().idf("a"));
    }

    @Test
    void vectorIsCountTimesIdf() {
        TermWeights.Vector v = weights.vector(List.of("a", "b", "a"));
        assertEquals(Map.of("a", 2 * (Math.log(1.5) + 1), "b", 1.0), v.weights());
        assertEquals(Math.sqrt(Math.pow(2 * (Math.log(1.5) + 1), 2) + 1), v.norm(), 1e-12);
    }

    @Test
    void cosineOfSparseVectors() {
        assertEquals(1 / Math.sqrt(2), cosine(Map.of("a", 1.0, "b", 1.0), Map.of("a", 3.0)), 1e-12);
        assertEquals(0.6, cosine(Map.of("a", 3.0, "b", 4.0), Map.of("a", 1.0, "c", 7.0)) * Math.sqrt(50), 1e-12);
        assertEquals(0.0, cosine(Map.of(), Map.of("a", 1.0)));
        assertEquals(0.0, cosine(Map.of("a", 1.0), Map.of("b", 1.0)));
        assertEquals(0.0, cosine(Map.of("a", 1.0), Map.of()));
    }

    private static double cosine(Map<String, Double> a, Map<String, Double> b) {
        return TermWeights.cosine(new TermWeights.Vector(a), new TermWeights.Vector(b));
    }
}
