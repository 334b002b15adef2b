package org.credibility.features.text;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * Inverse document frequencies of terms ({@link TermNormalizer}), learned from a training set of
 * documents (FNC-1: the bodies and the headlines), and the TF-IDF cosine of two texts' terms that
 * the FNC-1 entries found the best single relatedness signal. Smoothed as scikit-learn's
 * {@code TfidfVectorizer}: idf = ln((1 + N) / (1 + df)) + 1, so a term never seen in training
 * weighs most. Immutable, serializable: Spark broadcasts it to the executors, with Kryo on a
 * cluster, so the map is a plain {@link HashMap} behind a read-only view (Kryo rebuilds a map by
 * putting entries into it, which {@code Map.copyOf}'s immutable maps refuse).
 */
public final class TermWeights implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final TermWeights NONE = new TermWeights(0, Map.of());

    private final long documents;
    private final Map<String, Long> documentFrequency;

    /**
     * @param documents         how many documents the frequencies were counted over
     * @param documentFrequency in how many of them each term occurs
     */
    public TermWeights(long documents, Map<String, Long> documentFrequency) {
        this.documents = documents;
        this.documentFrequency = new HashMap<>(documentFrequency);
    }

    /** No training data: every term weighs 1, and the cosine is over raw term counts. */
    public static TermWeights none() {
        return NONE;
    }

    /** Counts the documents each term occurs in; a term repeated in one document counts once. */
    public static TermWeights fit(Collection<? extends Collection<String>> documentTerms) {
        Map<String, Long> df = new HashMap<>();
        for (Collection<String> terms : documentTerms) {
            for (String t : new HashSet<>(terms)) {
                df.merge(t, 1L, Long::sum);
            }
        }
        return new TermWeights(documentTerms.size(), df);
    }

    public long documents() {
        return documents;
    }

    public Map<String, Long> documentFrequency() {
        return Collections.unmodifiableMap(documentFrequency);
    }

    public double idf(String term) {
        return Math.log((1.0 + documents) / (1.0 + documentFrequency.getOrDefault(term, 0L))) + 1;
    }

    /** TF-IDF vector of a text's terms: each term's count times its idf. */
    public Vector vector(List<String> terms) {
        Map<String, Double> v = new HashMap<>();
        for (String t : terms) {
            v.merge(t, 1.0, Double::sum);
        }
        v.replaceAll((t, count) -> count * idf(t));
        return new Vector(v);
    }

    /** Cosine of two vectors from {@link #vector}; 0 when either is empty. */
    public static double cosine(Vector a, Vector b) {
        if (a.size() > b.size()) {
            return cosine(b, a);
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : a.weights().entrySet()) {
            Double other = b.weights().get(e.getKey());
            if (other != null) {
                dot += e.getValue() * other;
            }
        }
        return cosine(dot, a, b);
    }

    /** The cosine of two vectors whose dot product is {@code dot}. */
    public static double cosine(double dot, Vector a, Vector b) {
        return dot == 0 ? 0 : dot / (a.norm() * b.norm());
    }

    /**
     * A sparse TF-IDF vector, term → weight, with its Euclidean norm computed once: a sentence's
     * vector meets every claim linked to its article.
     */
    public static final class Vector {
        private final Map<String, Double> weights;
        private final double norm;

        Vector(Map<String, Double> weights) {
            this.weights = weights;
            double s = 0;
            for (double x : weights.values()) {
                s += x * x;
            }
            this.norm = Math.sqrt(s);
        }

        /**
         * Term → weight. Neither copied nor wrapped (it is looked up in the pair features' inner
         * loop): package-private instead, and nothing in this package writes to it.
         */
        public Map<String, Double> weights() {
            return weights;
        }

        public double norm() {
            return norm;
        }

        public int size() {
            return weights.size();
        }
    }
}
