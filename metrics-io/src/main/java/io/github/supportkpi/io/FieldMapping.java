package io.github.supportkpi.io;

import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.domain.Fields;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
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
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one field of a record is read from an export: the column it is in (or the names it has had), and how
 * its text is read. Which parts apply depends on the field: an instant field reads {@link #patterns()}, a
 * duration field {@link #duration()}, a flag {@link #yes()} and {@link #no()}. Immutable and thread-safe.
 *
 * <p>Reading a cell, in order:
 * <ol>
 *   <li>the text is stripped of surrounding white space; empty text, or text equal (ignoring case) to one of
 *       the mapping's or this field's {@link #none()} sentinels ({@code "N/A"}, {@code "0:00:00"}), is no
 *       value;</li>
 *   <li>a {@link #values()} map, when given, replaces the text (looked up ignoring case and surrounding
 *       white space): {@code "P1" -> "urgent"}, {@code "Escalated" -> "OPEN"}; text it does not name is
 *       read as it is;</li>
 *   <li>the text is read as the field's type; a text that cannot be read is refused with a
 *       {@link FieldException} naming the <em>column</em> and the rule, never guessing.</li>
 * </ol>
 *
 * <p><b>Instants</b> are read with {@link #patterns()} ({@link DateTimeFormatter} patterns; strict: 30
 * February is refused, {@code yyyy} is the proleptic year). A pattern without an offset reads local times in
 * the {@link #zone()} (or the mapping's). With several patterns, a text they read as different instants is
 * refused as ambiguous ({@code 01-06-2023} under {@code dd-MM-yyyy} and {@code MM-dd-yyyy}), never read as
 * one of them. A two-digit year ({@code yy}) is read within the hundred years from {@link #baseYear()}
 * (default 2000): {@code 990201} with base 1950 is 1 February 1999. A date without a time is the start of
 * that day. With a {@link #timeColumn()}, the date and time columns are read together, joined by one space,
 * so the pattern covers both ({@code "yyyy-MM-dd H:mm:ss"}; {@code H} takes times without a leading zero).
 * Without patterns, ISO-8601 is read: an instant with an offset, or a local date-time or date in the zone.
 *
 * <p>An instant field may instead be a <b>duration after another field</b> ({@link #after()}:
 * {@code "firstResponse": hours after "created"}); it is then read with {@link #duration()}, and may be
 * negative, to be checked against the field it follows with the reader's {@code ClockSkew}.
 *
 * @param columns the column's names, the first one the header has being read (a column renamed between
 *     exports: {@code ["Resolution Time", "Time to Resolution"]}); never empty
 * @param timeColumn for an instant, a second column holding the time of day, if the export splits them
 * @param patterns for an instant, the patterns to read it with; empty for ISO-8601
 * @param zone for an instant, the zone of local times, if not the mapping's
 * @param baseYear the first year a two-digit year {@code yy} may be
 * @param duration for a duration, the form it is written in; for an instant field, present when the column
 *     holds a duration after {@link #after()} rather than an instant
 * @param after for an instant field, the field the duration is counted from
 * @param none texts meaning "no value", besides the mapping's
 * @param values texts replaced before reading, such as {@code "P1" -> "urgent"}
 * @param yes for a flag, the texts meaning yes; empty for {@code yes, y, true, 1}
 * @param no for a flag, the texts meaning no; empty for {@code no, n, false, 0}
 */
public record FieldMapping(
        List<String> columns,
        Optional<String> timeColumn,
        List<String> patterns,
        Optional<ZoneId> zone,
        int baseYear,
        Optional<DurationFormat> duration,
        Optional<String> after,
        Set<String> none,
        Map<String, String> values,
        Set<String> yes,
        Set<String> no) {

    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("(?<![yu])[yu]{2}(?![yu])");
    private static final Pattern HMS = Pattern.compile("(-)?(\\d+):([0-5]\\d):([0-5]\\d)(?:\\.(\\d{1,9}))?");
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    /** The formatters made, by base year and pattern; a mapping's patterns are few. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final Set<String> NO = Set.of("no", "n", "false", "0");

    /** How a duration is written. */
    public enum DurationFormat {
        /** ISO-8601, such as {@code PT1H30M}. */
        ISO,
        /** A decimal number of seconds. */
        SECONDS,
        /** A decimal number of minutes. */
        MINUTES,
        /** A decimal number of hours ({@code 1.5}). */
        HOURS,
        /** Hours, minutes and seconds: {@code H:MM:SS}, with any number of hours and optional fractions. */
        HMS;

        /**
         * The format of a name, case-insensitively: {@code iso}, {@code seconds}, {@code minutes},
         * {@code hours}, {@code hms} (or {@code h:mm:ss}).
         *
         * @param name the name
         * @return the format
         * @throws IllegalArgumentException if the name is none of these
         */
        public static DurationFormat parse(String name) {
            String key = name.strip().toLowerCase(Locale.ROOT);
            switch (key) {
                case "iso": return ISO;
                case "seconds": return SECONDS;
                case "minutes": return MINUTES;
                case "hours": return HOURS;
                case "hms": case "h:mm:ss": return HMS;
                default:
                    throw new IllegalArgumentException(
                            "duration must be one of iso, seconds, minutes, hours, hms: \"" + name + "\"");
            }
        }
    }

    /**
     * Validates and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if there is no column, a name is blank, a pattern is not a valid
     *     pattern, or {@code after} is given without {@code duration}
     */
    public FieldMapping {
        columns = List.copyOf(columns);
        Objects.requireNonNull(timeColumn, "timeColumn");
        patterns = List.copyOf(patterns);
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(after, "after");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns must name at least one column");
        }
        for (String c : columns) {
            if (c.isBlank()) {
                throw new IllegalArgumentException("columns must not be blank: " + columns);
            }
        }
        timeColumn.ifPresent(c -> {
            if (c.isBlank()) {
                throw new IllegalArgumentException("timeColumn must not be blank");
            }
        });
        if (after.isPresent() && duration.isEmpty()) {
            throw new IllegalArgumentException("after must come with a duration format: after " + after.get());
        }
        for (String p : patterns) {
            formatter(p, baseYear);
        }
        none = lowerCased(none);
        Map<String, String> v = new LinkedHashMap<>();
        values.forEach((from, to) -> v.put(key(Objects.requireNonNull(from, "values")), Objects.requireNonNull(to, from)));
        values = Collections.unmodifiableMap(v);
        yes = lowerCased(yes);
        no = lowerCased(no);
    }

    private static Set<String> lowerCased(Set<String> texts) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : texts) {
            out.add(key(Objects.requireNonNull(t, "text")));
        }
        return Collections.unmodifiableSet(out);
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A field in a column, read with the defaults.
     *
     * @param column the column's name
     * @return the mapping
     */
    public static FieldMapping column(String column) {
        return builder(column).build();
    }

    /**
     * A builder for a field in a column (or, with {@link Builder#or}, the column's other names).
     *
     * @param column the column's name
     * @return a new builder
     */
    public static Builder builder(String column) {
        return new Builder(column);
    }

    /**
     * The first of the {@link #columns()} that the header has.
     *
     * @param header the header's column names
     * @return the column, or empty when the header has none of them
     */
    Optional<String> columnIn(Set<String> header) {
        for (String c : columns) {
            if (header.contains(c)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /**
     * The text of a cell after sentinels and the value map: null for no value.
     *
     * @param text the cell's text, null when the row has no such cell
     * @param noValue the mapping's sentinels, lower case
     * @return the text to read, or null
     */
    String text(String text, Set<String> noValue) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        String k = key(t);
        if (t.isEmpty() || none.contains(k) || noValue.contains(k)) {
            return null;
        }
        String mapped = values.get(k);
        return mapped != null ? mapped : t;
    }

    /**
     * Reads an instant.
     *
     * @param column the column, for a refusal
     * @param text the text, after {@link #text}
     * @param defaultZone the mapping's zone
     * @return the instant
     * @throws FieldException if the text is not an instant of the patterns, or is ambiguous
     */
    Instant instant(String column, String text, ZoneId defaultZone) {
        try {
            return instantIn(column, text, zone.orElse(defaultZone));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("zone must be given to read the local date-times of column " + column
                    + ": the mapping names none, and \"" + text + "\" has no offset", e);
        }
    }

    /**
     * Whether reading this instant field needs a zone: it has none of its own and a pattern without an offset
     * or a zone ({@code X}, {@code x}, {@code Z}, {@code O}, {@code V}, {@code z} outside quotes). An ISO-8601
     * field (no pattern) does not: its texts may carry their offset, and one that does not is refused when read
     * without a zone.
     *
     * @return true when the field's local date-times need a zone
     */
    boolean needsZone() {
        if (zone.isPresent() || patterns.isEmpty()) {
            return false;
        }
        for (String p : patterns) {
            if (!hasOffset(p)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasOffset(String pattern) {
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && "XxZOVz".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    private Instant instantIn(String column, String text, ZoneId z) {
        if (patterns.isEmpty()) {
            try {
                return resolved(DateTimeFormatter.ISO_DATE_TIME.parse(text), z);
            } catch (DateTimeException e) {
                try {
                    return resolved(DateTimeFormatter.ISO_LOCAL_DATE.parse(text), z);
                } catch (DateTimeException again) {
                    throw new FieldException(column, "must be an ISO-8601 date-time", text, e);
                }
            }
        }
        Instant found = null;
        String foundBy = null;
        for (String p : patterns) {
            Instant at;
            try {
                at = resolved(formatter(p, baseYear).parse(text), z);
            } catch (DateTimeException e) {
                continue;
            }
            if (found != null && !found.equals(at)) {
                throw new FieldException(column, "is ambiguous under patterns " + foundBy + " and " + p, text);
            }
            found = at;
            foundBy = p;
        }
        if (found == null) {
            throw new FieldException(column, "must be a date-time of pattern " + String.join(" or ", patterns), text);
        }
        return found;
    }

    /**
     * The instant of a parsed text, found by one parse and queries rather than by trying each type in turn:
     * at its offset, else its zone, else the given zone; a date alone is the start of that day.
     *
     * @throws DateTimeException if the text has no date
     * @throws IllegalStateException if it is a local time and no zone is given
     */
    private static Instant resolved(TemporalAccessor t, ZoneId zone) {
        LocalDate date = t.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeException("no date");
        }
        LocalTime time = t.query(TemporalQueries.localTime());
        LocalDateTime local = time == null ? date.atStartOfDay() : date.atTime(time);
        ZoneOffset offset = t.query(TemporalQueries.offset());
        if (offset != null) {
            return local.toInstant(offset);
        }
        ZoneId parsed = t.query(TemporalQueries.zoneId());
        if (parsed != null) {
            return local.atZone(parsed).toInstant();
        }
        if (zone == null) {
            throw new IllegalStateException("zone must be given to read local date-times: the mapping names none");
        }
        return local.atZone(zone).toInstant();
    }

    /**
     * The strict formatter of a pattern, with a two-digit year read from the base year.
     *
     * @throws IllegalArgumentException if the pattern is not valid
     */
    static DateTimeFormatter formatter(String pattern, int baseYear) {
        Objects.requireNonNull(pattern, "pattern");
        // made once per pattern and base year, not once per cell
        return FORMATTERS.computeIfAbsent(baseYear + "\u0000" + pattern, k -> build(pattern, baseYear));
    }

    private static DateTimeFormatter build(String pattern, int baseYear) {
        List<String> parts = new ArrayList<>();
        Matcher m = TWO_DIGIT_YEAR.matcher(pattern);
        int from = 0;
        while (m.find()) {
            if (quotedAt(pattern, m.start())) {
                continue;
            }
            parts.add(pattern.substring(from, m.start()));
            from = m.end();
        }
        parts.add(pattern.substring(from));
        try {
            DateTimeFormatterBuilder b = new DateTimeFormatterBuilder();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    b.appendValueReduced(ChronoField.YEAR, 2, 2, baseYear);
                }
                if (!parts.get(i).isEmpty()) {
                    b.appendPattern(proleptic(parts.get(i)));
                }
            }
            return b.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("pattern must be a date-time pattern: \"" + pattern + "\" ("
                    + e.getMessage() + ")", e);
        }
    }

    private static boolean quotedAt(String pattern, int index) {
        boolean quoted = false;
        for (int i = 0; i < index; i++) {
            if (pattern.charAt(i) == '\'') {
                quoted = !quoted;
            }
        }
        return quoted;
    }

    /** The pattern with the year of era {@code y} read as the proleptic year {@code u}, outside quotes. */
    private static String proleptic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }

    /**
     * Reads a duration in this field's format (a mapping refuses a duration field without one).
     *
     * @param column the column, for a refusal
     * @param text the text, after {@link #text}
     * @param signed whether a negative duration may be read
     * @return the duration
     * @throws FieldException if the text is not a duration of the format
     */
    Duration duration(String column, String text, boolean signed) {
        DurationFormat format = duration.orElseThrow(
                () -> new IllegalStateException("duration must be given for column " + column));
        Duration d;
        switch (format) {
            case ISO:
                try {
                    d = Duration.parse(text);
                } catch (DateTimeException e) {
                    throw new FieldException(column, "must be an ISO-8601 duration", text, e);
                }
                break;
            case HMS:
                Matcher m = HMS.matcher(text);
                if (!m.matches()) {
                    throw new FieldException(column, "must be a duration of the form H:MM:SS", text);
                }
                try {
                    long seconds = Math.addExact(Math.multiplyExact(Long.parseLong(m.group(2)), 3600),
                            Long.parseLong(m.group(3)) * 60 + Long.parseLong(m.group(4)));
                    long nanos = m.group(5) == null ? 0 : Long.parseLong((m.group(5) + "00000000").substring(0, 9));
                    d = Duration.ofSeconds(seconds, nanos);
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new FieldException(column, "must be within the range of a duration", text, e);
                }
                d = m.group(1) != null ? d.negated() : d;
                break;
            default:
                ChronoUnit unit = format == DurationFormat.SECONDS ? ChronoUnit.SECONDS
                        : format == DurationFormat.MINUTES ? ChronoUnit.MINUTES : ChronoUnit.HOURS;
                return signed ? Fields.signedDuration(column, text, unit) : Fields.duration(column, text, unit);
        }
        if (!signed && d.isNegative()) {
            throw new FieldException(column, "must not be negative", text);
        }
        return d;
    }

    /**
     * Reads a yes/no flag.
     *
     * @param column the column, for a refusal
     * @param text the text, after {@link #text}
     * @return true for yes
     * @throws FieldException if the text is neither
     */
    boolean flag(String column, String text) {
        String k = key(text);
        Set<String> y = yes.isEmpty() ? YES : yes;
        Set<String> n = no.isEmpty() ? NO : no;
        if (y.contains(k)) {
            return true;
        }
        if (n.contains(k)) {
            return false;
        }
        throw new FieldException(column, "must be " + String.join(" or ", new TreeSet<>(y)) + " (yes), or "
                + String.join(" or ", new TreeSet<>(n)) + " (no)", text);
    }

    /** Builds a {@link FieldMapping}. Not thread-safe. */
    public static final class Builder {
        private final List<String> columns = new ArrayList<>();
        private String timeColumn;
        private final List<String> patterns = new ArrayList<>();
        private ZoneId zone;
        private int baseYear = 2000;
        private DurationFormat duration;
        private String after;
        private final Set<String> none = new LinkedHashSet<>();
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Set<String> yes = new LinkedHashSet<>();
        private final Set<String> no = new LinkedHashSet<>();

        private Builder(String column) {
            columns.add(Objects.requireNonNull(column, "column"));
        }

        /** @param column another name the column has had @return this builder */
        public Builder or(String column) { columns.add(Objects.requireNonNull(column, "column")); return this; }

        /** @param column the column of the time of day @return this builder */
        public Builder timeColumn(String column) { timeColumn = column; return this; }

        /** @param pattern a date-time pattern to read with @return this builder */
        public Builder pattern(String pattern) { patterns.add(Objects.requireNonNull(pattern, "pattern")); return this; }

        /** @param z the zone of local times @return this builder */
        public Builder zone(ZoneId z) { zone = z; return this; }

        /** @param year the first year a two-digit year may be @return this builder */
        public Builder baseYear(int year) { baseYear = year; return this; }

        /** @param format how the duration is written @return this builder */
        public Builder duration(DurationFormat format) { duration = format; return this; }

        /**
         * Reads an instant field as a duration after another field.
         *
         * @param field the field counted from, such as {@code "created"}
         * @param format how the duration is written
         * @return this builder
         */
        public Builder after(String field, DurationFormat format) {
            after = Objects.requireNonNull(field, "field");
            duration = Objects.requireNonNull(format, "format");
            return this;
        }

        /** @param text a text meaning "no value" @return this builder */
        public Builder none(String text) { none.add(text); return this; }

        /** @param from a text @param to what it is read as @return this builder */
        public Builder value(String from, String to) { values.put(from, to); return this; }

        /** @param text a text meaning yes @return this builder */
        public Builder yes(String text) { yes.add(text); return this; }

        /** @param text a text meaning no @return this builder */
        public Builder no(String text) { no.add(text); return this; }

        /**
         * Validates and builds the mapping.
         *
         * @return the mapping
         * @throws IllegalArgumentException as {@link FieldMapping#FieldMapping} does
         */
        public FieldMapping build() {
            return new FieldMapping(columns, Optional.ofNullable(timeColumn), patterns, Optional.ofNullable(zone),
                    baseYear, Optional.ofNullable(duration), Optional.ofNullable(after), none, values, yes, no);
        }
    }
}
