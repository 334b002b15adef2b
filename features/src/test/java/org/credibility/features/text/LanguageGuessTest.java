package org.credibility.features.text;

import org.credibility.features.claims.AnalyzedArticle;
import org.credibility.features.claims.ArticleAnalyzer;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    private static final String ENGLISH = "Russian and Turkish warplanes conducted joint strikes against ISIS terrorists "
            + "near al-Bab in the Aleppo province on January 21, the Russian Defense Ministry said. The ministry added "
            + "that the operation was agreed with the Syrian government.";

    @Test
    void englishProseIsEnglish() {
        assertEquals(Optional.empty(), LanguageGuess.notEnglish(ENGLISH));
    }

    @Test
    void frenchProseIsNot() {
        assertEquals(Optional.of("3% English function words, expected at least 15%"), LanguageGuess.notEnglish(
                "Les avions russes et turcs ont mené des frappes conjointes contre les terroristes près de la ville, "
                + "selon le ministère de la Défense. Le ministère a précisé que vingt-deux cibles avaient été "
                + "détruites lors de cette opération."));
    }

    @Test
    void anotherScriptIsNot() {
        assertEquals(Optional.of("100% of letters are not Latin script"), LanguageGuess.notEnglish(
                "Российские и турецкие самолеты нанесли совместные удары по террористам ИГИЛ в районе города Эль-Баб "
                + "в провинции Алеппо 21 января, сообщило Министерство обороны России. В министерстве добавили, что "
                + "операция была согласована с сирийским правительством и продолжится несколько дней."));
    }

    @Test
    void shortOrEmptyTextsAreNotJudged() {
        assertEquals(Optional.empty(), LanguageGuess.notEnglish("Frappes près de la ville."));
        assertEquals(Optional.empty(), LanguageGuess.notEnglish(""));
        assertEquals(Optional.empty(), LanguageGuess.notEnglish(null));
    }

    @Test
    void anArticleThatIsNotEnglishIsCleanedButYieldsNoSentences() {
        AnalyzedArticle a = ArticleAnalyzer.english().analyze("Frappes", "<p>Les avions russes et turcs ont mené des "
                + "frappes conjointes contre les terroristes près de la ville, selon le ministère de la Défense. Le "
                + "ministère a précisé que vingt-deux cibles avaient été détruites lors de cette opération.</p>");
        assertEquals(0, a.sentences().size());
        assertEquals(true, a.bodyClean().startsWith("Les avions russes"));
        assertEquals(true, a.repairs().contains(ArticleAnalyzer.NOT_ENGLISH + "3% English function words, expected at least 15%"),
                a.repairs().toString());
    }
}
