package io.github.supportkpi.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.ClockSkew;
import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.domain.Fields;
import io.github.supportkpi.domain.Ingestion;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusNames;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV export row by row into records, as a {@link Mapping} says, never holding the file: each
 * record goes to a {@link Records} sink as soon as it is read. Line ends may be CRLF, LF or CR alone; a
 * UTF-8 byte-order mark is skipped; quoted cells may hold delimiters, quotes and line breaks. Immutable and
 * thread-safe; each {@code read} is independent. A row gives a ticket or an interaction (and perhaps its
 * survey answer), a survey answer, a customer's period or an {@link AggregateRow}, as the mapping's
 * {@link RecordKind} says.
 *
 * <p><b>Lenient</b> (the default): a row that cannot be read is counted in the {@link DataQuality} report
 * under its column and rule (never its value), with the first few examples, and reading goes on. A field
 * that contradicts its row (a resolution time on a ticket whose status is open) is left out of the record
 * and counted as ignored; an instant logged before the one it must follow by at most the mapping's skew
 * tolerance is kept as at that one and counted as suspect, and so is a CSAT answer on an unresolved
 * ticket. <b>Strict</b> ({@link #strict()}): the first row that cannot be read ends the read with a
 * {@link RowException} naming the row.
 *
 * <p>Every row is counted once: {@code kept + rejected} is the number of data rows. The header decides which
 * fields are read: a required field whose columns are all missing ends the read before any row, naming the
 * columns looked for and the header; an optional one is left unread and listed in the {@link Result}.
 *
 * <p><b>JSON</b> ({@link Mapping#format()}): a document whose records are an array, at the top or in a member
 * of the top-level object ({@code {"tickets": [...], "next_page": ...}}; the other members are skipped), or
 * JSON Lines, one object a line. It is read with a streaming parser, one record at a time. Each record is a
 * row whose columns are its members: a nested object's members are columns named with dots
 * ({@code "via": {"channel": "web"}} is the column {@code via.channel}), a null is no value, a number or a
 * flag is read as its text, and an array of scalars is one text of its elements joined with {@code ","}
 * ({@code ["vip", "billing"]} is {@code vip,billing}; an empty array is no value). An array holding objects
 * or arrays is no column. Records are located as {@code tickets.json record 3}, counting from 1 (in JSON
 * Lines, blank lines are not counted); a record that is not an object, or a line that is not JSON, is
 * refused. A JSON document that is not well-formed ends the read. A JSON export has no header, so the
 * columns are found in each record: a required field missing from a record refuses that record, and the
 * {@link Result} lists as unread the fields found in no record and as unmapped the columns of any record
 * that nothing read.
 */
public final class ExportReader {
    /** Examples kept per reason, by default. */
    public static final int EXAMPLES = 3;
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Mapping mapping;
    private final ZoneId zone;
    private final int examples;
    private final boolean strict;
    private final StatusNames statusNames;

    private ExportReader(Mapping mapping, ZoneId zone, int examples, boolean strict) {
        this.mapping = mapping;
        this.zone = zone;
        this.examples = examples;
        this.strict = strict;
        this.statusNames = statusNames(mapping);
    }

    /**
     * A lenient reader of this mapping, in the mapping's zone.
     *
     * @param mapping the mapping
     * @return the reader
     */
    public static ExportReader of(Mapping mapping) {
        return new ExportReader(Objects.requireNonNull(mapping, "mapping"), mapping.zone().orElse(null), EXAMPLES,
                false);
    }

    /**
     * This reader with local times in another zone (the mapping's is replaced; a field's own zone stays).
     *
     * @param z the zone
     * @return a new reader
     */
    public ExportReader withZone(ZoneId z) {
        return new ExportReader(mapping, Objects.requireNonNull(z, "zone"), examples, strict);
    }

    /**
     * This reader keeping another number of examples per reason.
     *
     * @param n examples per reason, not negative
     * @return a new reader
     * @throws IllegalArgumentException if {@code n} is negative
     */
    public ExportReader withExamples(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("examples must not be negative: " + n);
        }
        return new ExportReader(mapping, zone, n, strict);
    }

    /**
     * This reader in strict mode: the first row that cannot be read ends the read.
     *
     * @return a new reader
     */
    public ExportReader strict() {
        return new ExportReader(mapping, zone, examples, true);
    }

    /** @return the mapping read with */
    public Mapping mapping() {
        return mapping;
    }

    private static StatusNames statusNames(Mapping mapping) {
        StatusNames names = StatusNames.standard();
        FieldMapping status = mapping.fields().get("status");
        if (status != null && mapping.kind() == RecordKind.TICKETS) {
            for (Map.Entry<String, String> e : status.values().entrySet()) {
                Status kind;
                try {
                    kind = Status.valueOf(e.getValue().strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
                } catch (IllegalArgumentException bad) {
                    throw new IllegalArgumentException("fields.status.values must map onto a status kind (NEW, OPEN,"
                            + " PENDING, ON_HOLD, SOLVED, CLOSED): \"" + e.getKey() + "\": \"" + e.getValue() + "\"",
                            bad);
                }
                names = names.with(e.getKey(), kind);
            }
        }
        return names;
    }

    /**
     * What a read did: the data-quality report, and which column each field was read from.
     *
     * @param quality the rows kept and rejected, the fields ignored and the suspect values, by reason
     * @param columns the column each mapped field was read from, by field
     * @param unread the mapped fields none of whose columns the header has, which were not read
     * @param unmapped the header's columns that no field or attribute reads
     */
    public record Result(DataQuality quality, Map<String, String> columns, Set<String> unread, Set<String> unmapped) {
        /**
         * Copies the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Result {
            Objects.requireNonNull(quality, "quality");
            columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
            unread = Collections.unmodifiableSet(new LinkedHashSet<>(unread));
            unmapped = Collections.unmodifiableSet(new LinkedHashSet<>(unmapped));
        }
    }

    /**
     * Reads a UTF-8 file.
     *
     * @param file the export
     * @param sink where the records go
     * @return what the read did
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the header lacks a required column or is not a valid header
     * @throws RowException in strict mode, for the first row that cannot be read
     */
    public Result read(Path file, Records sink) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString(), sink);
        }
    }

    /**
     * Reads an export.
     *
     * @param in the CSV text, header first
     * @param source the export's name, for the examples and refusals ({@code "tickets.csv"})
     * @param sink where the records go
     * @return what the read did
     * @throws IOException if reading fails
     * @throws IllegalArgumentException if the header lacks a required column or is not a valid header
     * @throws RowException in strict mode, for the first row that cannot be read
     */
    public Result read(Reader in, String source, Records sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(source, "source");
        if (mapping.format() != Mapping.SourceFormat.CSV) {
            return readJson(in, source, sink);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(mapping.delimiter()).setHeader()
                .setSkipHeaderRecord(true).get();
        try (CSVParser csv = CSVParser.parse(withoutBom(in), format)) {
            Header header = header(csv.getHeaderNames());
            Ingestion<Built> ingestion = Ingestion.streaming(examples, b -> b.deliver(sink));
            for (CSVRecord row : csv) {
                String locator = source + " row " + (row.getRecordNumber() + 1);
                if (row.size() != header.size) {
                    String why = "row must have as many columns as the header";
                    if (strict) {
                        throw new RowException(locator, new IllegalArgumentException(why + ": " + row.size()
                                + " columns, header " + header.size));
                    }
                    ingestion.reject(locator, why, row.size() + " columns");
                    continue;
                }
                add(new Row(header, column -> {
                    Integer i = header.index.get(column);
                    return i == null ? null : row.get(i);
                }, locator), ingestion);
            }
            return new Result(ingestion.report(), header.columns, header.unread, header.unmapped);
        }
    }

    private void add(Row r, Ingestion<Built> ingestion) {
        if (strict) {
            ingestion.add(r.locator, () -> {
                try {
                    return build(r, ingestion);
                } catch (RuntimeException e) {
                    throw new RowException(r.locator, e);
                }
            });
        } else {
            ingestion.add(r.locator, () -> build(r, ingestion));
        }
    }

    private void refuse(Ingestion<Built> ingestion, String locator, String why, String detail) {
        if (strict) {
            throw new RowException(locator, new IllegalArgumentException(why + ": " + detail));
        }
        ingestion.reject(locator, why, detail);
    }

    // ---------------------------------------------------------------------------------------------------
    // JSON

    private Result readJson(Reader in, String source, Records sink) throws IOException {
        Ingestion<Built> ingestion = Ingestion.streaming(examples, b -> b.deliver(sink));
        Seen seen = new Seen();
        long n = 0;
        Reader text = withoutBom(in);
        if (mapping.format() == Mapping.SourceFormat.JSONL) {
            BufferedReader lines = new BufferedReader(text);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String locator = source + " record " + (++n);
                Map<String, String> cells = null;
                try (JsonParser p = JSON.createParser(line)) {
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        cells = new LinkedHashMap<>();
                        flatten(p, "", cells);
                        if (p.nextToken() != null) {
                            cells = null;
                        }
                    }
                } catch (JsonProcessingException e) {
                    cells = null;
                }
                if (cells == null) {
                    refuse(ingestion, locator, "record must be one JSON object a line",
                            line.length() > 40 ? line.substring(0, 40) + "..." : line);
                    continue;
                }
                add(seen.row(cells, locator), ingestion);
            }
        } else {
            try (JsonParser p = JSON.createParser(text)) {
                toArray(p, source);
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    if (t == null) {
                        throw new IllegalArgumentException("JSON must close the array of records: " + source);
                    }
                    String locator = source + " record " + (++n);
                    if (t != JsonToken.START_OBJECT) {
                        p.skipChildren();
                        refuse(ingestion, locator, "record must be a JSON object", t.asString() == null
                                ? t.name().toLowerCase(Locale.ROOT) : t.asString());
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    flatten(p, "", cells);
                    add(seen.row(cells, locator), ingestion);
                }
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("JSON must be well-formed: " + e.getOriginalMessage() + " at line "
                        + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + " of " + source,
                        e);
            }
        }
        return seen.result(ingestion.report());
    }

    /** Moves the parser onto the start of the array of records. */
    private void toArray(JsonParser p, String source) throws IOException {
        JsonToken t = p.nextToken();
        if (mapping.array().isEmpty()) {
            if (t != JsonToken.START_ARRAY) {
                throw new IllegalArgumentException("JSON must be an array of records (or name the member holding"
                        + " it in format.array): " + source + " starts with " + t);
            }
            return;
        }
        String member = mapping.array().get();
        if (t != JsonToken.START_OBJECT) {
            throw new IllegalArgumentException("JSON must be an object with the member " + member + ": " + source
                    + " starts with " + t);
        }
        for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (name.equals(member)) {
                if (value != JsonToken.START_ARRAY) {
                    throw new IllegalArgumentException("JSON member " + member + " must be an array of records: "
                            + value);
                }
                return;
            }
            p.skipChildren();
        }
        throw new IllegalArgumentException("JSON must have the member " + member + " holding the records: " + source);
    }

    /** Reads the object the parser is at into dotted columns; see the class description. */
    private static void flatten(JsonParser p, String prefix, Map<String, String> out) throws IOException {
        for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
            String name = prefix + p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT) {
                flatten(p, name + ".", out);
            } else if (value == JsonToken.START_ARRAY) {
                List<String> items = new ArrayList<>();
                boolean scalars = true;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    if (e == JsonToken.START_OBJECT || e == JsonToken.START_ARRAY) {
                        p.skipChildren();
                        scalars = false;
                    } else if (e != JsonToken.VALUE_NULL) {
                        items.add(p.getText());
                    }
                }
                if (scalars) {
                    out.put(name, String.join(",", items));
                }
            } else {
                out.put(name, value == JsonToken.VALUE_NULL ? "" : p.getText());
            }
        }
    }

    /** The columns found across the records of a JSON export, for its {@link Result}. */
    private final class Seen {
        final Map<String, String> columns = new LinkedHashMap<>();
        final Set<String> read = new HashSet<>();
        final Set<String> keys = new LinkedHashSet<>();
        final Set<String> used = new HashSet<>();

        /** The last record's columns and their header: the records of an export mostly share their columns. */
        List<String> lastNames = List.of();
        Header last;

        Row row(Map<String, String> cells, String locator) {
            List<String> names = new ArrayList<>(cells.keySet());
            if (last == null || !names.equals(lastNames)) {
                last = new Header(names, true);
                lastNames = names;
                last.columns.forEach(columns::putIfAbsent);
                read.addAll(last.columns.keySet());
                last.attributeColumns.keySet().forEach(a -> read.add("attribute " + a));
                keys.addAll(names);
                used.addAll(last.used);
            }
            return new Row(last, cells::get, locator);
        }

        Result result(DataQuality quality) {
            Set<String> unread = new LinkedHashSet<>();
            mapping.fields().keySet().stream().filter(f -> !read.contains(f)).forEach(unread::add);
            mapping.attributes().keySet().stream().map(a -> "attribute " + a).filter(a -> !read.contains(a))
                    .forEach(unread::add);
            Set<String> unmapped = new LinkedHashSet<>(keys);
            unmapped.removeAll(used);
            // an object null in some record is listed by its members, when others have them
            unmapped.removeIf(k -> keys.stream().anyMatch(u -> u.startsWith(k + ".")));
            return new Result(quality, columns, unread, unmapped);
        }
    }

    private static Reader withoutBom(Reader in) throws IOException {
        PushbackReader p = new PushbackReader(in instanceof BufferedReader ? in : new BufferedReader(in), 1);
        int first = p.read();
        if (first >= 0 && first != '\uFEFF') {
            p.unread(first);
        }
        return p;
    }

    /** The columns of the fields, found in a header. */
    private final class Header {
        final int size;
        final Map<String, String> columns = new LinkedHashMap<>();
        final Map<String, String> timeColumns = new HashMap<>();
        final Map<String, String> attributeColumns = new LinkedHashMap<>();
        final Set<String> unread = new LinkedHashSet<>();
        final Set<String> unmapped;
        final Map<String, Integer> index = new HashMap<>();
        final Set<String> used = new LinkedHashSet<>();

        /**
         * The columns of a header; for one JSON record ({@code record}), a field without its columns is left
         * unread in this record rather than refusing the export.
         */
        Header(List<String> names, boolean record) {
            size = names.size();
            for (int i = 0; i < names.size(); i++) {
                index.putIfAbsent(names.get(i), i);
            }
            Set<String> present = index.keySet();
            for (Map.Entry<String, FieldMapping> e : mapping.fields().entrySet()) {
                FieldMapping f = e.getValue();
                Optional<String> column = f.columnIn(present);
                if (column.isEmpty()) {
                    if (!record && mapping.kind().required().contains(e.getKey())) {
                        throw new IllegalArgumentException("header must have a column for " + e.getKey() + " ("
                                + String.join(" or ", f.columns()) + "): " + names);
                    }
                    unread.add(e.getKey());
                    continue;
                }
                if (record && f.timeColumn().isPresent() && !present.contains(f.timeColumn().get())) {
                    unread.add(e.getKey());
                    continue;
                }
                columns.put(e.getKey(), column.get());
                used.add(column.get());
                if (f.timeColumn().isPresent()) {
                    String t = f.timeColumn().get();
                    if (!present.contains(t)) {
                        throw new IllegalArgumentException("header must have the time column of " + e.getKey() + " ("
                                + t + "): " + names);
                    }
                    timeColumns.put(e.getKey(), t);
                    used.add(t);
                }
            }
            for (Map.Entry<String, FieldMapping> e : mapping.attributes().entrySet()) {
                Optional<String> column = e.getValue().columnIn(present);
                if (column.isPresent()) {
                    attributeColumns.put(e.getKey(), column.get());
                    used.add(column.get());
                } else {
                    unread.add("attribute " + e.getKey());
                }
            }
            for (VendorValue v : mapping.vendor().values()) {
                vendorColumns(v).stream().filter(present::contains).forEach(used::add);
            }
            Set<String> rest = new LinkedHashSet<>(names);
            rest.removeAll(used);
            unmapped = rest;
        }
    }

    private Header header(List<String> names) {
        return new Header(names, false);
    }

    /** One row being read: cells by field, read once. */
    private final class Row {
        final Header header;
        final Function<String, String> cells;
        final String locator;
        final Map<String, Instant> instants = new HashMap<>();

        /** @param cells the text of a column, or null when the row has no such column */
        Row(Header header, Function<String, String> cells, String locator) {
            this.header = header;
            this.cells = cells;
            this.locator = locator;
        }

        /** The text of a column of the header, empty when the row has none. */
        String cell(String column) {
            String t = cells.apply(column);
            return t == null ? "" : t;
        }

        /** The field's column as refusals name it: {@code Date/Time} for a date and a time column. */
        String column(String field) {
            String column = header.columns.get(field);
            String time = header.timeColumns.get(field);
            return column == null || time == null ? column : column + "/" + time;
        }

        boolean mapped(String field) {
            return header.columns.containsKey(field);
        }

        /** The field's text after sentinels and values, or null. */
        String text(String field) {
            String column = header.columns.get(field);
            if (column == null) {
                return null;
            }
            FieldMapping f = mapping.fields().get(field);
            String text = f.text(cell(column), mapping.none());
            String timeColumn = header.timeColumns.get(field);
            if (text != null && timeColumn != null) {
                String time = f.text(cell(timeColumn), mapping.none());
                return time == null ? null : text + " " + time;
            }
            return text;
        }

        /** The cell's text after sentinels only (the value map not applied), or null. */
        String raw(String field) {
            String column = header.columns.get(field);
            if (column == null) {
                return null;
            }
            String text = cell(column).strip();
            return text.isEmpty() || mapping.none().contains(text.toLowerCase(Locale.ROOT))
                    || mapping.fields().get(field).none().contains(text.toLowerCase(Locale.ROOT)) ? null : text;
        }

        String required(String field) {
            String t = text(field);
            if (t == null) {
                throw new FieldException(mappedColumn(this, field), "must have a value", "");
            }
            return t;
        }
    }

    /** A sink that takes, with each ticket, the texts of the mapping's vendor columns in its row. */
    interface VendorRecords extends Records {
        /**
         * A ticket read, and its row's vendor cells.
         *
         * @param ticket the ticket
         * @param cells the text of each vendor column by column name; a column the row lacks is absent
         */
        void ticket(Ticket ticket, Map<String, String> cells);
    }

    /**
     * What one row gave: a ticket (with its vendor cells) or an interaction, and perhaps a survey answer; or
     * a survey answer, a customer's period or an aggregate row alone.
     */
    private record Built(Ticket ticket, Interaction interaction, SurveyResponse survey, CustomerPeriod customer,
            AggregateRow aggregate, Map<String, String> vendor, SurveyInvitation invitation) {
        Built(Ticket ticket, Interaction interaction, SurveyResponse survey) {
            this(ticket, interaction, survey, null, null, Map.of(), null);
        }

        Built(Ticket ticket, Interaction interaction, SurveyResponse survey, CustomerPeriod customer,
                AggregateRow aggregate, Map<String, String> vendor) {
            this(ticket, interaction, survey, customer, aggregate, vendor, null);
        }

        void deliver(Records sink) {
            if (ticket != null) {
                if (sink instanceof VendorRecords v) {
                    v.ticket(ticket, vendor);
                } else {
                    sink.ticket(ticket);
                }
            }
            if (interaction != null) {
                sink.interaction(interaction);
            }
            if (invitation != null) {
                sink.invitation(invitation);
            }
            if (survey != null) {
                sink.survey(survey);
            }
            if (customer != null) {
                sink.customer(customer);
            }
            if (aggregate != null) {
                sink.aggregate(aggregate);
            }
        }
    }

    private Built build(Row r, Ingestion<?> in) {
        switch (mapping.kind()) {
            case TICKETS: return ticket(r, in);
            case INTERACTIONS: return interaction(r, in);
            case SURVEYS: return survey(r, in);
            case CUSTOMERS: return new Built(null, null, null, customer(r, in), null, Map.of());
            default: return new Built(null, null, null, null, aggregate(r, in), Map.of());
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Tickets

    private Built ticket(Row r, Ingestion<?> in) {
        String id = r.required("id");
        Instant created = instant(r, "created", in);
        if (created == null) {
            throw new FieldException(mappedColumn(r, "created"), "must have a value", "");
        }
        Ticket.Builder b = Ticket.builder(id, created);
        b.customerId(r.text("customerId")).category(r.text("category")).product(r.text("product"))
                .team(r.text("team")).assignee(r.text("assignee")).resolutionCode(r.text("resolutionCode"));
        String channel = r.text("channel");
        if (channel != null) {
            b.channel(Channel.of(channel));
        }
        String priority = r.text("priority");
        if (priority != null) {
            b.priority(parsed(r.column("priority"), priority, Priority::parse,
                    "must be one of low, medium (normal), high, urgent (critical)"));
        }
        String statusText = r.raw("status");
        Status status = null;
        if (statusText != null) {
            status = parsed(r.column("status"), statusText, statusNames::kindOf,
                    "must be a known status name (add it to the field's values)");
            b.status(status);
            b.statusName(statusText);
        }
        Instant firstResponse = following(r, "firstResponse", "created", created, in);
        if (firstResponse != null) {
            b.firstResponse(firstResponse);
        }
        Instant resolved = following(r, "resolved", "created", created, in);
        if (resolved != null) {
            if (status != null && !status.isResolved()) {
                in.ignore(r.locator, r.column("resolved"), "must be absent for an unresolved ticket",
                        statusText + ", " + r.text("resolved"));
            } else {
                b.resolved(resolved);
            }
        }
        Instant closed = following(r, "closed", resolved != null ? "resolved" : "created",
                resolved != null ? resolved : created, in);
        if (closed != null) {
            if (status != null && status != Status.CLOSED) {
                in.ignore(r.locator, r.column("closed"), "must be absent for a ticket that is not closed",
                        statusText + ", " + r.text("closed"));
            } else {
                b.closed(closed);
            }
        }
        String reopens = r.text("reopenCount");
        if (reopens != null) {
            b.reopenCount(Fields.integer(r.column("reopenCount"), reopens));
        }
        flag(r, "escalated").ifPresent(b::escalated);
        flag(r, "transferred").ifPresent(b::transferred);
        attributes(r, b::attribute);
        Ticket t = b.build();
        SurveyResponse survey = score(r, in).map(score -> {
            if (!t.status().isResolved()) {
                in.suspect(r.locator, r.column("csat"), "given on an unresolved ticket", t.status() + ", " + score);
            }
            return SurveyResponse.builder(SurveyKind.CSAT, score, mapping.scale(), t.resolved().orElse(t.created()))
                    .ticketId(t.id()).agentId(t.assignee().orElse(null)).customerId(t.customerId().orElse(null))
                    .channel(t.channel().orElse(null)).build();
        }).orElse(null);
        return new Built(t, null, survey, null, null, vendorCells(r));
    }

    // ---------------------------------------------------------------------------------------------------
    // Interactions

    private Built interaction(Row r, Ingestion<?> in) {
        Instant at = instant(r, "at", in);
        if (at == null) {
            throw new FieldException(mappedColumn(r, "at"), "must have a value", "");
        }
        String kindText = r.text("kind");
        InteractionKind kind = kindText == null ? InteractionKind.CALL : parsed(r.column("kind"), kindText,
                k -> InteractionKind.valueOf(k.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_")),
                "must be an interaction kind (call, chat, customer message, agent reply, ...)");
        Interaction.Builder b = Interaction.builder(kind, at);
        b.id(r.text("id")).agentId(r.text("agentId")).ticketId(r.text("ticketId")).customerId(r.text("customerId"));
        String routed = r.text("routedAgentId");
        if (routed != null) {
            b.routedToAgentId(routed);
        }
        String channel = r.text("channel");
        if (channel != null) {
            b.channel(Channel.of(channel));
        }
        Optional<Boolean> abandoned = flag(r, "abandoned");
        Optional<Boolean> answered = flag(r, "answered");
        if (abandoned.isPresent() && answered.isPresent() && abandoned.get() == answered.get()) {
            throw new FieldException(r.column("answered"), "must not contradict " + r.column("abandoned"),
                    "answered " + answered.get() + ", abandoned " + abandoned.get());
        }
        boolean isAbandoned = abandoned.orElse(answered.map(a -> !a).orElse(false));
        b.abandoned(isAbandoned);
        Instant queueStart = instant(r, "queueStart", in);
        Instant queueEnd = following(r, "queueEnd", "queueStart", queueStart, in);
        Instant serviceStart = following(r, "serviceStart", "queueEnd", queueEnd, in);
        Instant serviceEnd = following(r, "serviceEnd", "serviceStart", serviceStart, in);
        boolean queued = kind == InteractionKind.CALL || kind == InteractionKind.CHAT;
        if (r.mapped("queueWait")) {
            String wait = r.text("queueWait");
            if (wait == null) {
                b.queueWaitUnknown();
            } else {
                b.queueWait(mapping.fields().get("queueWait").duration(r.column("queueWait"), wait, false));
            }
        } else if (queueStart != null && queueEnd != null) {
            b.queueWait(Duration.between(queueStart, queueEnd));
        } else if (queued) {
            b.queueWaitUnknown();
        }
        Optional<Duration> talk = duration(r, "talk");
        if (talk.isPresent()) {
            b.talk(talk.get());
        } else if (serviceStart != null && serviceEnd != null) {
            b.talk(Duration.between(serviceStart, serviceEnd));
        }
        duration(r, "hold").ifPresent(b::hold);
        duration(r, "afterContact").ifPresent(b::afterContact);
        flag(r, "resolved").ifPresent(y -> b.outcome(y ? ContactOutcome.RESOLVED : ContactOutcome.NOT_RESOLVED));
        attributes(r, b::attribute);
        Interaction i = b.build();
        SurveyResponse survey = score(r, in).map(score -> SurveyResponse.builder(SurveyKind.CSAT, score,
                mapping.scale(), at).agentId(i.agentId().orElse(null)).customerId(i.customerId().orElse(null))
                .ticketId(i.ticketId().orElse(null)).channel(i.channel().orElse(null)).build()).orElse(null);
        return new Built(null, i, survey);
    }

    // ---------------------------------------------------------------------------------------------------
    // Survey answers

    private Built survey(Row r, Ingestion<?> in) {
        String mark = r.raw("score");
        String key = mark == null ? null : mark.toLowerCase(Locale.ROOT);
        if (key != null && mapping.skipped().contains(key)) {
            throw new FieldException(r.column("score"), "means no survey was sent", mark);
        }
        boolean invitedOnly = key != null && mapping.invited().contains(key);
        Instant sent = instant(r, "sent", in);
        Instant at = invitedOnly && sent != null ? null : instant(r, "at", in);
        if (at == null && !(invitedOnly && sent != null)) {
            throw new FieldException(mappedColumn(r, invitedOnly ? "sent" : "at"), "must have a value", "");
        }
        if (invitedOnly) {
            return new Built(null, null, null, null, null, Map.of(), invitation(r, surveyKind(r),
                    sent != null ? sent : at));
        }
        SurveyResponse answer = answer(r, at);
        SurveyInvitation invitation = mapping.answersInvited() ? invitation(r, answer.kind(),
                sent != null && !sent.isAfter(at) ? sent : at) : null;
        if (mapping.answersInvited() && sent != null && sent.isAfter(at)) {
            in.suspect(r.locator, r.column("sent"), "must not be after " + r.column("at"), sent + " > " + at);
        }
        return new Built(null, null, answer, null, null, Map.of(), invitation);
    }

    private SurveyInvitation invitation(Row r, SurveyKind kind, Instant sent) {
        SurveyInvitation.Builder b = SurveyInvitation.builder(kind, sent);
        b.id(r.text("id")).ticketId(r.text("ticketId")).agentId(r.text("agentId")).customerId(r.text("customerId"));
        String channel = r.text("channel");
        if (channel != null) {
            b.channel(Channel.of(channel));
        }
        attributes(r, b::attribute);
        return b.build();
    }

    private SurveyKind surveyKind(Row r) {
        String kindText = r.text("kind");
        return kindText == null ? mapping.survey() : parsed(r.column("kind"), kindText,
                k -> SurveyKind.valueOf(k.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_")),
                "must be a survey kind (csat, nps, ces, employee nps, employee satisfaction)");
    }

    private SurveyResponse answer(Row r, Instant at) {
        SurveyKind kind = surveyKind(r);
        Scale scale = mapping.scale();
        String scaleText = r.text("scale");
        if (kind.isNps()) {
            scale = Scale.ZERO_TO_TEN;
        } else if (scaleText != null) {
            scale = parsed(r.column("scale"), scaleText, Mapping::scale, "must be a scale of the form min..max");
        }
        String t = r.required("score");
        String rule = "must be a whole score within " + scale;
        int score;
        try {
            score = Fields.decimal(r.column("score"), t).intValueExact();
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new FieldException(r.column("score"), rule, t, e);
        }
        if (!scale.contains(score)) {
            throw new FieldException(r.column("score"), rule, t);
        }
        SurveyResponse.Builder b = SurveyResponse.builder(kind, score, scale, at);
        b.id(r.text("id")).ticketId(r.text("ticketId")).agentId(r.text("agentId")).customerId(r.text("customerId"))
                .comment(r.text("comment"));
        String channel = r.text("channel");
        if (channel != null) {
            b.channel(Channel.of(channel));
        }
        attributes(r, b::attribute);
        return b.build();
    }

    // ---------------------------------------------------------------------------------------------------
    // Customers

    private CustomerPeriod customer(Row r, Ingestion<?> in) {
        String id = r.required("customerId");
        Optional<Boolean> start = flag(r, "activeAtStart");
        Optional<Boolean> acquired = flag(r, "acquired");
        Optional<Boolean> end = flag(r, "activeAtEnd");
        Optional<Boolean> churned = flag(r, "churned");
        if (end.isPresent() && churned.isPresent() && end.get() == churned.get()) {
            throw new FieldException(r.column("churned"), "must not contradict " + r.column("activeAtEnd"),
                    "churned " + churned.get() + ", active at end " + end.get());
        }
        if (start.isPresent() && acquired.isPresent() && start.get() == acquired.get()) {
            throw new FieldException(r.column("acquired"), "must be the opposite of " + r.column("activeAtStart"),
                    "acquired " + acquired.get() + ", active at start " + start.get());
        }
        String tenureText = r.text("tenure");
        Optional<Boolean> newcomer = Optional.empty();
        if (tenureText != null) {
            int tenure = Fields.integer(r.column("tenure"), tenureText);
            if (tenure < 0) {
                throw new FieldException(r.column("tenure"), "must not be negative", tenureText);
            }
            newcomer = Optional.of(tenure == 0);
        }
        boolean isAcquired = acquired.orElse(start.map(s -> !s).orElse(newcomer.orElse(false)));
        boolean atEnd = end.orElse(churned.map(c -> !c).orElse(true));
        BigDecimal revenue = revenue(r, "revenue");
        BigDecimal atStartRevenue = r.mapped("revenueAtStart") ? revenue(r, "revenueAtStart")
                : isAcquired ? BigDecimal.ZERO : revenue;
        BigDecimal atEndRevenue = r.mapped("revenueAtEnd") ? revenue(r, "revenueAtEnd")
                : atEnd ? revenue : BigDecimal.ZERO;
        if (isAcquired && atStartRevenue.signum() > 0) {
            in.ignore(r.locator, r.column("revenueAtStart"), "must be absent for a customer acquired in the period",
                    atStartRevenue.toPlainString());
            atStartRevenue = BigDecimal.ZERO;
        }
        if (!atEnd && atEndRevenue.signum() > 0) {
            in.ignore(r.locator, r.column("revenueAtEnd"), "must be absent for a customer gone at the end",
                    atEndRevenue.toPlainString());
            atEndRevenue = BigDecimal.ZERO;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes(r, attributes::put);
        return new CustomerPeriod(id, !isAcquired, isAcquired, atEnd, atStartRevenue, atEndRevenue, attributes);
    }

    /** A revenue: blank is not tracked (zero); a negative one refuses the row. */
    private static BigDecimal revenue(Row r, String field) {
        String t = r.text(field);
        if (t == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal v = Fields.decimal(r.column(field), t);
        if (v.signum() < 0) {
            throw new FieldException(r.column(field), "must not be negative", t);
        }
        return v;
    }

    // ---------------------------------------------------------------------------------------------------
    // Aggregate rows

    private AggregateRow aggregate(Row r, Ingestion<?> in) {
        AggregateRow.Builder b = AggregateRow.builder();
        for (String key : AggregateRow.KEYS) {
            String v = r.text(key);
            if (v != null) {
                b.key(key, v);
            }
        }
        b.start(instant(r, "start", in));
        OptionalLong offered = count(r, "offered");
        OptionalLong answered = count(r, "answered");
        OptionalLong abandoned = count(r, "abandoned");
        OptionalLong within = count(r, "answeredWithin");
        offered.ifPresent(b::offered);
        answered.ifPresent(b::answered);
        abandoned.ifPresent(b::abandoned);
        within.ifPresent(b::answeredWithin);
        if (offered.isPresent() && answered.orElse(0) + abandoned.orElse(0) > offered.getAsLong()) {
            String column = answered.isPresent() ? r.column("answered") : r.column("abandoned");
            String plus = answered.isPresent() && abandoned.isPresent() ? "plus " + r.column("abandoned") + " " : "";
            throw new FieldException(column, plus + "must not exceed " + r.column("offered"),
                    answered.orElse(0) + " + " + abandoned.orElse(0) + " > " + offered.getAsLong());
        }
        if (within.isPresent() && answered.isPresent() && within.getAsLong() > answered.getAsLong()) {
            throw new FieldException(r.column("answeredWithin"), "must not exceed " + r.column("answered"),
                    within.getAsLong() + " > " + answered.getAsLong());
        }
        for (String sum : new String[] {"answerWait", "talk", "hold", "afterContact", "handle"}) {
            Optional<Duration> d = duration(r, sum);
            if (d.isEmpty()) {
                continue;
            }
            if (!d.get().isZero() && answered.isPresent() && answered.getAsLong() == 0) {
                throw new FieldException(r.column(sum), "must be zero when " + r.column("answered") + " is 0",
                        r.text(sum));
            }
            switch (sum) {
                case "answerWait": b.answerWait(d.get()); break;
                case "talk": b.talk(d.get()); break;
                case "hold": b.hold(d.get()); break;
                case "afterContact": b.afterContact(d.get()); break;
                default: b.handle(d.get()); break;
            }
        }
        return b.build();
    }

    /** A count: a whole number, not negative; blank is unknown. */
    private static OptionalLong count(Row r, String field) {
        String t = r.text(field);
        if (t == null) {
            return OptionalLong.empty();
        }
        long n;
        try {
            n = Fields.decimal(r.column(field), t).longValueExact();
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new FieldException(r.column(field), "must be a whole count", t, e);
        }
        if (n < 0) {
            throw new FieldException(r.column(field), "must not be negative", t);
        }
        return OptionalLong.of(n);
    }

    // ---------------------------------------------------------------------------------------------------
    // Cells

    private static <T> T parsed(String column, String text, Function<String, T> parse,
            String rule) {
        try {
            return parse.apply(text);
        } catch (IllegalArgumentException e) {
            throw new FieldException(column, rule, text, e);
        }
    }

    private Optional<Boolean> flag(Row r, String field) {
        String t = r.text(field);
        return t == null ? Optional.empty() : Optional.of(mapping.fields().get(field).flag(r.column(field), t));
    }

    private Optional<Duration> duration(Row r, String field) {
        String t = r.text(field);
        return t == null ? Optional.empty()
                : Optional.of(mapping.fields().get(field).duration(r.column(field), t, false));
    }

    /** A score on the mapping's scale; one that is not is left out of the row, counted as ignored. */
    private Optional<Integer> score(Row r, Ingestion<?> in) {
        String t = r.text("csat");
        if (t == null) {
            return Optional.empty();
        }
        String rule = "must be a whole score within " + mapping.scale();
        try {
            int score = Fields.decimal(r.column("csat"), t).intValueExact();
            if (mapping.scale().contains(score)) {
                return Optional.of(score);
            }
        } catch (ArithmeticException | IllegalArgumentException e) {
            // counted below
        }
        in.ignore(r.locator, r.column("csat"), rule, t);
        return Optional.empty();
    }

    /**
     * An instant field: read as an instant, or as a duration after the field it follows. Null when the cell
     * has no value, or it counts from a field without one (counted as ignored).
     */
    private Instant instant(Row r, String field, Ingestion<?> in) {
        Instant known = r.instants.get(field);
        if (known != null || !r.mapped(field)) {
            return known;
        }
        String t = r.text(field);
        if (t == null) {
            return null;
        }
        FieldMapping f = mapping.fields().get(field);
        Instant at;
        if (f.after().isPresent()) {
            String base = f.after().get();
            Instant from = instant(r, base, in);
            if (from == null) {
                in.ignore(r.locator, r.column(field), "must count from a value of " + mappedColumn(r, base), t);
                return null;
            }
            at = from.plus(f.duration(r.column(field), t, true));
            at = ClockSkew.within(mapping.skew()).ordered(r.column(field), at, mappedColumn(r, base), from)
                    .flag(in, r.locator);
        } else {
            at = f.instant(r.column(field), t, zone);
        }
        r.instants.put(field, at);
        return at;
    }

    private String mappedColumn(Row r, String field) {
        String c = r.column(field);
        return c != null ? c : mapping.fields().get(field).columns().get(0);
    }

    /**
     * An instant that must not come before another: one before it within the skew tolerance is kept as at
     * the other, counted as suspect; a larger skew refuses the row.
     */
    private Instant following(Row r, String field, String earlierField, Instant earlier, Ingestion<?> in) {
        Instant at = instant(r, field, in);
        if (at == null || earlier == null || !at.isBefore(earlier)
                || mapping.fields().get(field).after().filter(earlierField::equals).isPresent()) {
            return at;
        }
        Instant ordered = ClockSkew.within(mapping.skew()).ordered(r.column(field), at,
                mappedColumn(r, earlierField), earlier).flag(in, r.locator);
        r.instants.put(field, ordered);
        return ordered;
    }

    private Map<String, String> vendorCells(Row r) {
        if (mapping.vendor().isEmpty()) {
            return Map.of();
        }
        Map<String, String> cells = new HashMap<>();
        for (VendorValue v : mapping.vendor().values()) {
            for (String column : vendorColumns(v)) {
                String t = r.cells.apply(column);
                if (t != null) {
                    cells.put(column, t);
                }
            }
        }
        return cells;
    }

    private static List<String> vendorColumns(VendorValue v) {
        List<String> columns = new ArrayList<>();
        columns.add(v.column());
        columns.addAll(v.rules().values());
        return columns;
    }

    private void attributes(Row r, BiConsumer<String, String> put) {
        for (Map.Entry<String, String> e : r.header.attributeColumns.entrySet()) {
            FieldMapping f = mapping.attributes().get(e.getKey());
            String t = f.text(r.cell(e.getValue()), mapping.none());
            if (t != null) {
                put.accept(e.getKey(), t);
            }
        }
    }

    /** @return a description of the reader, such as {@code ExportReader[tickets, Europe/Berlin, lenient]} */
    @Override
    public String toString() {
        return "ExportReader[" + mapping.kind().label() + ", " + zone + ", " + (strict ? "strict" : "lenient") + "]";
    }
}
