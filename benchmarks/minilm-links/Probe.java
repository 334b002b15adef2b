import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * For each (claim, article) pair of pairs.tsv, the cosine of the claim and the article's closest
 * sentence (sentences.tsv: article, position, sentence) under the quantised all-MiniLM-L6-v2
 * encoder, whose ONNX weights ship inside the Maven Central jar, and the same over the article's
 * lede (positions 0–5): writes scores.tsv (claim, article, gold, best, best in the lede).
 */
public class Probe {
    private static final int LEDE = 5;

    public static void main(String[] args) throws Exception {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<TextSegment> segments = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("sentences.tsv"))) {
            String[] p = line.split("\t", 3);
            articleIds.add(p[0]);
            positions.add(Integer.parseInt(p[1]));
            segments.add(TextSegment.from(p[2]));
        }
        long started = System.nanoTime();
        var embeddings = model.embedAll(segments).content();
        System.err.printf("embedded %d sentences in %.1f s%n", segments.size(), (System.nanoTime() - started) / 1e9);
        Map<String, List<Integer>> byArticle = new HashMap<>();
        for (int i = 0; i < embeddings.size(); i++) {
            byArticle.computeIfAbsent(articleIds.get(i), k -> new ArrayList<>()).add(i);
        }
        Map<String, float[]> claims = new HashMap<>();
        try (var out = Files.newBufferedWriter(Path.of("scores.tsv"))) {
            for (String line : Files.readAllLines(Path.of("pairs.tsv"))) {
                String[] p = line.split("\t");
                float[] claim = claims.computeIfAbsent(p[3], text -> model.embed(text).content().vector());
                double best = -1;
                double lede = -1;
                for (int i : byArticle.getOrDefault(p[1], List.of())) {
                    float[] v = embeddings.get(i).vector();
                    double cosine = 0; // the encoder's vectors are unit length
                    for (int k = 0; k < v.length; k++) {
                        cosine += v[k] * claim[k];
                    }
                    best = Math.max(best, cosine);
                    lede = positions.get(i) <= LEDE ? Math.max(lede, cosine) : lede;
                }
                out.write(p[0] + "\t" + p[1] + "\t" + p[2] + "\t" + best + "\t" + lede + "\n");
            }
        }
    }
}
