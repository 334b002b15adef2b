package org.credibility.jobs.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of {@code labels.jsonl}, {@code stance_labels.jsonl} or {@code claims.jsonl},
 * checked: its fields as strings (in {@link Kind#fields} order) or the reason it is rejected.
 * Plain Java so each rule is tested without Spark.
 */
public record SideLine(List<String> values, String rejectReason) {

    /** The three optional input files and their fields; the first field(s) form the key that must be unique. */
    public enum Kind {
        LABELS("labels.jsonl", List.of("claim_id", "label"), 1, Set.of("true", "false", "unverified")),
        STANCE_LABELS("stance_labels.jsonl", List.of("claim_id", "article_id", "stance"), 2,
                Set.of("agree", "disagree", "discuss", "unrelated")),
        CLAIMS("claims.jsonl", List.of("id", "text", "article_ids"), 1, Set.of());

        public final String file;
        public final List<String> fields;
        public final int keyFields;
        /** The values allowed in the last field (label, stance); empty for claims. */
        public final Set<String> allowed;

        Kind(String file, List<String> fields, int keyFields, Set<String> allowed) {
            this.file = file;
            this.fields = fields;
            this.keyFields = keyFields;
            this.allowed = allowed;
        }
    }

    public boolean accepted() {
        return rejectReason == null;
    }

    public static SideLine parse(Kind kind, String line) {
        JsonNode node;
        try {
            node = InputJson.MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            return reject("malformed JSON: " + InputJson.oneLine(e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            return reject("not a JSON object");
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < kind.keyFields; i++) {
            String field = kind.fields.get(i);
            String id = id(node.get(field));
            if (id == null) {
                return reject("missing or empty " + field);
            }
            values.add(id);
        }
        if (kind == Kind.CLAIMS) {
            JsonNode text = node.get("text");
            if (text == null || !text.isTextual() || LineText.stripControls(text.asText(), false).isBlank()) {
                return reject("missing or empty text");
            }
            values.add(LineText.stripControls(text.asText(), false).strip());
            JsonNode ids = node.get("article_ids");
            List<String> articleIds = new ArrayList<>();
            if (ids != null && !ids.isNull()) {
                if (!ids.isArray()) {
                    return reject("article_ids is not a list");
                }
                for (JsonNode a : ids) {
                    String id = id(a);
                    if (id == null) {
                        return reject("article_ids holds an empty or non-id value");
                    }
                    articleIds.add(id);
                }
            }
            values.add(String.join("\n", articleIds));
            return new SideLine(List.copyOf(values), null);
        }
        String field = kind.fields.get(kind.fields.size() - 1);
        JsonNode value = node.get(field);
        if (value == null || value.isNull() || !(value.isTextual() || value.isBoolean())) {
            return reject("missing " + field);
        }
        String v = value.asText().strip().toLowerCase(Locale.ROOT);
        if (!kind.allowed.contains(v)) {
            return reject(String.format(Locale.ROOT, "invalid %s: '%s' (expected one of %s)", field,
                    ArticleLine.truncate(value.asText()), String.join(", ", kind.allowed.stream().sorted().toList())));
        }
        values.add(v);
        return new SideLine(List.copyOf(values), null);
    }

    /** A string or number id, control characters stripped; null when missing or blank. */
    private static String id(JsonNode node) {
        if (node == null || !(node.isTextual() || node.isNumber())) {
            return null;
        }
        String id = LineText.stripControls(node.asText(), false).strip();
        return id.isEmpty() ? null : id;
    }

    private static SideLine reject(String reason) {
        return new SideLine(List.of(), reason);
    }
}
