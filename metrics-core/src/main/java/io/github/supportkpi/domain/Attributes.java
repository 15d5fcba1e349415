package io.github.supportkpi.domain;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A record's free attributes (a ticket's, an interaction's, a survey answer's or invitation's, a customer
 * period's), immutable, in insertion order: names and values side by side in one array,
 * looked up by a scan (a ticket has few attributes). Equal to any map of the same entries.
 */
final class Attributes extends AbstractMap<String, String> {
    /** Above this many attributes, a hash map is kept instead. */
    private static final int MAX_SCANNED = 16;

    /** Name, value, name, value, ... */
    private final String[] entries;

    private Attributes(String[] entries) {
        this.entries = entries;
    }

    /**
     * The attributes of a map, copied; null when it is empty.
     *
     * @param attributes the names and values, in the order to keep
     * @return an unmodifiable copy, or null when there are none
     * @throws NullPointerException if a name or a value is null
     */
    static Map<String, String> copyOf(Map<String, String> attributes) {
        if (attributes.isEmpty()) {
            return null;
        }
        String[] entries = new String[2 * attributes.size()];
        int[] i = {0};
        attributes.forEach((k, v) -> {
            Objects.requireNonNull(k, "attribute name");
            Objects.requireNonNull(v, () -> "attribute " + k);
            entries[i[0]++] = k;
            entries[i[0]++] = v;
        });
        if (attributes.size() <= MAX_SCANNED) {
            return new Attributes(entries);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int j = 0; j < entries.length; j += 2) {
            map.put(entries[j], entries[j + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * The attributes of a map, copied, each name and value checked not to be blank; an empty map when there
     * are none.
     *
     * @param attributes the names and values, in the order to keep
     * @param record describes the record, for the message (such as {@code survey response S-1})
     * @return an unmodifiable copy
     * @throws NullPointerException if the map, a name or a value is null
     * @throws IllegalArgumentException if a name or a value is blank, naming the record and the attribute
     */
    static Map<String, String> checked(Map<String, String> attributes, Supplier<String> record) {
        Objects.requireNonNull(attributes, "attributes");
        attributes.forEach((k, v) -> {
            Objects.requireNonNull(k, "attribute name");
            Objects.requireNonNull(v, () -> "attribute " + k);
            if (k.isBlank()) {
                throw new IllegalArgumentException(
                        "attribute name must not be blank: " + record.get() + ", \"" + k + "\"");
            }
            if (v.isBlank()) {
                throw new IllegalArgumentException(
                        "attribute " + k + " must not be blank: " + record.get() + ", \"" + v + "\"");
            }
        });
        Map<String, String> copy = attributes instanceof Attributes ? attributes : copyOf(attributes);
        return copy == null ? Map.of() : copy;
    }

    @Override
    public String get(Object name) {
        for (int j = 0; j < entries.length; j += 2) {
            if (entries[j].equals(name)) {
                return entries[j + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object name) {
        return get(name) != null;
    }

    @Override
    public int size() {
        return entries.length / 2;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < entries.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= entries.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, String> e = new SimpleImmutableEntry<>(entries[next], entries[next + 1]);
                        next += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return entries.length / 2;
            }
        };
    }
}
