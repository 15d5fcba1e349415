package io.github.supportkpi.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.io.FieldMapping.DurationFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A declarative mapping of an export's columns onto the fields of one kind of record: which column holds
 * which field, how its text is read (see {@link FieldMapping}), which texts mean "no value", which other
 * columns become attributes, the zone of local times and the clock-skew tolerance. Written as a small JSON
 * file or with {@link #builder(RecordKind)}; both give equal mappings, and {@link #toJson()} writes the file
 * back. Immutable and thread-safe.
 *
 * <pre>{@code
 * {
 *   "records": "tickets",
 *   "zone": "Europe/Berlin",
 *   "none": ["N/A", "Not Provided"],
 *   "fields": {
 *     "id": "Ticket_ID",
 *     "created": {"column": "Created_Date", "pattern": "yyyy-MM-dd HH:mm:ss"},
 *     "firstResponse": {"column": "First_Response_Time_Hours", "after": "created", "duration": "hours"},
 *     "status": {"column": "Status", "values": {"Escalated": "OPEN"}},
 *     "channel": {"column": ["Channel", "Source"], "values": {"Twitter": "social"}}
 *   },
 *   "attributes": {"type": "Ticket_Type"}
 * }
 * }</pre>
 *
 * <p>The fields each kind of record has, and their types, are those of {@link RecordKind}; a mapping naming
 * another field, a duration field without its format or a duration after a field that is not an instant is
 * refused when it is built, naming the field. A field's column may be missing from an export's header
 * unless the field is required (a ticket's {@code id} and {@code created}); the reader says which.
 * Attributes are read for tickets, interactions, survey answers and customers' periods (each carries free
 * attributes for segmenting); a mapping of aggregate rows with attributes is refused, since a row is keyed by
 * {@link AggregateRow#KEYS} only.
 *
 * <p>In JSON, a field is a column name, a list of the names a column has had, or an object with the members
 * {@code column} (a name or a list), {@code time} (the time-of-day column), {@code pattern} (one pattern or
 * a list), {@code zone}, {@code baseYear}, {@code duration} ({@code iso}, {@code seconds}, {@code minutes},
 * {@code hours}, {@code hms}), {@code after}, {@code none}, {@code values}, {@code yes} and {@code no}. An
 * unknown member is refused, naming its path.
 *
 * <p>The export's text is CSV unless {@code format} says otherwise: {@code "json"} (a document that is an array
 * of records), {@code {"type": "json", "array": "tickets"}} (the array is the member {@code tickets} of the
 * top-level object, as in Zendesk's API pages) or {@code "jsonl"} (JSON Lines). A JSON record's columns are
 * its members, nested objects flattened to dotted names ({@code "via.channel"}); see {@link ExportReader}.
 * The {@code vendor} section names values the help desk computes itself, read by a {@link Reconciliation}
 * (see {@link VendorValue}).
 */
public final class Mapping {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SCALE = Pattern.compile("(-?\\d+)\\s*\\.\\.\\s*(-?\\d+)");
    private static final Set<String> TOP = Set.of("records", "format", "zone", "none", "delimiter", "skew", "scale",
            "survey", "fields", "attributes", "vendor", "invited", "skipped", "answersInvited");
    private static final Set<String> FORMAT = Set.of("type", "array");
    private static final Set<String> VENDOR = Set.of("column", "duration", "rules");
    /** What a vendor value may measure: see {@link Reconciliation}. */
    static final Set<String> VENDOR_MEASURES = Set.of("firstResponse", "resolution");
    private static final Set<String> FIELD = Set.of("column", "time", "pattern", "zone", "baseYear", "duration",
            "after", "none", "values", "yes", "no");

    private final RecordKind kind;
    private final SourceFormat format;
    private final Optional<String> array;
    private final Optional<ZoneId> zone;
    private final Set<String> none;
    private final char delimiter;
    private final Duration skew;
    private final Scale scale;
    private final SurveyKind survey;
    private final Map<String, FieldMapping> fields;
    private final Map<String, FieldMapping> attributes;
    private final Map<String, VendorValue> vendor;
    private final Set<String> invited;
    private final Set<String> skipped;
    private final boolean answersInvited;

    /**
     * The form of an export's text: CSV (the default), one JSON document holding an array of records, or
     * JSON Lines (one object a line). See {@link ExportReader} for how JSON records are read as rows.
     */
    public enum SourceFormat {
        /** Comma-separated values, header first. */
        CSV,
        /** A JSON document: an array of records, at the top or in a member named by {@link #array()}. */
        JSON,
        /** JSON Lines: one JSON object a line; blank lines are skipped. */
        JSONL;

        /**
         * The format of a name, case-insensitively: {@code csv}, {@code json}, {@code jsonl}.
         *
         * @param name the name
         * @return the format
         * @throws IllegalArgumentException if the name is none of these
         */
        public static SourceFormat parse(String name) {
            for (SourceFormat f : values()) {
                if (f.name().equalsIgnoreCase(name.strip())) {
                    return f;
                }
            }
            throw new IllegalArgumentException("format must be csv, json or jsonl: \"" + name + "\"");
        }
    }

    private Mapping(Builder b) {
        this.kind = b.kind;
        this.format = b.format;
        this.array = Optional.ofNullable(b.array);
        this.vendor = Collections.unmodifiableMap(new LinkedHashMap<>(b.vendor));
        this.zone = Optional.ofNullable(b.zone);
        Set<String> n = new LinkedHashSet<>();
        for (String t : b.none) {
            n.add(t.strip().toLowerCase(Locale.ROOT));
        }
        this.none = Collections.unmodifiableSet(n);
        this.delimiter = b.delimiter;
        this.skew = b.skew;
        this.scale = b.scale;
        this.survey = b.survey;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(b.fields));
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        this.invited = lowered(b.invited);
        this.skipped = lowered(b.skipped);
        this.answersInvited = b.answersInvited;
        validate();
    }

    private static Set<String> lowered(Set<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            out.add(t.strip().toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    private void validate() {
        if (array.isPresent() && format != SourceFormat.JSON) {
            throw new IllegalArgumentException("format.array is for a JSON document only: format "
                    + format.name().toLowerCase(Locale.ROOT) + ", array " + array.get());
        }
        if (array.isPresent() && array.get().isBlank()) {
            throw new IllegalArgumentException("format.array must not be blank");
        }
        for (String measure : vendor.keySet()) {
            if (kind != RecordKind.TICKETS || !VENDOR_MEASURES.contains(measure)) {
                throw new IllegalArgumentException("vendor must name firstResponse or resolution of tickets: "
                        + kind.label() + ", \"" + measure + "\"");
            }
        }
        if (skew.isNegative()) {
            throw new IllegalArgumentException("skew must not be negative: " + skew);
        }
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("delimiter must not be a quote or a line break: " + (int) delimiter);
        }
        for (Map.Entry<String, FieldMapping> e : fields.entrySet()) {
            String name = e.getKey();
            FieldMapping f = e.getValue();
            RecordKind.Type type = kind.type(name);
            boolean durationNeeded = type == RecordKind.Type.DURATION || f.after().isPresent();
            if (durationNeeded && f.duration().isEmpty()) {
                throw new IllegalArgumentException("field " + name + " must state its duration format (iso, seconds,"
                        + " minutes, hours, hms): column " + f.columns().get(0));
            }
            if (f.after().isPresent()) {
                String after = f.after().get();
                if (type != RecordKind.Type.INSTANT) {
                    throw new IllegalArgumentException("field " + name + " is not an instant, so it cannot be a"
                            + " duration after another field: after " + after);
                }
                if (kind.type(after) != RecordKind.Type.INSTANT) {
                    throw new IllegalArgumentException("after must name an instant field of " + kind.label()
                            + ": field " + name + ", after " + after);
                }
                if (!fields.containsKey(after)) {
                    throw new IllegalArgumentException("after must name a mapped field: field " + name + ", after "
                            + after);
                }
                String seen = name;
                Set<String> chain = new LinkedHashSet<>();
                while (seen != null) {
                    if (!chain.add(seen)) {
                        throw new IllegalArgumentException("after must not go round in a circle: " + chain);
                    }
                    FieldMapping next = fields.get(seen);
                    seen = next == null ? null : next.after().orElse(null);
                }
            }
        }
        if (!attributes.isEmpty() && kind == RecordKind.AGGREGATES) {
            throw new IllegalArgumentException("attributes are read for tickets, interactions, surveys and customers,"
                    + " not aggregates (a row is keyed by " + String.join(", ", AggregateRow.KEYS) + " only): "
                    + attributes.keySet());
        }
        if ((!invited.isEmpty() || !skipped.isEmpty() || answersInvited) && kind != RecordKind.SURVEYS) {
            throw new IllegalArgumentException("invited, skipped and answersInvited are for survey answers only, not "
                    + kind.label());
        }
        for (String t : invited) {
            if (skipped.contains(t) || t.isEmpty()) {
                throw new IllegalArgumentException("invited must not be blank or also skipped: \"" + t + "\"");
            }
        }
        if (survey != SurveyKind.CSAT && kind != RecordKind.SURVEYS) {
            throw new IllegalArgumentException("survey must be given for survey answers only, not " + kind.label()
                    + ": " + survey);
        }
        for (String required : kind.required()) {
            if (!fields.containsKey(required)) {
                throw new IllegalArgumentException("fields must map " + required + ", required for " + kind.label());
            }
        }
    }

    /**
     * A builder for a mapping of this kind of record.
     *
     * @param kind the kind of record each row is read as
     * @return a new builder
     */
    public static Builder builder(RecordKind kind) {
        return new Builder(Objects.requireNonNull(kind, "kind"));
    }

    /** @return the kind of record each row is read as */
    public RecordKind kind() {
        return kind;
    }

    /** @return the form of the export's text: CSV unless the mapping says otherwise */
    public SourceFormat format() {
        return format;
    }

    /**
     * For a JSON document, the member of the top-level object holding the array of records
     * ({@code "tickets"}); empty when the document is the array itself.
     *
     * @return the member's name, if any
     */
    public Optional<String> array() {
        return array;
    }

    /** @return the values the vendor computes itself, by what they measure, for a {@link Reconciliation} */
    public Map<String, VendorValue> vendor() {
        return vendor;
    }

    /** @return the zone of local times, if the mapping names one (a reader may be given another) */
    public Optional<ZoneId> zone() {
        return zone;
    }

    /**
     * The fields whose local date-times are read in the mapping's zone (or the reader's), so that a reader
     * without a zone cannot read them: instant fields without a zone of their own, read with a pattern that
     * has no offset. A field read as ISO-8601 is not among them, since its texts may carry their offset
     * ({@code 2026-03-02T10:00:00Z}); one that does not is refused when it is read without a zone, by an
     * {@link IllegalStateException} naming the column. A field that is a duration after another is not
     * among them either.
     *
     * @return the field names, in the order mapped; empty when no field needs a zone
     */
    public List<String> fieldsNeedingZone() {
        List<String> out = new ArrayList<>();
        fields.forEach((name, f) -> {
            if (kind.type(name) == RecordKind.Type.INSTANT && f.after().isEmpty() && f.needsZone()) {
                out.add(name);
            }
        });
        return Collections.unmodifiableList(out);
    }

    /**
     * The texts of a survey's score column meaning a survey sent and not answered ({@code offered} in
     * Zendesk's satisfaction ratings): such a row is read as a {@code SurveyInvitation}, sent at the
     * {@code sent} field (or, without it, {@code at}), and goes to {@link Records#invitation}.
     *
     * @return the texts, lower case; empty for a survey export of answers only
     */
    public Set<String> invited() {
        return invited;
    }

    /**
     * The texts of a survey's score column meaning no survey at all ({@code unoffered} in Zendesk's
     * satisfaction ratings): such a row is neither an answer nor an invitation; it is refused, counted under
     * the rule "score means no survey was sent".
     *
     * @return the texts, lower case
     */
    public Set<String> skipped() {
        return skipped;
    }

    /**
     * Whether each answer's row also stands for the invitation it answers, as in an export with one record per
     * survey sent whose score is filled in when it is answered (Zendesk's satisfaction ratings): then an answer
     * row gives an invitation (sent at the {@code sent} field, or at {@code at}) and then its answer, so that a
     * response rate counts it answered.
     *
     * @return true when every answer row is also an invitation
     */
    public boolean answersInvited() {
        return answersInvited;
    }

    /** @return the texts meaning "no value" in every column, lower case */
    public Set<String> none() {
        return none;
    }

    /** @return the column delimiter */
    public char delimiter() {
        return delimiter;
    }

    /** @return how far an instant may be logged before the one it must follow, counted as suspect */
    public Duration skew() {
        return skew;
    }

    /**
     * The kind of a survey answer whose row does not say (no {@code kind} column, or a blank one): an export
     * of one NPS question is {@code "survey": "nps"}. Default {@link SurveyKind#CSAT}.
     *
     * @return the kind
     */
    public SurveyKind survey() {
        return survey;
    }

    /** @return the scale of a score field ({@code csat}) */
    public Scale scale() {
        return scale;
    }

    /** @return the fields mapped, by field name, in the order given */
    public Map<String, FieldMapping> fields() {
        return fields;
    }

    /** @return the attributes read, by attribute name, in the order given */
    public Map<String, FieldMapping> attributes() {
        return attributes;
    }

    /**
     * This mapping with another clock-skew tolerance.
     *
     * @param tolerance how far an instant may be logged before the one it must follow, counted as suspect
     * @return a new mapping
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public Mapping withSkew(Duration tolerance) {
        Builder b = builder(kind);
        b.format = format;
        b.array = array.orElse(null);
        b.vendor.putAll(vendor);
        b.zone = zone.orElse(null);
        b.none.addAll(none);
        b.delimiter = delimiter;
        b.skew = Objects.requireNonNull(tolerance, "skew");
        b.scale = scale;
        b.survey = survey;
        b.fields.putAll(fields);
        b.attributes.putAll(attributes);
        b.invited.addAll(invited);
        b.skipped.addAll(skipped);
        b.answersInvited = answersInvited;
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------------
    // JSON

    /**
     * Reads a mapping from its JSON file.
     *
     * @param file the file, UTF-8
     * @return the mapping
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException if it is not a valid mapping; the message names the path in the file
     */
    public static Mapping read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        }
    }

    /**
     * Reads a mapping from JSON.
     *
     * @param in the JSON text
     * @return the mapping
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if it is not a valid mapping; the message names the path in the file
     */
    public static Mapping read(Reader in) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("mapping must be JSON: " + e.getOriginalMessage(), e);
        }
        return of(root);
    }

    /**
     * One of the mappings shipped in this jar, by name: {@code "supportkpi-tickets"} (the sample export),
     * {@code "freshdesk-tickets"} (Freshdesk's ticket export), {@code "jsm-issues"} (Jira Service
     * Management's issue export, all fields) and {@code "zammad-tickets"} (Zammad's reporting sheet saved as
     * CSV). The vendor mappings name no zone: the vendors write local times in the zone of the agent who
     * exports, so give the reader that zone ({@link ExportReader#withZone}). {@code zendesk-tickets}
     * reads Zendesk's Tickets API and incremental ticket export with side-loaded metric sets
     * ({@code ?include=metric_sets}, a {@code metric_set} in each ticket): the first response is the ticket's
     * creation plus the reply time in calendar minutes, the resolution the metric set's {@code solved_at}, so
     * a solved ticket read without its metric set is refused; its vendor section reconciles the reply time
     * and the full resolution time (see {@link Reconciliation}). {@code zendesk-satisfaction} reads Zendesk's
     * Satisfaction Ratings API: good and bad on the thumbs scale 0..1, offered as an invitation, unoffered
     * skipped (see {@link #invited()}, {@link #skipped()}).
     *
     * @param name the mapping's name, without {@code .json}
     * @return the mapping
     * @throws IllegalArgumentException if there is no such mapping
     */
    public static Mapping bundled(String name) {
        Objects.requireNonNull(name, "name");
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("mapping name must be lower-case letters, digits and hyphens: \""
                    + name + "\"");
        }
        try (InputStream in = Mapping.class.getResourceAsStream("mappings/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("mapping must be one of the bundled mappings: \"" + name + "\"");
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mapping of(JsonNode root) {
        ObjectNode top = object(root, "mapping");
        unknown(top, TOP, "");
        String records = text(top.get("records"), "records");
        Builder b = builder(RecordKind.parse(records));
        if (top.has("format")) {
            JsonNode f = top.get("format");
            if (f.isObject()) {
                unknown((ObjectNode) f, FORMAT, "format.");
                SourceFormat type = SourceFormat.parse(text(f.get("type"), "format.type"));
                b.format(type, f.has("array") ? text(f.get("array"), "format.array") : null);
            } else {
                b.format(SourceFormat.parse(text(f, "format")));
            }
        }
        if (top.has("zone")) {
            b.zone(zone(text(top.get("zone"), "zone"), "zone"));
        }
        for (String t : texts(top.get("none"), "none")) {
            b.none(t);
        }
        if (top.has("delimiter")) {
            String d = text(top.get("delimiter"), "delimiter");
            if (d.length() != 1) {
                throw new IllegalArgumentException("delimiter must be one character: \"" + d + "\"");
            }
            b.delimiter(d.charAt(0));
        }
        if (top.has("skew")) {
            String s = text(top.get("skew"), "skew");
            try {
                b.skew(Duration.parse(s));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("skew must be an ISO-8601 duration: \"" + s + "\"", e);
            }
        }
        if (top.has("survey")) {
            String k = text(top.get("survey"), "survey");
            try {
                b.survey(SurveyKind.valueOf(k.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("survey must be a survey kind (csat, nps, ces, employee nps,"
                        + " employee satisfaction): \"" + k + "\"", e);
            }
        }
        if (top.has("scale")) {
            b.scale(scale(text(top.get("scale"), "scale")));
        }
        texts(top.get("invited"), "invited").forEach(b::invited);
        texts(top.get("skipped"), "skipped").forEach(b::skipped);
        if (top.has("answersInvited")) {
            JsonNode a = top.get("answersInvited");
            if (!a.isBoolean()) {
                throw new IllegalArgumentException("answersInvited must be true or false: " + a);
            }
            b.answersInvited(a.booleanValue());
        }
        ObjectNode fields = object(top.get("fields"), "fields");
        for (Map.Entry<String, JsonNode> e : fields.properties()) {
            b.field(e.getKey(), field(e.getValue(), "fields." + e.getKey()));
        }
        if (top.has("attributes")) {
            ObjectNode attributes = object(top.get("attributes"), "attributes");
            for (Map.Entry<String, JsonNode> e : attributes.properties()) {
                b.attribute(e.getKey(), field(e.getValue(), "attributes." + e.getKey()));
            }
        }
        if (top.has("vendor")) {
            ObjectNode vendor = object(top.get("vendor"), "vendor");
            for (Map.Entry<String, JsonNode> e : vendor.properties()) {
                b.vendor(e.getKey(), vendorValue(e.getValue(), "vendor." + e.getKey()));
            }
        }
        return b.build();
    }

    private static FieldMapping field(JsonNode node, String path) {
        if (node != null && (node.isTextual() || node.isArray())) {
            List<String> columns = texts(node, path);
            if (columns.isEmpty()) {
                throw new IllegalArgumentException(path + " must name a column");
            }
            FieldMapping.Builder f = FieldMapping.builder(columns.get(0));
            columns.subList(1, columns.size()).forEach(f::or);
            return f.build();
        }
        ObjectNode o = object(node, path);
        unknown(o, FIELD, path + ".");
        List<String> columns = texts(o.get("column"), path + ".column");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(path + ".column must name a column");
        }
        FieldMapping.Builder f = FieldMapping.builder(columns.get(0));
        columns.subList(1, columns.size()).forEach(f::or);
        if (o.has("time")) {
            f.timeColumn(text(o.get("time"), path + ".time"));
        }
        texts(o.get("pattern"), path + ".pattern").forEach(f::pattern);
        if (o.has("zone")) {
            f.zone(zone(text(o.get("zone"), path + ".zone"), path + ".zone"));
        }
        if (o.has("baseYear")) {
            JsonNode y = o.get("baseYear");
            if (!y.isInt()) {
                throw new IllegalArgumentException(path + ".baseYear must be a whole number: " + y);
            }
            f.baseYear(y.intValue());
        }
        if (o.has("duration")) {
            String d = text(o.get("duration"), path + ".duration");
            try {
                f.duration(DurationFormat.parse(d));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(path + "." + e.getMessage(), e);
            }
        }
        if (o.has("after")) {
            String after = text(o.get("after"), path + ".after");
            if (!o.has("duration")) {
                throw new IllegalArgumentException(path + ".after must come with a duration format");
            }
            f.after(after, DurationFormat.parse(text(o.get("duration"), path + ".duration")));
        }
        texts(o.get("none"), path + ".none").forEach(f::none);
        if (o.has("values")) {
            ObjectNode values = object(o.get("values"), path + ".values");
            for (Map.Entry<String, JsonNode> e : values.properties()) {
                f.value(e.getKey(), text(e.getValue(), path + ".values." + e.getKey()));
            }
        }
        texts(o.get("yes"), path + ".yes").forEach(f::yes);
        texts(o.get("no"), path + ".no").forEach(f::no);
        try {
            return f.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static VendorValue vendorValue(JsonNode node, String path) {
        ObjectNode o = object(node, path);
        unknown(o, VENDOR, path + ".");
        String column = text(o.get("column"), path + ".column");
        String d = text(o.get("duration"), path + ".duration");
        DurationFormat duration;
        try {
            duration = DurationFormat.parse(d);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + "." + e.getMessage(), e);
        }
        Map<String, String> rules = new LinkedHashMap<>();
        if (o.has("rules")) {
            for (Map.Entry<String, JsonNode> e : object(o.get("rules"), path + ".rules").properties()) {
                rules.put(e.getKey(), text(e.getValue(), path + ".rules." + e.getKey()));
            }
        }
        try {
            return new VendorValue(column, duration, rules);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(path + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode object(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException(path + " must be a JSON object: " + node);
        }
        return (ObjectNode) node;
    }

    private static String text(JsonNode node, String path) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException(path + " must be a text: " + node);
        }
        return node.textValue();
    }

    private static List<String> texts(JsonNode node, String path) {
        if (node == null) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException(path + " must be a text or a list of texts: " + node);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            out.add(text(node.get(i), path + "[" + i + "]"));
        }
        return out;
    }

    private static void unknown(ObjectNode o, Set<String> known, String prefix) {
        Set<String> names = new TreeSet<>();
        o.fieldNames().forEachRemaining(names::add);
        names.removeAll(known);
        if (!names.isEmpty()) {
            throw new IllegalArgumentException(prefix + names.iterator().next() + " is not a member of a mapping"
                    + " (known: " + String.join(", ", new TreeSet<>(known)) + ")");
        }
    }

    private static ZoneId zone(String id, String path) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(path + " must be a zone id such as Europe/Berlin: \"" + id + "\"", e);
        }
    }

    static Scale scale(String text) {
        Matcher m = SCALE.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("scale must be of the form min..max: \"" + text + "\"");
        }
        return Scale.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * The mapping as its JSON file: reading it back gives an equal mapping.
     *
     * @return the JSON text, indented
     */
    public String toJson() {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode top = nf.objectNode();
        top.put("records", kind.label());
        if (array.isPresent()) {
            ObjectNode f = top.putObject("format");
            f.put("type", format.name().toLowerCase(Locale.ROOT));
            f.put("array", array.get());
        } else if (format != SourceFormat.CSV) {
            top.put("format", format.name().toLowerCase(Locale.ROOT));
        }
        zone.ifPresent(z -> top.put("zone", z.getId()));
        if (!none.isEmpty()) {
            ArrayNode a = top.putArray("none");
            none.forEach(a::add);
        }
        if (delimiter != ',') {
            top.put("delimiter", String.valueOf(delimiter));
        }
        if (!skew.isZero()) {
            top.put("skew", skew.toString());
        }
        if (!scale.equals(Scale.ONE_TO_FIVE)) {
            top.put("scale", scale.min() + ".." + scale.max());
        }
        if (survey != SurveyKind.CSAT) {
            top.put("survey", survey.name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        if (!invited.isEmpty()) {
            ArrayNode a = top.putArray("invited");
            invited.forEach(a::add);
        }
        if (!skipped.isEmpty()) {
            ArrayNode a = top.putArray("skipped");
            skipped.forEach(a::add);
        }
        if (answersInvited) {
            top.put("answersInvited", true);
        }
        ObjectNode f = top.putObject("fields");
        fields.forEach((name, m) -> f.set(name, json(m)));
        if (!attributes.isEmpty()) {
            ObjectNode a = top.putObject("attributes");
            attributes.forEach((name, m) -> a.set(name, json(m)));
        }
        if (!vendor.isEmpty()) {
            ObjectNode v = top.putObject("vendor");
            vendor.forEach((name, value) -> {
                ObjectNode o = v.putObject(name);
                o.put("column", value.column());
                o.put("duration", value.duration().name().toLowerCase(Locale.ROOT));
                if (!value.rules().isEmpty()) {
                    ObjectNode r = o.putObject("rules");
                    value.rules().forEach(r::put);
                }
            });
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(top);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(FieldMapping m) {
        JsonNodeFactory nf = JsonNodeFactory.instance;
        ObjectNode o = nf.objectNode();
        if (m.columns().size() == 1) {
            o.put("column", m.columns().get(0));
        } else {
            ArrayNode a = o.putArray("column");
            m.columns().forEach(a::add);
        }
        m.timeColumn().ifPresent(t -> o.put("time", t));
        if (!m.patterns().isEmpty()) {
            ArrayNode a = o.putArray("pattern");
            m.patterns().forEach(a::add);
        }
        m.zone().ifPresent(z -> o.put("zone", z.getId()));
        if (m.baseYear() != 2000) {
            o.put("baseYear", m.baseYear());
        }
        m.duration().ifPresent(d -> o.put("duration", d.name().toLowerCase(Locale.ROOT)));
        m.after().ifPresent(a -> o.put("after", a));
        if (!m.none().isEmpty()) {
            ArrayNode a = o.putArray("none");
            m.none().forEach(a::add);
        }
        if (!m.values().isEmpty()) {
            ObjectNode v = o.putObject("values");
            m.values().forEach(v::put);
        }
        if (!m.yes().isEmpty()) {
            ArrayNode a = o.putArray("yes");
            m.yes().forEach(a::add);
        }
        if (!m.no().isEmpty()) {
            ArrayNode a = o.putArray("no");
            m.no().forEach(a::add);
        }
        return o.size() == 1 && m.columns().size() == 1 ? nf.textNode(m.columns().get(0)) : o;
    }

    // ---------------------------------------------------------------------------------------------------
    // Object

    /**
     * Equal when every part is equal.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Mapping m && kind == m.kind && format == m.format && array.equals(m.array)
                && vendor.equals(m.vendor) && zone.equals(m.zone) && none.equals(m.none)
                && delimiter == m.delimiter && skew.equals(m.skew) && scale.equals(m.scale) && survey == m.survey
                && fields.equals(m.fields) && attributes.equals(m.attributes) && invited.equals(m.invited)
                && skipped.equals(m.skipped) && answersInvited == m.answersInvited;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, format, array, vendor, zone, none, delimiter, skew, scale, survey, fields,
                attributes, invited, skipped, answersInvited);
    }

    /** @return the mapping as its JSON file */
    @Override
    public String toString() {
        return toJson();
    }

    /** Builds a {@link Mapping}. Not thread-safe. */
    public static final class Builder {
        private final RecordKind kind;
        private SourceFormat format = SourceFormat.CSV;
        private String array;
        private final Map<String, VendorValue> vendor = new LinkedHashMap<>();
        private ZoneId zone;
        private final Set<String> none = new LinkedHashSet<>();
        private char delimiter = ',';
        private Duration skew = Duration.ZERO;
        private Scale scale = Scale.ONE_TO_FIVE;
        private SurveyKind survey = SurveyKind.CSAT;
        private final Map<String, FieldMapping> fields = new LinkedHashMap<>();
        private final Map<String, FieldMapping> attributes = new LinkedHashMap<>();
        private final Set<String> invited = new LinkedHashSet<>();
        private final Set<String> skipped = new LinkedHashSet<>();
        private boolean answersInvited;

        private Builder(RecordKind kind) {
            this.kind = kind;
        }

        /**
         * The form of the export's text; a JSON document's records are then the array at its top.
         *
         * @param f the form
         * @return this builder
         */
        public Builder format(SourceFormat f) { return format(f, null); }

        /**
         * The form of the export's text, and for a JSON document the member holding the records.
         *
         * @param f the form
         * @param arrayMember for {@link SourceFormat#JSON}, the member of the top-level object holding the array of
         *     records ({@code "tickets"}), or null when the document is the array
         * @return this builder
         */
        public Builder format(SourceFormat f, String arrayMember) {
            format = Objects.requireNonNull(f, "format");
            array = arrayMember;
            return this;
        }

        /**
         * Reads a value the vendor computes itself, for a {@link Reconciliation}.
         *
         * @param measure what it measures: {@code firstResponse} or {@code resolution}
         * @param value where it is and how it is written
         * @return this builder
         * @throws IllegalArgumentException if the measure is given twice
         */
        public Builder vendor(String measure, VendorValue value) {
            if (vendor.putIfAbsent(Objects.requireNonNull(measure, "measure"), Objects.requireNonNull(value, measure))
                    != null) {
                throw new IllegalArgumentException("vendor must name " + measure + " once");
            }
            return this;
        }

        /** @param z the zone of local times @return this builder */
        public Builder zone(ZoneId z) { zone = z; return this; }

        /** @param text a text meaning "no value" in every column @return this builder */
        public Builder none(String text) { none.add(Objects.requireNonNull(text, "none")); return this; }

        /** @param text a score text meaning a survey sent and not answered @return this builder */
        public Builder invited(String text) { invited.add(Objects.requireNonNull(text, "invited")); return this; }

        /** @param text a score text meaning no survey at all @return this builder */
        public Builder skipped(String text) { skipped.add(Objects.requireNonNull(text, "skipped")); return this; }

        /** @param yes whether each answer row is also an invitation @return this builder */
        public Builder answersInvited(boolean yes) { answersInvited = yes; return this; }

        /** @param c the column delimiter @return this builder */
        public Builder delimiter(char c) { delimiter = c; return this; }

        /** @param tolerance how far an instant may be logged before the one it follows @return this builder */
        public Builder skew(Duration tolerance) { skew = Objects.requireNonNull(tolerance, "skew"); return this; }

        /** @param k the kind of a survey answer whose row does not say @return this builder */
        public Builder survey(SurveyKind k) { survey = Objects.requireNonNull(k, "survey"); return this; }

        /** @param s the scale of score fields @return this builder */
        public Builder scale(Scale s) { scale = Objects.requireNonNull(s, "scale"); return this; }

        /**
         * Maps a field.
         *
         * @param name the field, one of the kind's ({@link RecordKind#fields()})
         * @param mapping how it is read
         * @return this builder
         * @throws IllegalArgumentException if the kind has no such field, or it is mapped twice
         */
        public Builder field(String name, FieldMapping mapping) {
            kind.type(name);
            if (fields.putIfAbsent(name, Objects.requireNonNull(mapping, name)) != null) {
                throw new IllegalArgumentException("fields must map " + name + " once");
            }
            return this;
        }

        /**
         * Maps a field to a column read with the defaults.
         *
         * @param name the field
         * @param column the column
         * @return this builder
         */
        public Builder field(String name, String column) {
            return field(name, FieldMapping.column(column));
        }

        /**
         * Reads an attribute of each record from a column.
         *
         * @param name the attribute's name
         * @param mapping how it is read
         * @return this builder
         * @throws IllegalArgumentException if the name is blank or given twice
         */
        public Builder attribute(String name, FieldMapping mapping) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("attribute name must not be blank");
            }
            if (attributes.putIfAbsent(name, Objects.requireNonNull(mapping, name)) != null) {
                throw new IllegalArgumentException("attributes must read " + name + " once");
            }
            return this;
        }

        /**
         * Validates and builds the mapping.
         *
         * @return the mapping
         * @throws IllegalArgumentException if a required field is not mapped, or as described in {@link Mapping}
         */
        public Mapping build() {
            return new Mapping(this);
        }
    }
}
