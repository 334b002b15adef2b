package org.credibility.jobs.ml;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.ml.classification.DecisionTreeClassificationModel;
import org.apache.spark.ml.classification.RandomForestClassificationModel;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;

/**
 * A trained MLlib random forest's trees copied into flat arrays, to score millions of pairs.
 * It gives exactly MLlib's probabilities and predictions: each tree votes with its leaf's class
 * shares, the votes are summed in tree order and normalised, and a feature goes left when it
 * is ≤ the split's threshold. MLlib's own {@code predictRaw} spends most of its time walking
 * linked node objects and boxing every leaf's class counts to sum them (Scala 2.13's
 * {@code Array.sum}): 44% of the mentions stage on a 10,000-article corpus (JFR), against the
 * plain loops here.
 *
 * <p>Node {@code n} of the forest: an internal node when {@code feature[n] ≥ 0}, with its
 * children at {@code left[n]} and {@code right[n]}; a leaf otherwise, whose class shares start
 * at {@code left[n]} in {@code leafShares}.
 */
final class FlatForest implements Serializable {
    private final int classes;
    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final double[] leafShares;

    private FlatForest(int classes, int[] roots, int[] feature, double[] threshold, int[] left, int[] right,
                       double[] leafShares) {
        this.classes = classes;
        this.roots = roots;
        this.feature = feature;
        this.threshold = threshold;
        this.left = left;
        this.right = right;
        this.leafShares = leafShares;
    }

    /** The forest's trees, copied; only continuous splits (the stance features have no categorical ones). */
    static FlatForest of(RandomForestClassificationModel model) {
        Builder b = new Builder(model.numClasses());
        DecisionTreeClassificationModel[] trees = model.trees();
        int[] roots = new int[trees.length];
        for (int t = 0; t < trees.length; t++) {
            roots[t] = b.add(trees[t].rootNode());
        }
        return new FlatForest(b.classes, roots, b.feature.stream().mapToInt(Integer::intValue).toArray(),
                b.threshold.stream().mapToDouble(Double::doubleValue).toArray(),
                b.left.stream().mapToInt(Integer::intValue).toArray(),
                b.right.stream().mapToInt(Integer::intValue).toArray(),
                b.shares.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The class probabilities MLlib's {@code predictProbability} gives for these features. */
    double[] probability(double[] features) {
        double[] votes = new double[classes];
        for (int root : roots) {
            int n = root;
            while (feature[n] >= 0) {
                n = features[feature[n]] <= threshold[n] ? left[n] : right[n];
            }
            for (int c = 0, at = left[n]; c < classes; c++, at++) {
                votes[c] += leafShares[at];
            }
        }
        double sum = votes[0];
        for (int c = 1; c < classes; c++) {
            sum += votes[c];
        }
        for (int c = 0; c < classes; c++) {
            votes[c] /= sum;
        }
        return votes;
    }

    /** MLlib's prediction: the most probable class, the first one on a tie. */
    static int prediction(double[] probability) {
        int best = 0;
        for (int c = 1; c < probability.length; c++) {
            if (probability[c] > probability[best]) {
                best = c;
            }
        }
        return best;
    }

    private static final class Builder {
        final int classes;
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();
        final List<Double> shares = new ArrayList<>();

        Builder(int classes) {
            this.classes = classes;
        }

        /** Adds a node and its subtree; returns the node's index. */
        int add(Node node) {
            int n = feature.size();
            feature.add(-1);
            threshold.add(0.0);
            left.add(-1);
            right.add(-1);
            if (node instanceof InternalNode internal) {
                if (!(internal.split() instanceof ContinuousSplit split)) {
                    throw new IllegalArgumentException("only continuous splits are supported, not " + internal.split());
                }
                feature.set(n, split.featureIndex());
                threshold.set(n, split.threshold());
                left.set(n, add(internal.leftChild()));
                right.set(n, add(internal.rightChild()));
            } else {
                // As MLlib: a leaf votes with its class counts over their total, or not at all if empty.
                double[] counts = ((LeafNode) node).impurityStats().stats();
                double total = 0;
                for (double c : counts) {
                    total += c;
                }
                left.set(n, shares.size());
                for (int c = 0; c < classes; c++) {
                    shares.add(total != 0 ? counts[c] / total : 0.0);
                }
            }
            return n;
        }
    }
}
