package io.github.supportkpi.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parsing of an export's text fields that names the field in its refusal. Each method throws a
 * {@link FieldException} whose reason is {@code "<field> <rule>"} ({@code "created must be a date-time
 * of pattern dd-MM-yyyy HH:mm"}, {@code "reopens must be an integer"}) and whose value follows the
 * {@code ": "}, so {@link Ingestion} counts every row refused by the same rule under one reason, whatever
 * the value. Leading and trailing blanks are trimmed; a blank text is refused as {@code "must not be
 * blank"}. Thread-safe.
 *
 * <pre>{@code
 * Instant created = Fields.instant("created", row.get(1), "dd-MM-yyyy HH:mm", zone);
 * int reopens = Fields.integer("reopens", row.get(7));
 * Duration handle = Fields.duration("handle time", row.get(8), ChronoUnit.SECONDS);
 * }</pre>
 */
public final class Fields {
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();
    private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

    private Fields() {}

    /**
     * A required text field.
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @return the text, trimmed
     * @throws FieldException if the text is null or blank ({@code "<field> must not be blank"})
     */
    public static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldException(field, "must not be blank", text);
        }
        return text.strip();
    }

    /**
     * A local date-time in the given pattern, in the given zone. The pattern is resolved strictly: a
     * 30 February is refused, not moved to the 29th ({@code yyyy} is read as the proleptic year
     * {@code uuuu}).
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @param pattern a {@link DateTimeFormatter} pattern with a date and a time ({@code "dd-MM-yyyy HH:mm"})
     * @param zone the zone the export's local times are in
     * @return the instant
     * @throws FieldException if the text does not match the pattern or is not a valid date-time
     *     ({@code "<field> must be a date-time of pattern <pattern>"})
     * @throws IllegalArgumentException if the pattern is not a valid pattern
     */
    public static Instant instant(String field, String text, String pattern, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        DateTimeFormatter formatter = FORMATTERS.computeIfAbsent(pattern, Fields::strict);
        String value = required(field, text);
        try {
            return LocalDateTime.parse(value, formatter).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new FieldException(field, "must be a date-time of pattern " + pattern, value, e);
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            }
            b.append(!quoted && c == 'y' ? 'u' : c);
        }
        return DateTimeFormatter.ofPattern(b.toString(), Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /**
     * A whole number.
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @return the number
     * @throws FieldException if the text is not an integer within the range of {@code int}
     *     ({@code "<field> must be an integer"})
     */
    public static int integer(String field, String text) {
        String value = required(field, text);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new FieldException(field, "must be an integer", value, e);
        }
    }

    /**
     * A decimal number ({@code 4}, {@code 4.5}, {@code -0.25}, {@code 1e3}).
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @return the number, exactly as written
     * @throws FieldException if the text is not a decimal number ({@code "<field> must be a decimal number"})
     */
    public static BigDecimal decimal(String field, String text) {
        String value = required(field, text);
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new FieldException(field, "must be a decimal number", value, e);
        }
    }

    /**
     * A non-negative duration written as a decimal number of a unit ({@code 1.5} hours), rounded half up to
     * the nanosecond.
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @param unit the unit of the number, with an exact duration (not months or years)
     * @return the duration
     * @throws FieldException if the text is not a decimal number ({@code "<field> must be a number of
     *     hours"}), is negative ({@code "<field> must not be negative"}) or does not fit a {@link Duration}
     *     ({@code "<field> must be within the range of a duration"})
     * @throws IllegalArgumentException if the unit's duration is an estimate
     */
    public static Duration duration(String field, String text, ChronoUnit unit) {
        return signedDuration(field, text, unit, false);
    }

    /**
     * A duration written as a decimal number of a unit, which may be negative ({@code -0.0005} hours, a
     * response logged before the ticket's creation, to be checked with {@link ClockSkew}), rounded half up
     * to the nanosecond.
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @param unit the unit of the number, with an exact duration (not months or years)
     * @return the duration
     * @throws FieldException if the text is not a decimal number or does not fit a {@link Duration}
     * @throws IllegalArgumentException if the unit's duration is an estimate
     */
    public static Duration signedDuration(String field, String text, ChronoUnit unit) {
        return signedDuration(field, text, unit, true);
    }

    private static Duration signedDuration(String field, String text, ChronoUnit unit, boolean negativeAllowed) {
        Objects.requireNonNull(unit, "unit");
        if (unit.isDurationEstimated()) {
            throw new IllegalArgumentException("unit must have an exact duration: " + unit);
        }
        String value = required(field, text);
        String name = unit.toString().toLowerCase(Locale.ROOT);
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new FieldException(field, "must be a number of " + name, value, e);
        }
        if (!negativeAllowed && number.signum() < 0) {
            throw new FieldException(field, "must not be negative", value);
        }
        Duration u = unit.getDuration();
        BigDecimal unitNanos = BigDecimal.valueOf(u.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigDecimal.valueOf(u.getNano()));
        try {
            BigDecimal nanos = number.multiply(unitNanos).setScale(0, RoundingMode.HALF_UP);
            BigDecimal[] secondsAndNanos = nanos.divideAndRemainder(NANOS_PER_SECOND);
            return Duration.ofSeconds(secondsAndNanos[0].longValueExact(), secondsAndNanos[1].longValueExact());
        } catch (ArithmeticException e) {
            throw new FieldException(field, "must be within the range of a duration", value, e);
        }
    }

    /**
     * A yes/no flag: {@code yes}, {@code y}, {@code true}, {@code 1} or {@code no}, {@code n}, {@code false},
     * {@code 0}, in any case.
     *
     * @param field the field's name, for the refusal
     * @param text the text read
     * @return true for yes
     * @throws FieldException if the text is none of these ({@code "<field> must be yes or no"})
     */
    public static boolean yesNo(String field, String text) {
        String value = required(field, text);
        switch (value.toLowerCase(Locale.ROOT)) {
            case "yes": case "y": case "true": case "1":
                return true;
            case "no": case "n": case "false": case "0":
                return false;
            default:
                throw new FieldException(field, "must be yes or no", value);
        }
    }
}
