package org.credibility.features.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a claim's evidence and the model's per-feature contributions into a short readable
 * explanation: the reasons that moved the score most, each marked (+) when it raised the
 * credibility and (−) when it lowered it (unmarked when the model gives it no weight).
 */
public final class Explanation {
    /** How many outlet records an explanation names at most. */
    static final int MAX_RECORDS = 3;

    /** The explanation's first words for a claim no article was found to report (a watched claim). */
    public static final String NO_REPORTS = "no reports found";

    /** How many reasons an explanation gives at most. */
    public static final int MAX_REASONS = 3;

    private static final String SEPARATOR = "; ";
    private static final String CONFLICTS = "conflicting numbers: ";
    /** One of the conflicting numbers a reason lists ("targets: 22 vs 36"), its reason's mark after the last. */
    private static final Pattern NUMBER_CONFLICT = Pattern.compile("[^:]+: \\S+ vs \\S+( \\([+−]\\))?");

    private record Reason(String text, double contribution) {
    }

    private Explanation() {
    }

    /**
     * @param records       the outlet records the model learned
     * @param contributions feature name → the feature's additive contribution to the model's
     *                      log-odds for this claim (coefficient × standardised value)
     */
    public static String explain(ClaimEvidence e, OutletRecords records, Map<String, Double> contributions) {
        List<Reason> reasons = new ArrayList<>();
        // Without reports the score rests on the claim's own wording: say so first, not "no corroboration".
        boolean noReports = e.reports().total() == 0;
        if (!noReports) {
            reasons.add(new Reason(corroboration(e), c(contributions, "corroborating_outlets")
                    + c(contributions, "independent_sources")));
        }
        if (!e.deniedIn().isEmpty()) {
            reasons.add(new Reason(denial(e), c(contributions, "denying_outlets") + c(contributions, "denied")));
        }
        if (!e.hedgedIn().isEmpty()) {
            reasons.add(new Reason("hedged by " + count(e.hedgedIn().size(), "other outlet") + " ("
                    + String.join(", ", e.hedgedIn()) + ")", c(contributions, "hedging_outlets")));
        }
        if (!e.hedgeCues().isEmpty()) {
            reasons.add(new Reason("hedged: " + e.hedgeCues().stream().map(q -> "'" + q + "'")
                    .collect(Collectors.joining(", ")), c(contributions, "hedged")));
        }
        if (e.reports().total() > 0) {
            reasons.add(new Reason(reports(e.reports()), c(contributions, "agree_share")
                    + c(contributions, "deny_share") + c(contributions, "discuss_share")));
        }
        List<OutletRecords.Record> known = records.known(e.assertedBy());
        if (!known.isEmpty()) {
            reasons.add(new Reason(record(known), c(contributions, ClaimFeatures.OUTLET_RECORD)));
        }
        reasons.add(new Reason(e.source() == null ? "not attributed to a source" : "attributed to: " + e.source(),
                c(contributions, "attributed")));
        if (!e.numberConflicts().isEmpty()) {
            reasons.add(new Reason(CONFLICTS + String.join(SEPARATOR, e.numberConflicts()),
                    c(contributions, "conflicting_numbers")));
        }
        List<String> texts = new ArrayList<>(noReports ? List.of(NO_REPORTS) : List.of());
        reasons.stream()
                .sorted(Comparator.comparingDouble((Reason r) -> -Math.abs(r.contribution())))
                .limit(MAX_REASONS - texts.size())
                .forEach(r -> texts.add(r.text() + mark(r.contribution())));
        return String.join(SEPARATOR, texts);
    }

    /**
     * The reasons of an explanation {@link #explain} wrote, in its order, marks kept. They are
     * joined by "; ", which also separates the figures of the conflicting-numbers reason: those
     * stay in their reason.
     */
    public static List<String> reasons(String explanation) {
        List<String> reasons = new ArrayList<>();
        if (explanation == null || explanation.isBlank()) {
            return reasons;
        }
        for (String piece : explanation.split(SEPARATOR)) {
            int last = reasons.size() - 1;
            if (last >= 0 && reasons.get(last).startsWith(CONFLICTS) && !marked(reasons.get(last))
                    && NUMBER_CONFLICT.matcher(piece).matches()) {
                reasons.set(last, reasons.get(last) + SEPARATOR + piece);
            } else {
                reasons.add(piece);
            }
        }
        return reasons;
    }

    private static boolean marked(String reason) {
        return reason.endsWith(mark(1)) || reason.endsWith(mark(-1));
    }

    /** Which way a reason moved the score; a reason the model gives no weight gets no mark. */
    private static String mark(double contribution) {
        return contribution > 0 ? " (+)" : contribution < 0 ? " (−)" : "";
    }

    private static String corroboration(ClaimEvidence e) {
        if (e.corroborators().isEmpty()) {
            return "no other outlet corroborates it";
        }
        return "corroborated by " + count(e.corroborators().size(), "other outlet") + " ("
                + String.join(", ", e.corroborators()) + ") resting on "
                + count(e.independentSources(), "independent source");
    }

    private static String reports(ClaimEvidence.Reports r) {
        return "of " + count(r.total(), "report") + ": " + r.agreeing() + " report it, " + r.denying() + " dispute it, "
                + r.discussing() + " hedge it";
    }

    /** "record of the outlets asserting it: 3 of 10 labelled claims true (dailymail.co.uk 1 of 6, …)" */
    private static String record(List<OutletRecords.Record> known) {
        int asserted = known.stream().mapToInt(OutletRecords.Record::asserted).sum();
        int trueClaims = known.stream().mapToInt(OutletRecords.Record::trueClaims).sum();
        String named = known.stream().limit(MAX_RECORDS).map(r -> r.outlet() + " " + r.trueClaims() + " of "
                + r.asserted()).collect(Collectors.joining(", "));
        String more = known.size() > MAX_RECORDS ? ", …" : "";
        return "record of the outlets asserting it: " + trueClaims + " of " + count(asserted, "labelled claim")
                + " true (" + named + more + ")";
    }

    private static String denial(ClaimEvidence e) {
        String where = "reported in " + String.join(", ", e.deniedIn());
        return e.deniers().isEmpty() ? "disputed (" + where + ")"
                : "denied by: " + String.join(", ", e.deniers()) + " (" + where + ")";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static double c(Map<String, Double> contributions, String feature) {
        return contributions.getOrDefault(feature, 0.0);
    }
}
