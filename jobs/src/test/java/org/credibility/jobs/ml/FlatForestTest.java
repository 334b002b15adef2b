package org.credibility.jobs.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.classification.DecisionTreeClassificationModel;
import org.apache.spark.ml.classification.RandomForestClassificationModel;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.tree.CategoricalSplit;
import org.apache.spark.ml.tree.ContinuousSplit;
import org.apache.spark.ml.tree.InternalNode;
import org.apache.spark.ml.tree.LeafNode;
import org.apache.spark.ml.tree.Node;
import org.apache.spark.mllib.tree.impurity.GiniCalculator;
import org.credibility.jobs.SharedSpark;
import org.junit.jupiter.api.Test;

/** The flat copy of a forest must give exactly MLlib's probabilities and predictions. */
class FlatForestTest {
    private static LeafNode leaf(double... counts) {
        return new LeafNode(0, 0, new GiniCalculator(counts, (long) java.util.Arrays.stream(counts).sum()));
    }

    private static Node split(int feature, double threshold, Node left, Node right) {
        return new InternalNode(0, 0, 0, left, right, new ContinuousSplit(feature, threshold), leaf(1, 1).impurityStats());
    }

    private static RandomForestClassificationModel forest(Node... roots) {
        DecisionTreeClassificationModel[] trees = new DecisionTreeClassificationModel[roots.length];
        for (int i = 0; i < roots.length; i++) {
            trees[i] = new DecisionTreeClassificationModel(roots[i], 2, 2);
        }
        return new RandomForestClassificationModel(trees, 2, 2);
    }

    /**
     * Two trees. The first sends x0 ≤ 0.5 to a leaf of counts [3, 1] (shares 0.75, 0.25), else to
     * [0, 2]; the second is one leaf, [1, 1]. At x0 = 0.5 (a tie goes left) the votes are
     * [1.25, 0.75], so P = [0.625, 0.375]; at 0.6 they are [0.5, 1.5], P = [0.25, 0.75].
     */
    @Test
    void handBuiltForestVotesWithLeafShares() {
        RandomForestClassificationModel model = forest(split(0, 0.5, leaf(3, 1), leaf(0, 2)), leaf(1, 1));
        FlatForest flat = FlatForest.of(model);

        double[] tie = flat.probability(new double[] {0.5, 9});
        assertArrayEquals(new double[] {0.625, 0.375}, tie, 0.0);
        assertEquals(0, FlatForest.prediction(tie));
        double[] above = flat.probability(new double[] {0.6, 9});
        assertArrayEquals(new double[] {0.25, 0.75}, above, 0.0);
        assertEquals(1, FlatForest.prediction(above));
        assertEquals(0, FlatForest.prediction(new double[] {0.5, 0.5}), "a tie: the first class, as MLlib");
        for (double[] x : List.of(new double[] {0.5, 9}, new double[] {0.6, 9})) {
            assertArrayEquals(model.predictProbability(Vectors.dense(x)).toArray(), flat.probability(x), 0.0);
        }
    }

    /**
     * Five trees of depths 2, 0, 1, 0 and 1: four are walked together, the fifth alone, and the
     * shallow ones wait at their leaves while the deep one goes on. At x = (0.4, 3) the leaves are
     * [0, 1], [0.75, 0.25], [1, 0], [0, 1], [1, 0]: votes [2.75, 2.25], P = [0.55, 0.45]; at
     * x = (0.7, 1) they are [0.5, 0.5], [0.75, 0.25], [0, 1], [0, 1], [0, 1]: P = [0.25, 0.75].
     */
    @Test
    void treesOfDifferentDepthsWalkedTogether() {
        RandomForestClassificationModel model = forest(
                split(0, 0.5, split(1, 2.0, leaf(1, 0), leaf(0, 1)), leaf(1, 1)),
                leaf(3, 1),
                split(1, 2.0, leaf(0, 4), leaf(4, 0)),
                leaf(0, 1),
                split(0, 0.5, leaf(1, 0), leaf(0, 1)));
        FlatForest flat = FlatForest.of(model);
        assertArrayEquals(new double[] {0.55, 0.45}, flat.probability(new double[] {0.4, 3}), 1e-15);
        assertArrayEquals(new double[] {0.25, 0.75}, flat.probability(new double[] {0.7, 1}), 1e-15);
        for (double[] x : List.of(new double[] {0.4, 3}, new double[] {0.7, 1}, new double[] {0.5, 2})) {
            assertArrayEquals(model.predictProbability(Vectors.dense(x)).toArray(), flat.probability(x), 0.0);
        }
    }

    @Test
    void categoricalSplitsAreRefused() {
        Node categorical = new InternalNode(0, 0, 0, leaf(1, 0), leaf(0, 1),
                new CategoricalSplit(0, new double[] {1.0}, 3), leaf(1, 1).impurityStats());
        assertThrows(IllegalArgumentException.class, () -> FlatForest.of(forest(categorical)));
    }

    /**
     * Both forests of the shipped stance model (60 trees of depth 10 each, trained on FNC-1), on
     * 3,000 feature vectors whose values are the forests' own thresholds or the next double
     * above them, so both sides of the splits, ties included, are taken.
     */
    @Test
    void shippedStanceForestsGiveMllibsFiguresExactly() {
        SharedSpark.session();
        PipelineModel stance = PipelineModel.load("../seeds/model/stance");
        Random random = new Random(7);
        for (int stage = 1; stage <= 2; stage++) {
            RandomForestClassificationModel model = (RandomForestClassificationModel) stance.stages()[stage];
            FlatForest flat = FlatForest.of(model);
            List<List<Double>> thresholds = new ArrayList<>();
            for (int f = 0; f < model.numFeatures(); f++) {
                thresholds.add(new ArrayList<>(List.of(0.0)));
            }
            for (DecisionTreeClassificationModel tree : model.trees()) {
                collectThresholds(tree.rootNode(), thresholds);
            }
            for (int i = 0; i < 3000; i++) {
                double[] x = new double[model.numFeatures()];
                for (int f = 0; f < x.length; f++) {
                    List<Double> t = thresholds.get(f);
                    double value = t.get(random.nextInt(t.size()));
                    x[f] = random.nextBoolean() ? value : Math.nextUp(value);
                }
                double[] p = flat.probability(x);
                assertArrayEquals(model.predictProbability(Vectors.dense(x)).toArray(), p, 0.0);
                assertEquals(model.predict(Vectors.dense(x)), FlatForest.prediction(p));
            }
        }
    }

    private static void collectThresholds(Node node, List<List<Double>> thresholds) {
        if (node instanceof InternalNode internal) {
            ContinuousSplit split = (ContinuousSplit) internal.split();
            thresholds.get(split.featureIndex()).add(split.threshold());
            collectThresholds(internal.leftChild(), thresholds);
            collectThresholds(internal.rightChild(), thresholds);
        }
    }
}
