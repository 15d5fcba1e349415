package io.github.supportkpi.cli;

import io.github.supportkpi.domain.Scale;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the knobs of a definition record by name, as {@code --definition frt.includeBots=true} asks: the
 * record is rebuilt through its canonical constructor with the named components changed, so the
 * definition's own validation runs. A knob's text is read by its type: {@code true}/{@code false}, a whole
 * or decimal number, a duration ({@code PT30S}, or {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d}), an
 * enum constant by name, a scale {@code 1..5}, a text, or, for an optional knob, {@code none} for empty.
 */
final class Knobs {
    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");
    private static final Pattern SCALE = Pattern.compile("(-?\\d+)\\.\\.(-?\\d+)");

    private Knobs() {}

    /**
     * The definition with the knobs set.
     *
     * @param metricId the metric's id, for the messages
     * @param definition a record
     * @param knobs knob names and their texts
     * @return the rebuilt record (the same object without knobs)
     * @throws IllegalArgumentException if a knob is not a component of the record, its text cannot be read
     *     as its type, or the definition refuses the values; the message names the knob
     */
    static <D> D set(String metricId, D definition, Map<String, String> knobs) {
        if (knobs.isEmpty()) {
            return definition;
        }
        Class<?> type = definition.getClass();
        if (!type.isRecord()) {
            throw new IllegalArgumentException("--definition " + metricId + ": this metric has no knobs to set");
        }
        RecordComponent[] components = type.getRecordComponents();
        TreeSet<String> names = new TreeSet<>();
        for (RecordComponent c : components) {
            names.add(c.getName());
        }
        for (String knob : knobs.keySet()) {
            if (!names.contains(knob)) {
                throw new IllegalArgumentException("--definition " + metricId + "." + knob + ": not a knob of "
                        + metricId + " (knobs: " + String.join(", ", names) + ")");
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        List<String> set = new ArrayList<>();
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            String text = knobs.get(c.getName());
            try {
                values[i] = text == null ? c.getAccessor().invoke(definition) : value(c.getGenericType(), text);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + c.getName() + " of " + type.getSimpleName(), e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--definition " + metricId + "." + c.getName() + "=" + text + ": "
                        + e.getMessage(), e);
            }
            if (text != null) {
                set.add(c.getName());
            }
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            @SuppressWarnings("unchecked")
            D rebuilt = (D) canonical.newInstance(values);
            return rebuilt;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new IllegalArgumentException("--definition " + metricId + " " + set + ": "
                    + (cause == null ? e : cause.getMessage()), cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }

    private static Object value(Type type, String text) {
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return text.strip().equalsIgnoreCase("none") ? Optional.empty()
                    : Optional.of(value(p.getActualTypeArguments()[0], text));
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("a knob of type " + type.getTypeName()
                    + " cannot be set from the command line");
        }
        String t = text.strip();
        if (c == boolean.class || c == Boolean.class) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(t);
            }
            throw new IllegalArgumentException("must be true or false");
        }
        try {
            if (c == int.class || c == Integer.class) {
                return Integer.parseInt(t);
            }
            if (c == long.class || c == Long.class) {
                return Long.parseLong(t);
            }
            if (c == double.class || c == Double.class) {
                double d = Double.parseDouble(t);
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("must be a finite number");
                }
                return d;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be a number", e);
        }
        if (c == Duration.class) {
            return duration(t);
        }
        if (c == String.class) {
            return text;
        }
        if (c == Scale.class) {
            Matcher m = SCALE.matcher(t);
            if (!m.matches()) {
                throw new IllegalArgumentException("must be a scale such as 1..5");
            }
            return Scale.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        if (c.isEnum()) {
            List<String> constants = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.equalsIgnoreCase(t.replace('-', '_'))) {
                    return constant;
                }
                constants.add(name.toLowerCase(Locale.ROOT));
            }
            throw new IllegalArgumentException("must be one of " + String.join(", ", constants));
        }
        throw new IllegalArgumentException("a knob of type " + c.getSimpleName() + " cannot be set from the command line");
    }

    /**
     * A duration: ISO-8601 ({@code PT30S}) or a number and a unit ({@code 30s}, {@code 5m}, {@code 2h},
     * {@code 1d}, {@code 500ms}).
     *
     * @param text the text
     * @return the duration
     * @throws IllegalArgumentException if it is neither
     */
    static Duration duration(String text) {
        String t = text.strip();
        Matcher m = SHORT_DURATION.matcher(t.toLowerCase(Locale.ROOT));
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            switch (m.group(2)) {
                case "ms": return Duration.ofMillis(n);
                case "s": return Duration.ofSeconds(n);
                case "m": return Duration.ofMinutes(n);
                case "h": return Duration.ofHours(n);
                default: return Duration.ofDays(n);
            }
        }
        try {
            return Duration.parse(t);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("must be a duration such as PT30S, 30s, 5m, 2h or 1d", e);
        }
    }
}
