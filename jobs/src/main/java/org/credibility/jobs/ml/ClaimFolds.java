package org.credibility.jobs.ml;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Claim-grouped K folds stratified by label: every claim (and so all of its reports) is in
 * exactly one fold, and each label's claims are dealt round the folds in turn, so every fold
 * holds its share of each label. The order within a label is a hash of the seed and the claim
 * id: the same seed gives the same folds whatever order the claims come in. Plain Java: claim
 * ids and labels fit on the driver.
 */
public final class ClaimFolds {
    private ClaimFolds() {
    }

    /** claim id → fold in [0, folds), from claim id → label. */
    public static Map<String, Integer> assign(Map<String, String> labelOf, int folds, long seed) {
        if (folds < 2) {
            throw new IllegalArgumentException("need at least 2 folds, got " + folds);
        }
        Map<String, List<String>> byLabel = new TreeMap<>();
        labelOf.forEach((claim, label) -> byLabel.computeIfAbsent(label, l -> new ArrayList<>()).add(claim));
        Map<String, Integer> fold = new TreeMap<>();
        int dealt = 0;
        for (List<String> claims : byLabel.values()) {
            claims.sort(Comparator.comparingLong((String c) -> hash(seed, c)).thenComparing(c -> c));
            for (String c : claims) {
                fold.put(c, dealt++ % folds);
            }
        }
        return fold;
    }

    private static long hash(long seed, String claim) {
        CRC32 crc = new CRC32();
        crc.update((seed + "\u001f" + claim).getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
