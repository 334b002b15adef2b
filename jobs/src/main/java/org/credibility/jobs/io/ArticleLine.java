package org.credibility.jobs.io;

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
import java.util.Locale;

/**
 * One line of {@code articles.jsonl}, parsed: either an article (with the repairs made to
 * it) or the reason it was rejected. Plain Java so each rule is tested without Spark.
 *
 * <p>Reasons and repairs read "kind: detail" (or just "kind"); the manifest counts kinds.
 */
public record ArticleLine(long lineNumber, String id, String outlet, String url, Timestamp published, String title,
                          String body, List<String> repairs, String rejectReason) {

    /** How much of a rejected line the {@code rejected} table keeps. */
    public static final int RAW_LIMIT = 4096;
    /**
     * Bodies beyond this many characters are cut when the line is parsed, before any analysis
     * (some 15,000 words; a long news article has 2,000): what later stages hold and analyse is bounded.
     */
    public static final int MAX_BODY_CHARS = 100_000;
    public static final String EMPTY_BODY = "empty body: no claims";
    private static final ObjectMapper JSON = InputJson.MAPPER;

    public boolean accepted() {
        return rejectReason == null;
    }

    public static ArticleLine parse(String line, long lineNumber) {
        return parse(new LineText(line, false, line.length()), lineNumber);
    }

    /** Parses a decoded line; a line decoded with replacements gets that repair noted. */
    public static ArticleLine parse(LineText line, long lineNumber) {
        JsonNode node;
        try {
            node = JSON.readTree(line.text());
        } catch (JsonProcessingException e) {
            return reject(lineNumber, "malformed JSON: " + InputJson.oneLine(e.getOriginalMessage()));
        }
        if (node == null || node.isMissingNode() || !node.isObject()) {
            return reject(lineNumber, "not a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null || id.isNull() || !(id.isTextual() || id.isNumber())
                || LineText.stripControls(id.asText(), false).isBlank()) {
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
        if (line.invalidUtf8()) {
            repairs.add(LineText.BROKEN_UTF8);
        }
        List<String> controls = new ArrayList<>();
        String idText = controls(LineText.stripControls(id.asText(), false), id.asText(), "id", controls);
        String outlet = controls(LineText.stripControls(text(node, "outlet"), false), text(node, "outlet"), "outlet",
                controls);
        String url = controls(LineText.stripControls(text(node, "url"), false), text(node, "url"), "url", controls);
        String title = controls(LineText.stripControls(text(node, "title"), false), text(node, "title"), "title",
                controls);
        String bodyText = body.asText();
        if (bodyText.length() > MAX_BODY_CHARS) {
            repairs.add(String.format(Locale.ROOT, "body cut: %,d characters, only the first %,d analysed",
                    bodyText.length(), MAX_BODY_CHARS));
            bodyText = bodyText.substring(0, MAX_BODY_CHARS);
        }
        bodyText = controls(LineText.stripControls(bodyText, true), bodyText, "body", controls);
        if (!controls.isEmpty()) {
            repairs.add("control characters removed: " + String.join(", ", controls));
        }
        if (outlet == null || outlet.isBlank()) {
            outlet = "(unknown)";
            repairs.add("outlet missing");
        }
        String publishedText = text(node, "published");
        Timestamp published = parseDate(publishedText);
        if (published == null && publishedText != null && !publishedText.isBlank()) {
            repairs.add("published not ISO-8601, set to null");
        }
        if (bodyText.isBlank()) {
            repairs.add(EMPTY_BODY);
        }
        return new ArticleLine(lineNumber, idText.strip(), outlet.strip(), url, published,
                title, bodyText, List.copyOf(repairs), null);
    }

    private static String controls(String stripped, String original, String field, List<String> fields) {
        if (stripped != null && !stripped.equals(original)) {
            fields.add(field);
        }
        return stripped;
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
