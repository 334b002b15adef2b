package org.credibility.features.claims;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.PhraseMatcher;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Maps an attribution to its canonical primary source (source-aliases.txt): "Russian Defense
 * Ministry", "Russian MoD" and "Rudskoy" are all "Russian Ministry of Defence". Thread-safe.
 */
public final class SourceAliases {

    private static final Pattern LEADING_THE = Pattern.compile("^the\\s+", Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_QUOTES = Pattern.compile("^[\"“”‘’']+|[\"“”‘’']+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** After the other statics: the instance is built from them. */
    private static final SourceAliases STANDARD = new SourceAliases(Lexicon.mapping("source-aliases"));

    private final Map<String, String> canonicalByAlias;
    private final PhraseMatcher aliasesInText;

    private SourceAliases(Map<String, String> aliases) {
        Map<String, String> all = new LinkedHashMap<>(aliases);
        aliases.values().forEach(canonical -> all.putIfAbsent(canonical.toLowerCase(Locale.ROOT), canonical));
        this.canonicalByAlias = Map.copyOf(all);
        this.aliasesInText = new PhraseMatcher(new ArrayList<>(all.keySet()));
    }

    public static SourceAliases standard() {
        return STANDARD;
    }

    /**
     * The canonical source of an attribution: of the alias it equals, else of the longest alias it
     * contains, else the attribution itself (without a leading "the"). Null for null or blank.
     */
    public String canonical(String attribution) {
        String name = tidy(attribution);
        if (name.isEmpty()) {
            return null;
        }
        return known(name).orElse(name);
    }

    /** Whether the name is, or contains, a listed source. */
    public boolean isKnown(String name) {
        return known(tidy(name)).isPresent();
    }

    private Optional<String> known(String name) {
        String exact = canonicalByAlias.get(name.toLowerCase(Locale.ROOT));
        if (exact != null) {
            return Optional.of(exact);
        }
        return aliasesInText.findAll(name).stream()
                .max(Comparator.comparingInt((PhraseMatcher.Match m) -> m.end() - m.start()))
                .map(m -> canonicalByAlias.get(m.phrase()));
    }

    private static String tidy(String attribution) {
        if (attribution == null) {
            return "";
        }
        String spaced = SPACES.matcher(attribution.strip()).replaceAll(" ");
        String unquoted = EDGE_QUOTES.matcher(spaced).replaceAll("").strip();
        return LEADING_THE.matcher(unquoted).replaceFirst("");
    }
}
