package org.credibility.jobs.evaluation;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A development split of (claim, article) stance pairs, whole groups to one side, chosen by a
 * hash of the group's smallest member and the seed. Two groupings:
 * <ul>
 * <li>{@link Grouping#ARTICLE}: by article (FNC-1's Body ID), as the FNC-1 baseline's hold-out
 * split does; every pair lands on a side, and a headline may be on both.</li>
 * <li>{@link Grouping#STORY}: no claim and no article on both sides. Claims and articles joined
 * by a related pair (any stance but unrelated) form one group — in FNC-1 roughly one Emergent
 * story: its headlines and the bodies reporting it. A pair whose claim and article fall in
 * groups on different sides (only unrelated pairs can) is left out of both.</li>
 * </ul>
 * Plain Java: the pairs' ids fit on the driver.
 */
public final class GroupedSplit {
    public enum Side { TRAIN, DEV, NEITHER }

    public enum Grouping { ARTICLE, STORY }

    private final Map<String, String> parent = new HashMap<>();
    private final Grouping grouping;
    private final double devShare;
    private final long seed;

    /** A pair: claim id, article id, and whether it is related. */
    public record Pair(String claimId, String articleId, boolean related) {
    }

    public GroupedSplit(List<Pair> pairs, Grouping grouping, double devShare, long seed) {
        this.grouping = grouping;
        this.devShare = devShare;
        this.seed = seed;
        for (Pair p : pairs) {
            find("c:" + p.claimId());
            find("a:" + p.articleId());
            if (grouping == Grouping.STORY && p.related()) {
                union("c:" + p.claimId(), "a:" + p.articleId());
            }
        }
    }

    public Side side(String claimId, String articleId) {
        if (grouping == Grouping.ARTICLE) {
            return dev(find("a:" + articleId)) ? Side.DEV : Side.TRAIN;
        }
        boolean claimDev = dev(find("c:" + claimId));
        boolean articleDev = dev(find("a:" + articleId));
        if (claimDev != articleDev) {
            return Side.NEITHER;
        }
        return claimDev ? Side.DEV : Side.TRAIN;
    }

    private boolean dev(String root) {
        CRC32 crc = new CRC32();
        crc.update((seed + "\u001f" + root).getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10_000 < devShare * 10_000;
    }

    private String find(String x) {
        parent.putIfAbsent(x, x);
        String root = x;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        while (!x.equals(root)) {
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    /** Joins two groups; the smaller id becomes the root, so roots do not depend on pair order. */
    private void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            if (ra.compareTo(rb) < 0) {
                parent.put(rb, ra);
            } else {
                parent.put(ra, rb);
            }
        }
    }
}
