package org.credibility.features;

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
 * The evidence about one claim from all the articles that mention it.
 *
 * <p>Corroboration counts outlets other than the claim's own that agree. Independent sources
 * count what those outlets rest on — the primary source their matching sentence names, else
 * the article's origin — once each, and not when it is the claim's own source or origin: a
 * republished copy, or five outlets quoting one ministry statement, add nothing independent.
 * Each corroborating outlet contributes at most one source, so independent sources never
 * exceed corroborating outlets. The reports by stance count every mention, the claim's own
 * article's too: the shares of reports that agree, deny or hedge do not depend on whose claim it is.
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
        int[] byStance = new int[Stance.values().length];
        for (Mention m : mentions) {
            boolean other = !key(m.outlet()).equals(ownOutlet);
            switch (m.stance()) {
                case AGREE -> {
                    asserters.put(key(m.outlet()), m.outlet());
                    if (other) {
                        corroborators.put(key(m.outlet()), m.outlet());
                        String sourceKey = key(m.source() != null ? m.source() : m.origin());
                        if (!ownSources.contains(sourceKey)) {
                            sourceOfOutlet.merge(key(m.outlet()), sourceKey, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                        }
                    }
                }
                case DISAGREE -> deniedIn.add(m.outlet());
                case DISCUSS -> {
                    if (other) {
                        hedgedIn.add(m.outlet());
                    }
                }
                case UNRELATED -> {
                }
            }
            byStance[m.stance().ordinal()]++;
            // A denial reported in a related article counts whatever the article's own stance: one
            // that reports a claim and the ministry's denial of it is discussing it (FNC-1's
            // sense), and the claim was still denied.
            if (m.stance() != Stance.UNRELATED && m.denier() != null) {
                deniedIn.add(m.outlet());
                deniers.add(m.denier());
            }
            if (m.stance() != Stance.UNRELATED) {
                conflicts.addAll(m.numberConflicts());
            }
        }
        List<String> corroborating = sorted(corroborators.values());
        int independent = new TreeSet<>(sourceOfOutlet.values()).size();
        return new ClaimEvidence(corroborating, independent, List.copyOf(deniedIn), List.copyOf(deniers),
                List.copyOf(hedgedIn), List.copyOf(hedgeCues), source, List.copyOf(conflicts),
                new ClaimEvidence.Reports(byStance[Stance.AGREE.ordinal()], byStance[Stance.DISAGREE.ordinal()],
                        byStance[Stance.DISCUSS.ordinal()]), sorted(asserters.values()));
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
        folded.toLowerCase(Locale.ROOT).codePoints().filter(Words::isLetterOrNumber).forEach(key::appendCodePoint);
        return key.toString();
    }
}
