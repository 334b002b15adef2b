package org.credibility.jobs.generate;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * A synthetic news corpus for benchmarks, as articles.jsonl records (see docs/input.md), made
 * story by story: a story is a handful of claims about invented people, places and companies,
 * reported by several outlets over a few days. The first report states the claims; later ones
 * copy them verbatim, paraphrase, hedge, attribute or deny them, or republish the first report
 * whole with a notice naming its origin. Bodies carry crawl noise: boilerplate lines, reader
 * comment threads and, for some outlets, HTML.
 *
 * <p>Streaming: only the current story's reports are held, so the corpus size is bounded only
 * by disk. Deterministic: story {@code s} draws from a random stream seeded by (seed, s) alone,
 * so the same seed and count give the same bytes. A story's size does not grow with the
 * corpus: a larger corpus has more stories, not more copies of each.
 */
public final class CorpusGenerator implements Iterator<Map<String, Object>> {
    /** The corpus spans six weeks from this Monday. */
    static final LocalDate START = LocalDate.of(2024, 3, 4);
    static final int DAYS = 42;
    /** Reports per story: 1 + an exponential draw of this mean, capped. */
    static final double MEAN_EXTRA_REPORTS = 6.0;
    static final int MAX_REPORTS = 40;

    private final Vocabulary words;
    private final long seed;
    private final long total;
    private final Deque<Map<String, Object>> story = new ArrayDeque<>();
    private long emitted;
    private long nextStory;

    public CorpusGenerator(long seed, long articles) {
        this(Vocabulary.standard(), seed, articles);
    }

    CorpusGenerator(Vocabulary words, long seed, long articles) {
        if (articles < 0) {
            throw new IllegalArgumentException("articles must be at least 0: " + articles);
        }
        this.words = words;
        this.seed = seed;
        this.total = articles;
    }

    @Override
    public boolean hasNext() {
        return emitted < total;
    }

    @Override
    public Map<String, Object> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (story.isEmpty()) {
            story.addAll(new Story(new SplittableRandom(mix(seed, nextStory)), nextStory, emitted).reports());
            nextStory++;
        }
        emitted++;
        return story.removeFirst();
    }

    /** SplitMix64's finaliser over (seed, story): independent streams for neighbouring stories. */
    private static long mix(long seed, long story) {
        long z = seed * 0x9E3779B97F4A7C15L + story;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** One story: its slot values, claims in three wordings, and the outlets reporting it. */
    private final class Story {
        private final SplittableRandom random;
        private final long index;
        private final Map<String, String> slots = new LinkedHashMap<>();
        private final List<List<String>> claims = new ArrayList<>();
        private final String denier;
        private final boolean disputed;

        private final long first;
        private final LocalDate day;

        /** Story number {@code index}, whose first report is article number {@code first} of the corpus. */
        Story(SplittableRandom random, long index, long first) {
            this.random = random;
            this.index = index;
            this.first = first;
            this.day = START.plusDays(first * DAYS / Math.max(1, total));
            slots.put("day", day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            slots.put("person", pick(words.firstNames()) + " " + name(2, 3));
            slots.put("person2", pick(words.firstNames()) + " " + name(2, 3));
            slots.put("place", name(2, 3));
            slots.put("country", name(3, 3));
            slots.put("company", name(2, 2) + " " + pick(words.companySuffixes()));
            slots.put("agency", pick(words.agencies()));
            slots.put("event", pick(words.events()));
            slots.put("n1", Integer.toString(3 + random.nextInt(400)));
            slots.put("n2", Integer.toString(10 + random.nextInt(900)));
            slots.put("n3", Integer.toString(2 + random.nextInt(60)));
            List<List<String>> facts = new ArrayList<>(words.facts());
            int count = 3 + random.nextInt(3);
            for (int i = 0; i < count; i++) {
                List<String> wordings = facts.remove(random.nextInt(facts.size()));
                claims.add(wordings.stream().map(this::fill).toList());
            }
            disputed = random.nextDouble() < 0.3;
            denier = random.nextBoolean() ? slots.get("company") : slots.get("person2");
        }

        List<Map<String, Object>> reports() {
            int count = (int) Math.min(MAX_REPORTS, 1 + Math.floor(-Math.log(1 - random.nextDouble()) * MEAN_EXTRA_REPORTS));
            count = (int) Math.min(count, total - first);
            List<Integer> outlets = new ArrayList<>();
            while (outlets.size() < count) {
                // Popular outlets report more: the square skews picks toward the low indices.
                int outlet = (int) (words.outlets().size() * Math.pow(random.nextDouble(), 2));
                if (!outlets.contains(outlet)) {
                    outlets.add(outlet);
                }
            }
            List<Map<String, Object>> reports = new ArrayList<>(count);
            List<List<String>> original = null;
            String originalOutlet = null;
            for (int j = 0; j < count; j++) {
                int outlet = outlets.get(j);
                List<List<String>> paragraphs;
                if (j == 0) {
                    paragraphs = originalReport();
                    original = paragraphs;
                    originalOutlet = words.outlets().get(outlet);
                } else if (isAggregator(outlet) && random.nextDouble() < 0.6) {
                    paragraphs = new ArrayList<>(original);
                    paragraphs.add(List.of(pick(words.originLines()).replace("{origin}", originalOutlet)));
                } else {
                    paragraphs = followUp();
                }
                reports.add(article(first + j, outlet, day.plusDays(Math.min(j / 3, 3)), paragraphs));
            }
            return reports;
        }

        /** Every seventh outlet mostly republishes others' reports. */
        private boolean isAggregator(int outlet) {
            return outlet % 7 == 3;
        }

        private List<List<String>> originalReport() {
            List<List<String>> paragraphs = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                String claim = claims.get(i).get(0);
                paragraphs.add(withFiller(i == 0 && random.nextBoolean() ? attributed(claim) : claim));
            }
            return paragraphs;
        }

        private List<List<String>> followUp() {
            List<List<String>> paragraphs = new ArrayList<>();
            for (int i = 0; i < claims.size(); i++) {
                if (i > 0 && random.nextDouble() < 0.3) {
                    continue;
                }
                List<String> wordings = claims.get(i);
                double kind = random.nextDouble();
                String sentence;
                if (kind < 0.3) {
                    sentence = wordings.get(0);
                } else if (kind < 0.6) {
                    sentence = wordings.get(1 + random.nextInt(2));
                } else if (kind < 0.75) {
                    sentence = wrap(pick(words.hedges()), wordings.get(random.nextInt(3)), "", "");
                } else if (kind < 0.9 || !disputed) {
                    sentence = attributed(wordings.get(random.nextInt(3)));
                } else {
                    sentence = wrap(pick(words.denials()), wordings.get(0), "{denier}", denier);
                }
                paragraphs.add(withFiller(sentence));
            }
            return paragraphs;
        }

        private String attributed(String claim) {
            return wrap(pick(words.attributions()), claim, "{source}", slots.get("agency") + " of " + slots.get("country"));
        }

        private List<String> withFiller(String sentence) {
            return random.nextDouble() < 0.3 ? List.of(sentence, pick(words.fillers())) : List.of(sentence);
        }

        private Map<String, Object> article(long number, int outletIndex, LocalDate day, List<List<String>> paragraphs) {
            String outlet = words.outlets().get(outletIndex);
            String id = String.format(Locale.ROOT, "g%07d", number);
            String slug = (slots.get("place") + "-" + slots.get("event")).toLowerCase(Locale.ROOT).replace(' ', '-');
            String domain = outlet.toLowerCase(Locale.ROOT).replace(" ", "") + ".example";
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("id", id);
            a.put("outlet", outlet);
            a.put("url", String.format(Locale.ROOT, "https://%s/%d/%02d/%02d/%s-%s", domain, day.getYear(),
                    day.getMonthValue(), day.getDayOfMonth(), slug, id));
            a.put("published", String.format(Locale.ROOT, "%sT%02d:%02d:00Z", day, random.nextInt(24), random.nextInt(60)));
            a.put("title", stripStop(claims.get(0).get(1 + random.nextInt(2))));
            a.put("body", body(outletIndex, paragraphs));
            return a;
        }

        /** Paragraphs with noise around them; every fourth outlet serves HTML. */
        private String body(int outletIndex, List<List<String>> paragraphs) {
            List<String> blocks = new ArrayList<>();
            if (random.nextBoolean()) {
                blocks.add("By " + pick(words.firstNames()) + " " + name(2, 3));
            }
            for (List<String> paragraph : paragraphs) {
                blocks.add(String.join(" ", paragraph));
                if (random.nextDouble() < 0.25) {
                    blocks.add(pick(words.boilerplate()));
                }
            }
            List<String> comments = new ArrayList<>();
            if (random.nextDouble() < 0.4) {
                int n = 1 + random.nextInt(6);
                comments.add(n + (n == 1 ? " Comment" : " Comments"));
                for (int i = 0; i < n; i++) {
                    comments.add(name(2, 2) + random.nextInt(100) + ": " + pick(words.comments()));
                }
            }
            if (outletIndex % 4 != 1) {
                blocks.addAll(comments);
                return String.join("\n\n", blocks);
            }
            StringBuilder html = new StringBuilder("<html><body><div class=\"article\">");
            blocks.forEach(b -> html.append("<p>").append(escape(b)).append("</p>"));
            html.append("</div><script>trackView('").append(index).append("');</script>");
            if (!comments.isEmpty()) {
                html.append("<div class=\"comments\">");
                comments.forEach(c -> html.append("<p>").append(escape(c)).append("</p>"));
                html.append("</div>");
            }
            return html.append("</body></html>").toString();
        }

        /**
         * Fills a hedge / attribution / denial wrapper: {@code {s}} the claim without its full
         * stop, {@code {lc}} the same starting lower-case unless it starts with a name,
         * {@code slot} (if any) the speaker.
         */
        private String wrap(String wrapper, String claim, String slot, String speaker) {
            String s = stripStop(claim);
            boolean startsWithName = slots.values().stream().anyMatch(v -> s.startsWith(v) && !v.isEmpty()
                    && Character.isUpperCase(v.charAt(0)));
            String lc = startsWithName ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
            String filled = wrapper.replace("{s}", s).replace("{lc}", lc);
            filled = slot.isEmpty() ? filled : filled.replace(slot, speaker);
            return Character.toUpperCase(filled.charAt(0)) + filled.substring(1);
        }

        private String fill(String template) {
            String s = template;
            for (Map.Entry<String, String> slot : slots.entrySet()) {
                s = s.replace("{" + slot.getKey() + "}", slot.getValue());
            }
            return s;
        }

        /** An invented proper name of {@code min}..{@code max} syllables ("Velotrin"). */
        private String name(int min, int max) {
            int n = min + random.nextInt(max - min + 1);
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append(pick(words.syllables()));
            }
            return Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }

        private String pick(List<String> list) {
            return list.get(random.nextInt(list.size()));
        }
    }

    private static String stripStop(String sentence) {
        return sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
