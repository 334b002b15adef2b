package org.credibility.features.claims;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.Markup;
import org.credibility.features.text.PatternList;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * The primary outlet of a republished article: the name in a republication notice ("The
 * original source of this article is [South Front](#)", origin-patterns.txt), else a byline that
 * names a news organisation rather than a person ("By [South Front](#)" on Global Research; "By
 * Andrew V. Pestano" is a person: no origin). A byline names an organisation when it is a listed
 * source (source-aliases.txt) or ends in an organisation word (organisation-words.txt). The
 * result is the canonical source name. Stateless and thread-safe.
 */
public final class OriginDetector {

    private static final PatternList NOTICES = PatternList.load("origin-patterns");
    private static final PatternList BYLINES = PatternList.load("byline-patterns");
    private static final Set<String> ORGANISATION_WORDS = Set.copyOf(Lexicon.lowerCaseEntries("organisation-words"));
    /** Bylines and notices are short lines; longer ones are prose. */
    private static final int MAX_LINE_CHARS = 400;

    private OriginDetector() {}

    public static Optional<String> detect(String rawBody) {
        return detectIn(Markup.toPlain(rawBody));
    }

    /** For callers that already turned the body into plain text. */
    static Optional<String> detectIn(Markup.Plain plain) {
        String[] lines = plain.text().split("\n");
        SourceAliases aliases = SourceAliases.standard();
        for (String line : lines) {
            Optional<Matcher> notice = line.length() <= MAX_LINE_CHARS ? NOTICES.firstFound(line) : Optional.empty();
            if (notice.isPresent() && !notice.get().group("origin").isBlank()) {
                return Optional.ofNullable(aliases.canonical(notice.get().group("origin")));
            }
        }
        for (String line : lines) {
            Optional<Matcher> byline = line.length() <= MAX_LINE_CHARS ? BYLINES.firstMatchingAll(line) : Optional.empty();
            if (byline.isPresent() && isOrganisation(byline.get().group("name"), aliases)) {
                return Optional.ofNullable(aliases.canonical(byline.get().group("name")));
            }
        }
        return Optional.empty();
    }

    private static boolean isOrganisation(String name, SourceAliases aliases) {
        String[] words = name.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        return aliases.isKnown(name) || ORGANISATION_WORDS.contains(last);
    }
}
