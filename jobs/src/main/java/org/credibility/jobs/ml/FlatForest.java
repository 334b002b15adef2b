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
 * <p>Node {@code n} of the forest: its children are {@code left[n]} and {@code right[n]}; a feature
 * goes left when {@code features[feature[n]] ≤ threshold[n]}. A leaf is its own two children
 * (threshold +∞), so a walk that reaches it stays there, and every tree is walked the same
 * {@code depth} steps without asking whether it has reached a leaf. The trees are walked
 * {@value #INTERLEAVED} at a time: their steps do not depend on each other, so the processor
 * overlaps their memory reads and mispredicted branches, which one walk at a time waits out.
 * A leaf's class shares start at {@code leafShares[leafStart[n]]}; the votes are summed in tree
 * order afterwards, as MLlib sums them.
 */
final class FlatForest implements Serializable {
    private static final int INTERLEAVED = 4;

    private final int classes;
    private final int depth;
    private final int[] roots;
    private final int[] feature;
    private final double[] threshold;
    private final int[] left;
    private final int[] right;
    private final int[] leafStart;
    private final double[] leafShares;

    private FlatForest(Builder b, int[] roots) {
        this.classes = b.classes;
        this.depth = b.depth;
        this.roots = roots;
        this.feature = b.feature.stream().mapToInt(Integer::intValue).toArray();
        this.threshold = b.threshold.stream().mapToDouble(Double::doubleValue).toArray();
        this.left = b.left.stream().mapToInt(Integer::intValue).toArray();
        this.right = b.right.stream().mapToInt(Integer::intValue).toArray();
        this.leafStart = b.leafStart.stream().mapToInt(Integer::intValue).toArray();
        this.leafShares = b.shares.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The forest's trees, copied; only continuous splits (the stance features have no categorical ones). */
    static FlatForest of(RandomForestClassificationModel model) {
        Builder b = new Builder(model.numClasses());
        DecisionTreeClassificationModel[] trees = model.trees();
        int[] roots = new int[trees.length];
        for (int t = 0; t < trees.length; t++) {
            roots[t] = b.add(trees[t].rootNode(), 0);
        }
        return new FlatForest(b, roots);
    }

    /** The class probabilities MLlib's {@code predictProbability} gives for these features. */
    double[] probability(double[] features) {
        int trees = roots.length;
        int[] leaves = new int[trees];
        int t = 0;
        for (; t + INTERLEAVED <= trees; t += INTERLEAVED) {
            int a = roots[t];
            int b = roots[t + 1];
            int c = roots[t + 2];
            int d = roots[t + 3];
            for (int step = 0; step < depth; step++) {
                a = features[feature[a]] <= threshold[a] ? left[a] : right[a];
                b = features[feature[b]] <= threshold[b] ? left[b] : right[b];
                c = features[feature[c]] <= threshold[c] ? left[c] : right[c];
                d = features[feature[d]] <= threshold[d] ? left[d] : right[d];
            }
            leaves[t] = a;
            leaves[t + 1] = b;
            leaves[t + 2] = c;
            leaves[t + 3] = d;
        }
        for (; t < trees; t++) {
            int n = roots[t];
            for (int step = 0; step < depth; step++) {
                n = features[feature[n]] <= threshold[n] ? left[n] : right[n];
            }
            leaves[t] = n;
        }
        double[] votes = new double[classes];
        for (int leaf : leaves) {
            for (int c = 0, at = leafStart[leaf]; c < classes; c++, at++) {
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
        /** The most splits on a path from a root to a leaf, over all trees. */
        int depth;
        final List<Integer> feature = new ArrayList<>();
        final List<Double> threshold = new ArrayList<>();
        final List<Integer> left = new ArrayList<>();
        final List<Integer> right = new ArrayList<>();
        final List<Integer> leafStart = new ArrayList<>();
        final List<Double> shares = new ArrayList<>();

        Builder(int classes) {
            this.classes = classes;
        }

        /** Adds a node at {@code level} splits below its root, and its subtree; returns the node's index. */
        int add(Node node, int level) {
            int n = feature.size();
            feature.add(0);
            threshold.add(Double.POSITIVE_INFINITY);
            left.add(n);
            right.add(n);
            leafStart.add(-1);
            if (node instanceof InternalNode internal) {
                if (!(internal.split() instanceof ContinuousSplit split)) {
                    throw new IllegalArgumentException("only continuous splits are supported, not " + internal.split());
                }
                feature.set(n, split.featureIndex());
                threshold.set(n, split.threshold());
                left.set(n, add(internal.leftChild(), level + 1));
                right.set(n, add(internal.rightChild(), level + 1));
            } else {
                depth = Math.max(depth, level);
                // As MLlib: a leaf votes with its class counts over their total, or not at all if empty.
                double[] counts = ((LeafNode) node).impurityStats().stats();
                double total = 0;
                for (double c : counts) {
                    total += c;
                }
                leafStart.set(n, shares.size());
                for (int c = 0; c < classes; c++) {
                    shares.add(total != 0 ? counts[c] / total : 0.0);
                }
            }
            return n;
        }
    }
}
