package io.github.supportkpi.metric;

import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.ElapsedTime;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The canonical text of a metric's definition: one readable line that is equal for equal definitions, built
 * anywhere (another JVM run, another machine), and different when a knob differs. It is what
 * {@link Metric#definition()} returns, so stored tallies can say which definition they were made under.
 *
 * <p>How each value is written:
 * <ul>
 *   <li>{@code null}; booleans; integral numbers in decimal; {@link BigDecimal} by its {@code toString}, so the
 *       scale counts ({@code 1.0} is not {@code 1.00}); {@code double} and {@code float} by
 *       {@link Double#toString}/{@link Float#toString};</li>
 *   <li>a {@link String} (or a {@code char}) in double quotes, with {@code \"}, {@code \\} and control
 *       characters escaped, so the text stays on one line;</li>
 *   <li>an enum constant by its class's simple name and its name, {@code Summary} nested in
 *       {@code DurationStats} as {@code DurationStats.Summary.EXACT};</li>
 *   <li>{@link Duration}, {@link Period}, {@link Instant}, {@link LocalDate}, {@link LocalTime} and
 *       {@link LocalDateTime} in ISO form; a {@link ZoneId} by its id in quotes;</li>
 *   <li>{@link Optional} (and its primitive forms) as {@code Optional[value]} or {@code Optional.empty};</li>
 *   <li>a {@link List} or an array in order, {@code [a, b]}; a {@link Set} as {@code {a, b}} sorted by the
 *       elements' text; a {@link Map} as {@code {k=v}} sorted by the keys' text, so the order the values were
 *       given in, and the iteration order of {@code Set.of} or a {@code HashMap}, do not matter;</li>
 *   <li>a record by its simple name and every component by name, {@code FcrCriteria[maxAgentReplies=1, ...]};
 *       a {@link Definable} by its simple name and its parts sorted by name;</li>
 *   <li>{@link ElapsedTime#CALENDAR}; a {@link BusinessCalendar} by its zone, weekly intervals, holidays,
 *       closures and openings; a {@link BucketRange} by its bounds, granularity and zone; a {@link Dimension}
 *       by its name (and its key function when that is {@link Definable}); a {@link Metric} by its id and
 *       definition.</li>
 * </ul>
 * Anything else, such as a lambda or a class that is none of these, has no stable name: it is refused with
 * an {@link IllegalStateException} naming its class and where it sits in the definition. Give such a part a
 * name by making it a record, an enum or a {@link Definable}.
 *
 * <pre>{@code
 * DefinitionText.of(ResponseDefinition.DEFAULT)
 * // ResponseDefinition[includeBots=false, elapsedTime=ElapsedTime.CALENDAR, summary=DurationStats.Summary.EXACT,
 * //     agentCreated=AgentCreated.SKIP_OPENING_COMMENT]
 * }</pre>
 */
public final class DefinitionText {
    private static final int MAX_DEPTH = 64;

    private DefinitionText() {}

    /**
     * The canonical text of a definition.
     *
     * @param definition a definition: a record, an enum, a {@link Definable} or any value described above
     * @return its canonical text, one line
     * @throws IllegalStateException if a part has no stable name (a lambda, an anonymous class, a class that is
     *     not a record, an enum or a {@link Definable}), or a record's components cannot be read; the message
     *     names the part's class and where it sits
     */
    public static String of(Object definition) {
        StringBuilder out = new StringBuilder();
        write(definition, "", out, 0);
        return out.toString();
    }

    /** The canonical text of a metric's definition object, the exception naming the metric. */
    static String of(String metricId, Object definition) {
        try {
            return of(definition);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("metric " + metricId + ": " + e.getMessage(), e);
        }
    }

    /** A class's simple name, a nested class's as {@code Outer.Inner}; empty for anonymous and hidden classes. */
    static String simpleName(Class<?> c) {
        if (c.isArray()) {
            return simpleName(c.getComponentType()) + "[]";
        }
        if (c.isHidden() || c.isSynthetic() || c.isAnonymousClass()) {
            return "";
        }
        Class<?> outer = c.getDeclaringClass();
        return outer == null ? c.getSimpleName() : simpleName(outer) + "." + c.getSimpleName();
    }

    /**
     * A metric from its parts whose {@link Metric#definition()} is computed when asked, so that a metric
     * derived from one without a definition can still be built and used.
     */
    static <T, S extends Tally<S>> Metric<T, S> metric(String id, Supplier<String> definition, S empty,
            Supplier<? extends Accumulator<T, S>> accumulators) {
        return new Metric<>() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public S empty() {
                return empty;
            }

            @Override
            public Accumulator<T, S> newAccumulator() {
                return accumulators.get();
            }

            @Override
            public String definition() {
                return definition.get();
            }

            @Override
            public String toString() {
                return "Metric[" + id + "]";
            }
        };
    }

    /**
     * A metric derived from another that declares a bucket instant which its definition may not state: one
     * given by {@link Metric#withBucketInstant} as a plain function.
     */
    interface Derived {
        /**
         * Whether the declared bucket instant follows from the definition.
         *
         * @return true when the definition (the metric's class and knobs) decides the declared instant
         */
        boolean statesBucketInstant();
    }

    /** Whether a metric's declared bucket instant follows from its definition. */
    static boolean statesBucketInstant(Metric<?, ?> metric) {
        return !(metric instanceof Derived d) || d.statesBucketInstant();
    }

    /**
     * The text of the instant that buckets a metric's records: an enum such as a {@code TicketInstant} or a
     * record or {@link Definable} by its text, the metric's own {@link Metric#bucketInstant()} as
     * {@code declared instant}.
     */
    static String instant(Metric<?, ?> metric, Function<?, ?> instantOf) {
        if (instantOf instanceof Enum<?> || instantOf instanceof Definable || instantOf.getClass().isRecord()) {
            return of(metric.id(), instantOf);
        }
        if (metric.bucketInstant().filter(i -> i == instantOf).isPresent() && statesBucketInstant(metric)) {
            return "declared instant";
        }
        throw new IllegalStateException("metric " + metric.id() + " is bucketed by an instant without a name ("
                + describe(instantOf) + "): bucket by a TicketInstant, by the metric's own bucketInstant(), or by a"
                + " record, an enum or a class implementing " + Definable.class.getName());
    }

    private static void write(Object v, String path, StringBuilder out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("definition part " + where(path) + " is nested more than " + MAX_DEPTH
                    + " deep: a definition must not contain itself");
        }
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            quote(s, out);
        } else if (v instanceof Character c) {
            quote(String.valueOf(c), out);
        } else if (v instanceof Boolean || v instanceof Byte || v instanceof Short || v instanceof Integer
                || v instanceof Long || v instanceof BigInteger || v instanceof BigDecimal) {
            out.append(v);
        } else if (v instanceof Double d) {
            out.append(Double.toString(d));
        } else if (v instanceof Float f) {
            out.append(Float.toString(f));
        } else if (v instanceof Enum<?> e) {
            out.append(simpleName(e.getDeclaringClass())).append('.').append(e.name());
        } else if (v instanceof Duration || v instanceof Period || v instanceof Instant || v instanceof LocalDate
                || v instanceof LocalTime || v instanceof LocalDateTime) {
            out.append(v);
        } else if (v instanceof ZoneId z) {
            quote(z.getId(), out);
        } else if (v instanceof Optional<?> o) {
            optional(o.isPresent(), o.orElse(null), path, out, depth);
        } else if (v instanceof OptionalInt o) {
            optional(o.isPresent(), o.isPresent() ? o.getAsInt() : null, path, out, depth);
        } else if (v instanceof OptionalLong o) {
            optional(o.isPresent(), o.isPresent() ? o.getAsLong() : null, path, out, depth);
        } else if (v instanceof OptionalDouble o) {
            optional(o.isPresent(), o.isPresent() ? o.getAsDouble() : null, path, out, depth);
        } else if (v == ElapsedTime.CALENDAR) {
            out.append("ElapsedTime.CALENDAR");
        } else if (v instanceof BusinessCalendar c) {
            calendar(c, path, out, depth);
        } else if (v instanceof BucketRange r) {
            out.append("BucketRange[from=").append(r.from()).append(", to=").append(r.to()).append(", granularity=");
            write(r.granularity(), path, out, depth + 1);
            out.append(", zone=");
            write(r.zone(), path, out, depth + 1);
            out.append(']');
        } else if (v instanceof Dimension<?, ?> d) {
            out.append("Dimension[");
            quote(d.name(), out);
            if (d.key() instanceof Definable || d.key().getClass().isRecord()) {
                out.append(", ");
                write(d.key(), member(path, "Dimension", "key"), out, depth + 1);
            }
            out.append(']');
        } else if (v instanceof Metric<?, ?> m) {
            out.append("Metric[id=");
            quote(m.id(), out);
            out.append(", definition=").append(m.definition()).append(']');
        } else if (v instanceof Definable d) {
            definable(d, path, out, depth);
        } else if (v.getClass().isRecord()) {
            record(v, path, out, depth);
        } else if (v instanceof List<?> list) {
            sequence(list, path, out, depth);
        } else if (v instanceof Set<?> set) {
            out.append('{');
            List<String> texts = new ArrayList<>(set.size());
            for (Object e : set) {
                texts.add(text(e, path + "{}", depth + 1));
            }
            texts.sort(null);
            out.append(String.join(", ", texts)).append('}');
        } else if (v instanceof Map<?, ?> map) {
            List<String[]> entries = new ArrayList<>(map.size());
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = text(e.getKey(), path + "{key}", depth + 1);
                entries.add(new String[] {key, text(e.getValue(), path + "{" + key + "}", depth + 1)});
            }
            entries.sort((a, b) -> a[0].compareTo(b[0]) != 0 ? a[0].compareTo(b[0]) : a[1].compareTo(b[1]));
            out.append('{');
            for (int i = 0; i < entries.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(entries.get(i)[0]).append('=').append(entries.get(i)[1]);
            }
            out.append('}');
        } else if (v.getClass().isArray()) {
            List<Object> elements = new ArrayList<>();
            for (int i = 0, n = Array.getLength(v); i < n; i++) {
                elements.add(Array.get(v, i));
            }
            sequence(elements, path, out, depth);
        } else if (v instanceof Collection<?>) {
            throw new IllegalStateException("definition part " + where(path) + " is a collection of unknown order ("
                    + v.getClass().getName() + "): give a List or a Set");
        } else {
            throw unnamed(v, path);
        }
    }

    private static String text(Object v, String path, int depth) {
        StringBuilder b = new StringBuilder();
        write(v, path, b, depth);
        return b.toString();
    }

    private static void optional(boolean present, Object value, String path, StringBuilder out, int depth) {
        if (!present) {
            out.append("Optional.empty");
            return;
        }
        out.append("Optional[");
        write(value, path, out, depth + 1);
        out.append(']');
    }

    private static void sequence(List<?> list, String path, StringBuilder out, int depth) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            out.append(i == 0 ? "" : ", ");
            write(list.get(i), path + "[" + i + "]", out, depth + 1);
        }
        out.append(']');
    }

    private static void record(Object v, String path, StringBuilder out, int depth) {
        String name = simpleName(v.getClass());
        out.append(name).append('[');
        RecordComponent[] components = v.getClass().getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            Object value;
            try {
                value = c.getAccessor().invoke(v);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("definition part " + where(path) + " is a record that cannot be read ("
                        + v.getClass().getName() + "." + c.getName() + "()): make the record public in an exported"
                        + " package, or implement " + Definable.class.getName(), e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("definition part " + member(path, name, c.getName())
                        + " could not be read: " + e.getCause(), e.getCause());
            }
            out.append(i == 0 ? "" : ", ").append(c.getName()).append('=');
            write(value, member(path, name, c.getName()), out, depth + 1);
        }
        out.append(']');
    }

    private static void definable(Definable d, String path, StringBuilder out, int depth) {
        String name = simpleName(d.getClass());
        if (name.isEmpty()) {
            throw new IllegalStateException("definition part " + where(path) + " is " + describe(d)
                    + ", a Definable without a class name: implement " + Definable.class.getSimpleName()
                    + " in a named class");
        }
        Map<String, ?> parts = Objects.requireNonNull(d.definingParts(), () -> d.getClass().getName() + ".definingParts()");
        List<String> names = new ArrayList<>(parts.keySet());
        names.sort(null);
        out.append(name).append('[');
        for (int i = 0; i < names.size(); i++) {
            String part = names.get(i);
            if (part == null || part.isBlank()) {
                throw new IllegalStateException("definition part " + where(path) + " (" + d.getClass().getName()
                        + ") names a part \"" + part + "\": part names must not be blank");
            }
            out.append(i == 0 ? "" : ", ").append(part).append('=');
            write(parts.get(part), member(path, name, part), out, depth + 1);
        }
        out.append(']');
    }

    private static void calendar(BusinessCalendar c, String path, StringBuilder out, int depth) {
        out.append("BusinessCalendar[zone=");
        quote(c.zone().getId(), out);
        out.append(", intervals=[");
        List<BusinessCalendar.Interval> intervals = c.intervals();
        for (int i = 0; i < intervals.size(); i++) {
            BusinessCalendar.Interval v = intervals.get(i);
            out.append(i == 0 ? "" : ", ").append(v.day()).append(' ').append(v.start()).append('-')
                    .append(v.allDay() ? "24:00" : v.end().toString());
        }
        out.append("], holidays=");
        write(c.holidays(), member(path, "BusinessCalendar", "holidays"), out, depth + 1);
        out.append(", closures=");
        spans(c.closures(), out);
        out.append(", openings=");
        spans(c.openings(), out);
        out.append(']');
    }

    private static void spans(List<BusinessCalendar.Span> spans, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < spans.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(spans.get(i).from()).append('/').append(spans.get(i).to());
        }
        out.append(']');
    }

    private static String member(String path, String owner, String name) {
        return (path.isEmpty() ? owner : path) + "." + name;
    }

    private static String where(String path) {
        return path.isEmpty() ? "(the definition itself)" : path;
    }

    private static IllegalStateException unnamed(Object v, String path) {
        return new IllegalStateException("definition part " + where(path) + " is " + describe(v)
                + ", which has no stable name: make it a record, an enum or a class implementing "
                + Definable.class.getName() + (v instanceof ElapsedTime
                        ? " (an ElapsedTime is named as ElapsedTime.CALENDAR or a BusinessCalendar)" : ""));
    }

    /** What an object is, for a message: a lambda, an anonymous class or a class, with its class name. */
    static String describe(Object v) {
        Class<?> c = v.getClass();
        if (c.isHidden() || c.isSynthetic()) {
            return "a lambda or method reference (" + c.getName() + ")";
        }
        if (c.isAnonymousClass()) {
            return "an anonymous class (" + c.getName() + ")";
        }
        return "a " + c.getName();
    }

    private static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean loneSurrogate = Character.isHighSurrogate(c)
                            ? i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))
                            : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
                    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || loneSurrogate) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
