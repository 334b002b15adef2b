package org.credibility.features.evidence;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Outlets' track records, learned from labelled claims: of the true or false claims an outlet
 * asserted (one of its reports agrees with the claim), how many were true. A claim's
 * {@code outlet_record} is the mean, over the distinct outlets asserting it, of each outlet's
 * share of true claims smoothed toward the training claims' base rate by {@link #PRIOR_CLAIMS}
 * pseudo-claims; an outlet without a record, and a claim no outlet asserts, get the base rate.
 * Outlets are matched by {@link Corroboration#key} ("Daily Mail" = "dailymail").
 */
public final class OutletRecords implements Serializable {
    /**
     * Pseudo-claims at the base rate added to each outlet's record. One is the lightest smoothing
     * measured: on Emergent's claim folds the held-out ranking gained most with it (of 1, 2 and 4).
     */
    public static final double PRIOR_CLAIMS = 1.0;

    /** One outlet's record: of {@code asserted} labelled claims it asserted, {@code trueClaims} were true. */
    public record Record(String outlet, int asserted, int trueClaims) implements Serializable {
    }

    /** A labelled claim and the outlets that asserted it. */
    public record LabelledClaim(Collection<String> assertedBy, boolean isTrue) {
    }

    private final double baseRate;
    private final Map<String, Record> byKey;

    /** @param records at most one per outlet key */
    public OutletRecords(double baseRate, Collection<Record> records) {
        this.baseRate = baseRate;
        Map<String, Record> map = new TreeMap<>();
        for (Record r : records) {
            if (map.put(Corroboration.key(r.outlet()), r) != null) {
                throw new IllegalArgumentException("two records for outlet " + r.outlet());
            }
        }
        this.byKey = map;
    }

    /** The records of the outlets asserting the claims; the base rate is the share of true claims. */
    public static OutletRecords learn(Collection<LabelledClaim> claims) {
        Map<String, int[]> counts = new TreeMap<>();     // key → {asserted, true}
        Map<String, String> names = new TreeMap<>();     // key → the smallest display name seen
        long trueClaims = 0;
        for (LabelledClaim c : claims) {
            trueClaims += c.isTrue() ? 1 : 0;
            for (Map.Entry<String, String> outlet : distinctByKey(c.assertedBy()).entrySet()) {
                int[] n = counts.computeIfAbsent(outlet.getKey(), k -> new int[2]);
                n[0]++;
                n[1] += c.isTrue() ? 1 : 0;
                names.merge(outlet.getKey(), outlet.getValue(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
        }
        List<Record> records = new ArrayList<>();
        counts.forEach((key, n) -> records.add(new Record(names.get(key), n[0], n[1])));
        return new OutletRecords(claims.isEmpty() ? 0.5 : trueClaims / (double) claims.size(), records);
    }

    public double baseRate() {
        return baseRate;
    }

    /** Every record, by outlet key. */
    public Collection<Record> records() {
        return byKey.values();
    }

    /** The smoothed share of true claims of one outlet; the base rate if it has no record. */
    public double share(String outlet) {
        Record r = byKey.get(Corroboration.key(outlet));
        return r == null ? baseRate : (r.trueClaims() + PRIOR_CLAIMS * baseRate) / (r.asserted() + PRIOR_CLAIMS);
    }

    /** A claim's {@code outlet_record}: the mean {@link #share} of the distinct outlets asserting it. */
    public double of(Collection<String> assertedBy) {
        Collection<String> outlets = distinctByKey(assertedBy).values();
        return outlets.isEmpty() ? baseRate : outlets.stream().mapToDouble(this::share).average().orElseThrow();
    }

    /** The records of the outlets asserting a claim that have one, most claims first, for an explanation. */
    public List<Record> known(Collection<String> assertedBy) {
        return distinctByKey(assertedBy).keySet().stream().map(byKey::get).filter(r -> r != null)
                .sorted(Comparator.comparingInt(Record::asserted).reversed().thenComparing(Record::outlet))
                .toList();
    }

    private static Map<String, String> distinctByKey(Collection<String> outlets) {
        Map<String, String> distinct = new LinkedHashMap<>();
        for (String o : outlets) {
            distinct.putIfAbsent(Corroboration.key(o), o);
        }
        return distinct;
    }
}
