package org.credibility.jobs.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StanceMetricsTest {
    @Test
    void fncScoreAndMacroF1ByHand() {
        StanceMetrics m = new StanceMetrics();
        m.add("agree", "agree");          // 0.25 + 0.5 + 0.25 = 1.0 of 1.0
        m.add("disagree", "discuss");     // related both: 0.25 of 1.0
        m.add("unrelated", "unrelated");  // 0.25 of 0.25
        m.add("discuss", "unrelated");    // 0 of 1.0
        m.add("unrelated", "agree");      // 0 of 0.25
        assertEquals(1.5 / 3.5, m.fncScore(), 1e-12);
        assertEquals(0.4, m.accuracy(), 1e-12);
        // F1: agree 2·1/(2+1), disagree 0, discuss 0, unrelated 2·1/(2+2)
        assertEquals((2.0 / 3 + 0.5) / 4, m.macroF1(), 1e-12);
        assertEquals(5L, m.toMap().get("pairs"));
    }

    @Test
    void groupedSplitKeepsClaimsAndArticlesOnOneSide() {
        List<GroupedSplit.Pair> pairs = List.of(
                new GroupedSplit.Pair("c1", "a1", true), new GroupedSplit.Pair("c1", "a2", false),
                new GroupedSplit.Pair("c2", "a2", true), new GroupedSplit.Pair("c3", "a3", true),
                new GroupedSplit.Pair("c3", "a1", false), new GroupedSplit.Pair("c4", "a1", true));
        for (long seed = 0; seed < 20; seed++) {
            GroupedSplit split = new GroupedSplit(pairs, GroupedSplit.Grouping.STORY, 0.5, seed);
            // Related pairs are never split; c4 joins c1's group through a1.
            for (GroupedSplit.Pair p : pairs) {
                if (p.related()) {
                    assertEquals(true, split.side(p.claimId(), p.articleId()) != GroupedSplit.Side.NEITHER);
                }
            }
            assertEquals(split.side("c1", "a1"), split.side("c4", "a1"));
            GroupedSplit.Side c1 = split.side("c1", "a1");
            GroupedSplit.Side c2 = split.side("c2", "a2");
            assertEquals(c1 == c2 ? c1 : GroupedSplit.Side.NEITHER, split.side("c1", "a2"));
        }
        assertEquals(GroupedSplit.Side.TRAIN,
                new GroupedSplit(pairs, GroupedSplit.Grouping.STORY, 0.0, 1).side("c3", "a3"));
    }

    @Test
    void articleSplitPutsEveryPairOnItsArticlesSide() {
        List<GroupedSplit.Pair> pairs = List.of(
                new GroupedSplit.Pair("c1", "a1", true), new GroupedSplit.Pair("c1", "a2", true),
                new GroupedSplit.Pair("c2", "a1", false));
        boolean claimOnBothSides = false;
        for (long seed = 0; seed < 20; seed++) {
            GroupedSplit split = new GroupedSplit(pairs, GroupedSplit.Grouping.ARTICLE, 0.5, seed);
            for (GroupedSplit.Pair p : pairs) {
                assertEquals(true, split.side(p.claimId(), p.articleId()) != GroupedSplit.Side.NEITHER);
            }
            assertEquals(split.side("c1", "a1"), split.side("c2", "a1"));
            claimOnBothSides |= split.side("c1", "a1") != split.side("c1", "a2");
        }
        // Related pairs do not bind articles: with 20 seeds, c1's two articles part at least once.
        assertEquals(true, claimOnBothSides);
        assertEquals(GroupedSplit.Side.DEV,
                new GroupedSplit(pairs, GroupedSplit.Grouping.ARTICLE, 1.0, 1).side("c1", "a2"));
    }

    /**
     * A missed report counts as unrelated. The agree report is right but a discuss one is taken
     * for agree (agree: 1 right of 2 predicted, 1 gold, F1 2/3); the disagree report is missed (F1
     * 0); discuss: 1 right of 1 predicted, 2 gold (F1 2/3). Macro-F1 over the three report
     * stances: (2/3 + 0 + 2/3) / 3 = 4/9.
     */
    @Test
    void macroF1OverTheReportStancesCountsAMissedReportWrong() {
        StanceMetrics m = new StanceMetrics();
        m.add("agree", "agree");
        m.add("disagree", "unrelated");
        m.add("discuss", "discuss");
        m.add("discuss", "agree");
        assertEquals(4.0 / 9, m.macroF1(List.of("agree", "disagree", "discuss")), 1e-12);
    }
}
