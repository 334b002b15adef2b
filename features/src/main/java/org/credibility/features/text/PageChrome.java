package org.credibility.features.text;

import static org.jsoup.select.NodeFilter.FilterResult.CONTINUE;
import static org.jsoup.select.NodeFilter.FilterResult.REMOVE;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes an HTML page's chrome, found by what its markup calls it, before the page's text is
 * read: comment threads, share bars, related-article lists, sidebars, navigation, footers, ads
 * (an element whose name, role, or a part of a class name or id is a word of chrome-words.txt),
 * and sign-up, search and comment forms. Marked elements that may be the article are kept: see
 * {@link #isChrome} and {@link #removeForms}. Stateless and thread-safe.
 */
final class PageChrome {

    /** Chrome word → the repair recorded when an element it marks held text. */
    private static final Map<String, String> REPAIR_BY_WORD = Lexicon.mapping("chrome-words");
    private static final Set<String> ARTICLE_NAMES = Set.copyOf(Lexicon.lowerCaseEntries("article-names"));
    /** Class names and ids are read part by part: "comment-list", "td_block_related". */
    private static final Pattern NAME_PART_SEPARATORS = Pattern.compile("[\\s_-]+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** How a page marks its main content; no chrome holds it. */
    private static final Evaluator MAIN_CONTENT = QueryParser.parse("main, [role=main], [itemprop=articleBody]");

    private PageChrome() {}

    /** Removes the chrome under {@code body} (not {@code body} itself: its classes describe the whole page). */
    static void removeFrom(Element body, Set<String> repairs) {
        // top-down: a removed element's children are not visited, so a comment's own <footer>
        // does not count as the site footer
        NodeTraversor.filter((node, depth) -> {
            if (node == body || !(node instanceof Element element)) {
                return CONTINUE;
            }
            String repair = chromeRepair(element);
            if (repair == null || !isChrome(element)) {
                return CONTINUE;
            }
            if (element.hasText()) {
                repairs.add(repair);
            }
            return REMOVE;
        }, body);
        removeForms(body, repairs);
    }

    /**
     * The repair of the first chrome word among the element's name, role, and the parts of its
     * class names and id; null when there is none.
     */
    private static String chromeRepair(Element element) {
        String repair = REPAIR_BY_WORD.get(element.normalName());
        if (repair != null || element.attributesSize() == 0) {
            // most elements of a page carry no attribute: nothing more to read
            return repair;
        }
        String names = element.attr("role") + " " + element.className() + " " + element.id();
        if (names.isBlank()) {
            return null;
        }
        for (String part : NAME_PART_SEPARATORS.split(names.toLowerCase(Locale.ROOT))) {
            repair = REPAIR_BY_WORD.get(part);
            if (repair != null) {
                return repair;
            }
        }
        return null;
    }

    /**
     * Whether an element marked with a chrome word is chrome. Not when it is inline (a link or a
     * span marked "share" or "related" sits inside a sentence as often as in a bar), when it also
     * names the article (WordPress puts a class per tag on the article: "tag-social-media"), or
     * when it holds the page's main content (a layout wrapper: "with-sidebar").
     */
    private static boolean isChrome(Element element) {
        return element.isBlock() && !namesTheArticle(element) && element.selectFirst(MAIN_CONTENT) == null;
    }

    private static boolean namesTheArticle(Element element) {
        if (ARTICLE_NAMES.contains(element.id().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (String name : WHITESPACE.split(element.className().toLowerCase(Locale.ROOT))) {
            if (ARTICLE_NAMES.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Sign-up, search and comment forms go; a form holding most of the page's text stays: ASP.NET
     * WebForms pages wrap the whole page, article included, in one form.
     */
    private static void removeForms(Element body, Set<String> repairs) {
        Elements forms = body.select("form");
        if (forms.isEmpty()) {
            return;
        }
        int pageChars = body.text().length();
        for (Element form : forms) {
            int formChars = form.text().length();
            if (formChars * 2 <= pageChars) {
                form.remove();
                if (formChars > 0) {
                    repairs.add("boilerplate_removed");
                }
            }
        }
    }
}
