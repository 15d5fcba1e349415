package io.github.supportkpi.metric;

import java.util.Objects;
import java.util.function.Function;

/**
 * A named way to segment records: a key per record, or {@code null} when the record has no value for it
 * (an unassigned ticket has no agent). Immutable and thread-safe if the key function is.
 *
 * <p>Dimension names follow the project's keys: {@code channel}, {@code agent}, {@code team},
 * {@code priority}, {@code category}, {@code product}, or an attribute name; like metric ids, they are
 * lowercase words separated by dots ({@code sla.policy}, {@code created.day}). Keys must be comparable so
 * that segments come in a stable order. Note that agents (and customers) are high-cardinality
 * dimensions: one tally per distinct key is kept.
 *
 * @param name the dimension's name
 * @param key the key of a record, or null when it has none
 * @param <T> the record type
 * @param <K> the key type
 */
public record Dimension<T, K extends Comparable<? super K>>(String name, Function<? super T, ? extends K> key) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the name is blank
     */
    public Dimension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
        if (name.isBlank()) {
            throw new IllegalArgumentException("dimension name must not be blank: \"" + name + "\"");
        }
    }

    /**
     * A dimension with this name and key function.
     *
     * @param name the name
     * @param key the key of a record, or null when it has none
     * @param <T> the record type
     * @param <K> the key type
     * @return the dimension
     */
    public static <T, K extends Comparable<? super K>> Dimension<T, K> of(String name, Function<? super T, ? extends K> key) {
        return new Dimension<>(name, key);
    }

    /**
     * The key of a record.
     *
     * @param record the record
     * @return its key, or null when it has none
     */
    public K keyOf(T record) {
        return key.apply(record);
    }
}
