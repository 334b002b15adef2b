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
 * sentence (sentences.tsv) under the quantised all-MiniLM-L6-v2 encoder, whose ONNX weights ship
 * inside the Maven Central jar: writes scores.tsv (claim, article, gold, best, second best).
 */
public class Probe {
    public static void main(String[] args) throws Exception {
        var model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        List<TextSegment> segments = new ArrayList<>();
        List<String> articleIds = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("sentences.tsv"))) {
            String[] p = line.split("\t", 2);
            articleIds.add(p[0]);
            segments.add(TextSegment.from(p[1]));
        }
        long started = System.nanoTime();
        var embeddings = model.embedAll(segments).content();
        System.err.printf("embedded %d sentences in %.1f s%n", segments.size(), (System.nanoTime() - started) / 1e9);
        Map<String, List<float[]>> byArticle = new HashMap<>();
        for (int i = 0; i < embeddings.size(); i++) {
            byArticle.computeIfAbsent(articleIds.get(i), k -> new ArrayList<>()).add(embeddings.get(i).vector());
        }
        try (var out = Files.newBufferedWriter(Path.of("scores.tsv"))) {
            for (String line : Files.readAllLines(Path.of("pairs.tsv"))) {
                String[] p = line.split("\t");
                float[] claim = model.embed(p[3]).content().vector();
                double best = -1;
                double second = -1;
                for (float[] v : byArticle.getOrDefault(p[1], List.of())) {
                    double cosine = 0; // the encoder's vectors are unit length
                    for (int i = 0; i < v.length; i++) {
                        cosine += v[i] * claim[i];
                    }
                    if (cosine > best) {
                        second = best;
                        best = cosine;
                    } else if (cosine > second) {
                        second = cosine;
                    }
                }
                out.write(p[0] + "\t" + p[1] + "\t" + p[2] + "\t" + best + "\t" + second + "\n");
            }
        }
    }
}
