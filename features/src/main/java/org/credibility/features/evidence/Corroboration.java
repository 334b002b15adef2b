package org.credibility.features.evidence;

import org.credibility.features.stance.Mention;
import org.credibility.features.stance.Relation;
import org.credibility.features.text.Tokenizer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The evidence about one claim from all the articles that mention it, counted from each report's
 * {@link Relation} to the claim.
 *
 * <p>Corroboration counts outlets other than the claim's own that report the claim's fact in their
 * own voice or attributed to a named source (a hedged report — "reportedly" — corroborates
 * nothing; it counts as hedging). Independent sources count what those outlets rest on — the
 * primary source their evidence sentence names, else the article's origin — once each, and not
 * when it is the claim's own source or origin: a republished copy, or five outlets quoting one
 * ministry statement, add nothing independent. Each corroborating outlet contributes at most one
 * source, so independent sources never exceed corroborating outlets. Denial counts the reports
 * that dispute the claim (a denial aimed at it, a conflicting figure), with their deniers. The
 * reports by relation count every mention, the claim's own article's too: the shares of reports
 * that support, dispute or hedge do not depend on whose claim it is.
 */
public final class Corroboration {
    /** Combining marks, which NFKD splits off accented letters. */
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Corroboration() {
    }

    /**
     * @param outlet    the claim's own outlet
     * @param origin    the claim's article's origin (the outlet it republishes, else its outlet)
     * @param source    the primary source the claim itself is attributed to, or null
     * @param hedgeCues the hedge cues in the claim's own sentence
     */
    public static ClaimEvidence evidence(String outlet, String origin, String source, List<String> hedgeCues,
                                         List<Mention> mentions) {
        Set<String> ownSources = new TreeSet<>();
        ownSources.add(key(origin));
        if (source != null) {
            ownSources.add(key(source));
        }
        String ownOutlet = key(outlet);
        Map<String, String> corroborators = new TreeMap<>();   // outlet key → display name
        Map<String, String> asserters = new TreeMap<>();       // the same, own outlet included
        Map<String, String> sourceOfOutlet = new TreeMap<>();  // outlet key → smallest independent source key
        Set<String> deniedIn = new TreeSet<>();
        Set<String> deniers = new TreeSet<>();
        Set<String> hedgedIn = new TreeSet<>();
        Set<String> conflicts = new TreeSet<>();
        int[] byRelation = new int[Relation.values().length];
        for (Mention m : mentions) {
            boolean other = !key(m.outlet()).equals(ownOutlet);
            switch (m.relation()) {
                case ASSERTED, ATTRIBUTED -> {
                    asserters.put(key(m.outlet()), m.outlet());
                    if (other) {
                        corroborators.put(key(m.outlet()), m.outlet());
                        String sourceKey = key(m.source() != null ? m.source() : m.origin());
                        if (!ownSources.contains(sourceKey)) {
                            sourceOfOutlet.merge(key(m.outlet()), sourceKey, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                }
                case DISPUTED -> {
                    deniedIn.add(m.outlet());
                    if (m.denier() != null) {
                        deniers.add(m.denier());
                    }
                }
                case HEDGED -> {
                    if (other) {
                        hedgedIn.add(m.outlet());
                    }
                }
                case NOT_ADDRESSED -> {
                }
            }
            byRelation[m.relation().ordinal()]++;
            if (m.relation() != Relation.NOT_ADDRESSED) {
                conflicts.addAll(m.numberConflicts());
            }
        }
        List<String> corroborating = sorted(corroborators.values());
        int independent = new TreeSet<>(sourceOfOutlet.values()).size();
        return new ClaimEvidence(corroborating, independent, List.copyOf(deniedIn), List.copyOf(deniers),
                List.copyOf(hedgedIn), List.copyOf(hedgeCues), source, List.copyOf(conflicts),
                new ClaimEvidence.Reports(byRelation[Relation.ASSERTED.ordinal()] + byRelation[Relation.ATTRIBUTED.ordinal()],
                        byRelation[Relation.DISPUTED.ordinal()], byRelation[Relation.HEDGED.ordinal()]),
                sorted(asserters.values()));
    }

    private static List<String> sorted(Collection<String> names) {
        List<String> list = new ArrayList<>(names);
        list.sort(String::compareTo);
        return list;
    }

    /** Names compared without case, accents, spaces or punctuation: "South Front" = "SouthFront". */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        // called for every outlet and source of every mention: no regex compiled per call
        String folded = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        StringBuilder key = new StringBuilder(folded.length());
        folded.toLowerCase(Locale.ROOT).codePoints().filter(Tokenizer::isWordCharacter).forEach(key::appendCodePoint);
        return key.toString();
    }
}
