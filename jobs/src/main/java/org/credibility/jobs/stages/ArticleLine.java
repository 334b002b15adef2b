package org.credibility.jobs.stages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of {@code articles.jsonl}, parsed: either an article (with the repairs made to
 * it) or the reason it was rejected. Plain Java so each rule is tested without Spark.
 */
public record ArticleLine(long lineNumber, String id, String outlet, String url, Timestamp published, String title,
                          String body, List<String> repairs, String rejectReason) {

    /** How much of a rejected line the {@code rejected} table keeps. */
    public static final int RAW_LIMIT = 4096;
    private static final ObjectMapper JSON = new ObjectMapper();

    public boolean accepted() {
        return rejectReason == null;
    }

    public static ArticleLine parse(String line, long lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return reject(lineNumber, "malformed JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return reject(lineNumber, "not a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || !(id.isTextual() || id.isNumber()) || id.asText().isBlank()) {
            return reject(lineNumber, "missing or empty id");
        }
        JsonNode body = node.get("body");
        if (body == null || body.isNull()) {
            return reject(lineNumber, "missing body");
        }
        if (!body.isTextual()) {
            return reject(lineNumber, "body is not a string");
        }
        List<String> repairs = new ArrayList<>();
        String outlet = text(node, "outlet");
        if (outlet == null || outlet.isBlank()) {
            outlet = "(unknown)";
            repairs.add("outlet missing");
        }
        String publishedText = text(node, "published");
        Timestamp published = parseDate(publishedText);
        if (published == null && publishedText != null && !publishedText.isBlank()) {
            repairs.add("published not ISO-8601, set to null");
        }
        return new ArticleLine(lineNumber, id.asText().strip(), outlet.strip(), text(node, "url"), published,
                text(node, "title"), body.asText(), List.copyOf(repairs), null);
    }

    private static ArticleLine reject(long lineNumber, String reason) {
        return new ArticleLine(lineNumber, null, null, null, null, null, null, List.of(), reason);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** ISO-8601 date, date-time with or without offset; dates and local times are taken as UTC. */
    static Timestamp parseDate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            return Timestamp.from(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Timestamp.from(Instant.parse(s));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Timestamp.from(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Timestamp.from(LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public static String truncate(String raw) {
        return raw.length() <= RAW_LIMIT ? raw : raw.substring(0, RAW_LIMIT) + "…";
    }
}
