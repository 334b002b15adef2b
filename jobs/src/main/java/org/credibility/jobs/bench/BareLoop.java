package org.credibility.jobs.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.credibility.features.claims.AnalyzedArticle;
import org.credibility.features.claims.ArticleAnalyzer;
import org.credibility.jobs.io.ArticleLine;

/**
 * The benchmark's baseline (benchmarks/scale.sh): the per-article text work of the ingest stage —
 * parse the JSON line, clean, split into sentences, find cues ({@link ArticleAnalyzer}) — in one
 * plain Java loop on one thread, no Spark. Prints the articles per second of the loop itself
 * (the analyzer's lexicons and sentence model are loaded before the clock starts).
 *
 * <p>Usage: {@code java -cp credibility-jobs.jar:<spark classpath> org.credibility.jobs.bench.BareLoop DIR}
 */
public final class BareLoop {
    private BareLoop() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BareLoop INPUT_DIR (a folder with articles.jsonl)");
            System.exit(2);
        }
        ArticleAnalyzer analyzer = ArticleAnalyzer.english();
        long started = System.nanoTime();
        long articles = 0;
        long sentences = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0], "articles.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ArticleLine a = ArticleLine.parse(line, articles + 1);
                if (a.accepted()) {
                    AnalyzedArticle analyzed = analyzer.analyze(a.title(), a.body());
                    sentences += analyzed.sentences().size();
                }
                articles++;
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(java.util.Locale.ROOT, "bare loop: %d articles (%d sentences) in %.1f s, %.1f articles/s on one thread%n",
                articles, sentences, seconds, articles / seconds);
    }
}
