package io.github.supportkpi.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.supportkpi.domain.FieldException;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.BiConsumer;

/** Streams the records of a Zendesk API page ({@code {"audits": [...], "next_page": ...}}) one object at a time. */
final class ZendeskJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ZendeskJson() {}

    /**
     * Hands each element of the array in {@code member} (or of a top-level array) to {@code each}, with its
     * locator ({@code audits.json record 3}); the other members are skipped.
     *
     * @throws IllegalArgumentException if the document is not well-formed or has no such array
     */
    static void records(Reader in, String source, String member, BiConsumer<String, JsonNode> each)
            throws IOException {
        try (JsonParser p = JSON.getFactory().createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                boolean found = false;
                for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken value = p.nextToken();
                    if (name.equals(member) && value == JsonToken.START_ARRAY) {
                        found = true;
                        break;
                    }
                    p.skipChildren();
                }
                if (!found) {
                    throw new IllegalArgumentException("JSON must have the member " + member + " holding the records: "
                            + source);
                }
            } else if (t != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("JSON must be an object with the member " + member + " or an array"
                        + " of records: " + source + " starts with " + t);
            }
            long n = 0;
            for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null) {
                    throw new IllegalArgumentException("JSON must close the array of records: " + source);
                }
                JsonNode node = JSON.readTree(p);
                each.accept(source + " record " + (++n), node);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("JSON must be well-formed: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + " of " + source, e);
        }
    }

    /** A member's text: a text, or a number's digits; null when absent, null or blank. */
    static String text(JsonNode o, String member) {
        JsonNode v = o.get(member);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String t = v.asText().strip();
        return t.isEmpty() ? null : t;
    }

    /** A required member's text. */
    static String required(JsonNode o, String member) {
        String t = text(o, member);
        if (t == null) {
            throw new FieldException(member, "must have a value", "");
        }
        return t;
    }

    /** A required ISO-8601 instant with its offset ({@code 2024-03-04T09:00:00Z}). */
    static Instant instant(JsonNode o, String member) {
        String t = required(o, member);
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeException e) {
            throw new FieldException(member, "must be an ISO-8601 date-time with an offset", t, e);
        }
    }
}
