package org.credibility.features.claims;

import org.credibility.features.text.Lexicon;
import org.credibility.features.text.Stopwords;
import org.credibility.features.text.Tokenizer;
import org.credibility.features.text.Words;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whom a sentence attributes its content to, as written (minus a leading "the", and minus a
 * person's rank: "Lt. Gen. Sergei Rudskoy" → "Sergei Rudskoy"). Tried in this order, because the
 * earlier forms name the primary source more directly:
 * <ol>
 *   <li>"… citing the Russian Defense Ministry" / "quoting X" — X is behind the reporter;</li>
 *   <li>"X said / told reporters / reported / denied …", also across an apposition
 *       ("X, a spokesman for Y, denied", "X, cited by AP, says"), with a generic noun
 *       ("the statement said", "the Syrian army reported") or a pronoun ("he added");</li>
 *   <li>"according to (the) X";</li>
 *   <li>"(as) reported / cited / quoted by X".</li>
 * </ol>
 * Thread-safe.
 */
public final class AttributionExtractor {

    /** Speakers who need no capital letter: "the statement", "he". */
    private static final Set<String> GENERIC_NOUNS = Set.copyOf(Lexicon.lowerCaseEntries("attribution-nouns"));
    private static final Set<String> PRONOUNS = Set.copyOf(Lexicon.lowerCaseEntries("attribution-pronouns"));
    private static final Set<String> VERBS = Set.copyOf(Lexicon.lowerCaseEntries("attribution-verbs"));
    private static final Set<String> DENIAL_VERBS = Set.copyOf(Lexicon.lowerCaseEntries("denial-verbs"));

    private static final Pattern CITING = Pattern.compile("\\b(?:citing|quoting)\\s+", Lexicon.PATTERN_FLAGS);
    private static final Pattern ACCORDING_TO = Pattern.compile("\\baccording to\\s+", Lexicon.PATTERN_FLAGS);
    private static final Pattern BY_AGENT = Pattern.compile(
            "\\b(?:reported|cited|quoted|stated|claimed|announced)\\s+by\\s+", Lexicon.PATTERN_FLAGS);
    /** "a spokesman for the US-led coalition", "the Chief of the Main Operational Directorate". */
    private static final Pattern SPEAKS_FOR = Pattern.compile(
            "\\b" + Lexicon.alternation("person-titles") + "\\s+(?:for|of|at)\\s+", Lexicon.PATTERN_FLAGS);
    /** Spaces, quotes and an article before a name: ' “the ' in 'according to “the Pentagon”'. */
    private static final Pattern DETERMINER = Pattern.compile(
            "\\s*[\"“”‘’']*(?:(?:the|a|an)\\s+)?[\"“”‘’']*", Lexicon.PATTERN_FLAGS);
    /** What stands between a closing quotation and an inverted "said X": '," said X'. */
    private static final Pattern AFTER_QUOTATION = Pattern.compile("\\s*[,!?]\\s*[\"”’']\\s*");
    private static final Pattern SPACES_OR_QUOTES = Pattern.compile("[\\s\"“”‘’']*");
    private static final Pattern COMMA_BEFORE = Pattern.compile("\\s*,\\s*");
    /** Words that may stand between a speaker and the verb: "Sputnik also reported", "X has said". */
    private static final int MAX_WORDS_BEFORE_VERB = 2;
    /** A name needs this many words after a rank for the rank to be dropped ("General Staff" keeps "General"). */
    private static final int MIN_NAME_WORDS_AFTER_TITLE = 2;

    /** After the other statics: the instance is built from them. */
    private static final AttributionExtractor STANDARD = new AttributionExtractor();

    private AttributionExtractor() {}

    public static AttributionExtractor standard() {
        return STANDARD;
    }

    /** A speaker as written, and whom an apposition says the speaker speaks for (may be null). */
    record Attribution(String name, String speaksFor) {}

    public Optional<String> attribution(String sentence) {
        return extract(sentence).map(Attribution::name);
    }

    Optional<Attribution> extract(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        Sentence s = new Sentence(sentence);
        Optional<Attribution> found = s.nameAfter(CITING).map(name -> new Attribution(name, null));
        if (found.isEmpty()) {
            found = s.subjectOf(VERBS);
        }
        if (found.isEmpty()) {
            found = s.nameAfter(ACCORDING_TO).map(name -> new Attribution(name, null));
        }
        if (found.isEmpty()) {
            found = s.nameAfter(BY_AGENT).map(name -> new Attribution(name, null));
        }
        return found;
    }

    /**
     * Who denies in the sentence: the speaker of its first verb of denying ("the WSJ reported it
     * in March and Amazon firmly denied it": Amazon), or empty when no verb of denying has one.
     */
    Optional<Attribution> denier(String sentence) {
        if (sentence == null || sentence.isBlank()) {
            return Optional.empty();
        }
        return new Sentence(sentence).subjectOf(DENIAL_VERBS);
    }

    /** True for "he", "they": a speaker that refers back to a named one. */
    static boolean isPronoun(String attribution) {
        return PRONOUNS.contains(attribution.toLowerCase(Locale.ROOT));
    }

    /** True for "he", "the ministry", "the statement": an attribution that refers back to an earlier source. */
    static boolean isAnaphoric(String attribution) {
        String lower = attribution.toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(lower) || GENERIC_NOUNS.contains(lower);
    }

    /** One sentence with its tokens and capitalised spans, read once. */
    private static final class Sentence {
        private final String text;
        private final List<Tokenizer.Token> tokens;
        private final List<Words.Span> spans;

        Sentence(String text) {
            this.text = text;
            this.tokens = Tokenizer.tokens(text);
            this.spans = Words.capitalisedSpans(text, tokens);
        }

        /** The name right after the first match of a lead-in ("according to the Pentagon …"). */
        Optional<String> nameAfter(Pattern leadIn) {
            Matcher m = leadIn.matcher(text);
            while (m.find()) {
                Optional<String> name = nameStartingAt(m.end());
                if (name.isPresent()) {
                    return name;
                }
            }
            return Optional.empty();
        }

        /** "the Russian Defense Ministry", "military sources", "Sputnik": the name that starts at a position. */
        private Optional<String> nameStartingAt(int position) {
            Matcher det = DETERMINER.matcher(text).region(position, text.length());
            int first = tokenStartingAt(det.lookingAt() ? det.end() : position);
            if (first < 0) {
                return Optional.empty();
            }
            Words.Span span = spanStartingAt(first);
            int last = span != null ? span.lastToken() : first - 1;
            // a generic head noun may complete the name ("Syrian army") or be all of it ("sources")
            while (last + 1 < tokens.size() && last + 1 - first < 3 && isGenericNoun(last + 1)
                    && (last < first || gapIsSpace(last, last + 1))) {
                last++;
            }
            if (last < first) {
                return Optional.empty();
            }
            return Optional.of(tidy(first, last, span));
        }

        /**
         * The speaker of the first of {@code verbs} that has one: "X said", "X, a spokesman for Y,
         * denied", "the statement said", "he added", '"…," said X'.
         */
        Optional<Attribution> subjectOf(Set<String> verbs) {
            for (int verb = 1; verb < tokens.size(); verb++) {
                if (!verbs.contains(tokens.get(verb).lower())) {
                    continue;
                }
                Optional<Attribution> subject = subjectBefore(verb);
                if (subject.isEmpty() && followsQuotation(verb)) {
                    subject = nameStartingAt(tokens.get(verb).end()).map(name -> new Attribution(name, null));
                }
                if (subject.isPresent()) {
                    return subject;
                }
            }
            return Optional.empty();
        }

        private Optional<Attribution> subjectBefore(int verb) {
            int head = verb - 1;
            while (head > 0 && verb - head <= MAX_WORDS_BEFORE_VERB && isSkippableBeforeVerb(head)) {
                head--;
            }
            String gap = text.substring(tokens.get(head).end(), tokens.get(head + 1).start());
            if (COMMA_BEFORE.matcher(gap).matches()) {
                return subjectBeforeApposition(head);
            }
            if (!SPACES_OR_QUOTES.matcher(gap).matches()) {
                return Optional.empty();
            }
            return speakerEndingAt(head).map(name -> new Attribution(name, null));
        }

        /** "X, a spokesman for Y, denied": the apposition ends at {@code last}; X ends before its comma. */
        private Optional<Attribution> subjectBeforeApposition(int last) {
            int openingComma = text.lastIndexOf(',', tokens.get(last).start());
            if (openingComma < 0) {
                return Optional.empty();
            }
            int head = lastTokenBefore(openingComma);
            if (head < 0 || !COMMA_BEFORE.matcher(text.substring(tokens.get(head).end(), openingComma + 1)).matches()) {
                return Optional.empty();
            }
            String apposition = text.substring(openingComma + 1, tokens.get(last).end());
            Matcher role = SPEAKS_FOR.matcher(apposition);
            String speaksFor = role.find() ? nameStartingAt(openingComma + 1 + role.end()).orElse(null) : null;
            return speakerEndingAt(head).map(name -> new Attribution(name, speaksFor));
        }

        /** A capitalised name, generic noun (with its capitalised modifiers) or pronoun ending at a token. */
        private Optional<String> speakerEndingAt(int head) {
            Tokenizer.Token token = tokens.get(head);
            if (PRONOUNS.contains(token.lower())) {
                return Optional.of(token.lower());
            }
            Words.Span span = spanEndingAt(head);
            if (span != null) {
                return Optional.of(tidy(span.firstToken(), head, span));
            }
            if (isGenericNoun(head)) {
                Words.Span modifier = head > 0 && gapIsSpace(head - 1, head) ? spanEndingAt(head - 1) : null;
                int first = modifier != null ? modifier.firstToken() : head;
                return Optional.of(tidy(first, head, modifier));
            }
            return Optional.empty();
        }

        /**
         * The words first..last as written, without a rank before a person's name. {@code span}
         * (may be null) is the capitalised span starting at {@code first}, whose text already lacks
         * a possessive.
         */
        private String tidy(int first, int last, Words.Span span) {
            int from = first;
            for (int i = first; span != null && i <= span.lastToken(); i++) {
                if (Words.isTitle(tokens.get(i).lower()) && span.lastToken() - i >= MIN_NAME_WORDS_AFTER_TITLE) {
                    from = i + 1;
                }
            }
            String name = text.substring(tokens.get(from).start(), tokens.get(last).end());
            return Words.withoutPossessive(name);
        }

        private boolean followsQuotation(int verb) {
            String gap = text.substring(tokens.get(verb - 1).end(), tokens.get(verb).start());
            return AFTER_QUOTATION.matcher(gap).matches();
        }

        private boolean isSkippableBeforeVerb(int i) {
            Tokenizer.Token token = tokens.get(i);
            String lower = token.lower();
            boolean lowerCase = Character.isLowerCase(token.text().codePointAt(0));
            return lowerCase && !PRONOUNS.contains(lower) && !GENERIC_NOUNS.contains(lower)
                    && (lower.endsWith("ly") || Stopwords.contains(lower)) && gapIsSpace(i, i + 1);
        }

        private boolean isGenericNoun(int i) {
            Tokenizer.Token token = tokens.get(i);
            return Character.isLowerCase(token.text().codePointAt(0)) && GENERIC_NOUNS.contains(token.lower());
        }

        private boolean gapIsSpace(int left, int right) {
            return text.substring(tokens.get(left).end(), tokens.get(right).start()).isBlank();
        }

        private int tokenStartingAt(int position) {
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() == position) {
                    return i;
                }
            }
            return -1;
        }

        private int lastTokenBefore(int position) {
            for (int i = tokens.size() - 1; i >= 0; i--) {
                if (tokens.get(i).end() <= position) {
                    return i;
                }
            }
            return -1;
        }

        private Words.Span spanStartingAt(int token) {
            for (Words.Span span : spans) {
                if (span.firstToken() == token) {
                    return span;
                }
            }
            return null;
        }

        private Words.Span spanEndingAt(int token) {
            for (Words.Span span : spans) {
                if (span.lastToken() == token) {
                    return span;
                }
            }
            return null;
        }
    }
}
