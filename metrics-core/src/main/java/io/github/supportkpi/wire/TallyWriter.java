package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Writes the fields of a tally, the same calls for the binary and the JSON form: named fields in objects,
 * elements (with a null name) in arrays. A {@link TallyType} writes with it; confined to one thread.
 *
 * <p>In the binary form names are not written: fields come in the order written, so a type reads them back
 * in the same order. In JSON every field is a member of its object.
 */
public interface TallyWriter {
    /**
     * A count: an integer that is never negative.
     *
     * @param field the field's name, or null for an array element
     * @param value the count, not negative
     * @throws IllegalArgumentException if the count is negative
     */
    void writeCount(String field, long value);

    /**
     * A signed integer.
     *
     * @param field the field's name, or null for an array element
     * @param value the value
     */
    void writeLong(String field, long value);

    /**
     * A boolean.
     *
     * @param field the field's name, or null for an array element
     * @param value the value
     */
    void writeBoolean(String field, boolean value);

    /**
     * A string.
     *
     * @param field the field's name, or null for an array element
     * @param value the value, not null
     * @throws IllegalArgumentException if it holds an unpaired surrogate, which is not text and would not read
     *     back equal
     */
    void writeString(String field, String value);

    /**
     * An exact decimal, scale included ({@code 12.50} stays {@code 12.50}).
     *
     * @param field the field's name, or null for an array element
     * @param value the value, not null
     * @throws IllegalArgumentException if its scale is beyond &plusmn;{@value TallyFormat#MAX_DECIMAL_SCALE}
     */
    void writeDecimal(String field, BigDecimal value);

    /**
     * A duration, to the nanosecond.
     *
     * @param field the field's name, or null for an array element
     * @param value the value, not null
     */
    void writeDuration(String field, Duration value);

    /**
     * An instant, to the nanosecond.
     *
     * @param field the field's name, or null for an array element
     * @param value the value, not null
     */
    void writeInstant(String field, Instant value);

    /**
     * Counts in ascending order, such as kept durations in nanoseconds (the binary form stores the
     * differences).
     *
     * @param field the field's name, or null for an array element
     * @param values the values, none negative, ascending
     * @throws IllegalArgumentException if a value is negative or smaller than the one before
     */
    void writeAscending(String field, long[] values);

    /**
     * Starts an object; its fields follow, then {@link #endObject()}.
     *
     * @param field the field's name, or null for an array element
     */
    void beginObject(String field);

    /** Ends the object begun last. */
    void endObject();

    /**
     * Starts an array of {@code size} elements, each written with a null name, then {@link #endArray()}.
     * Each element takes at least one byte in the binary form.
     *
     * @param field the field's name, or null for an array element
     * @param size the number of elements that follow
     */
    void beginArray(String field, int size);

    /** Ends the array begun last. */
    void endArray();

    /**
     * A tally of any registered type, with its type tag: for tallies made of tallies.
     *
     * @param field the field's name, or null for an array element
     * @param tally the tally
     * @param <S> its type
     * @throws IllegalArgumentException if no registered type writes it
     */
    <S extends Tally<S>> void writeTally(String field, S tally);

    /**
     * A segment or frequency key: its {@link KeyType} writes it.
     *
     * @param field the field's name, or null for an array element
     * @param type the key type of the map the key belongs to
     * @param key the key
     * @param <K> the key type
     */
    default <K> void writeKey(String field, KeyType<K> type, K key) {
        type.write(this, field, key);
    }

    /**
     * The registered key type of a key, by its class (an enum constant by its enum).
     *
     * @param key a key
     * @return its key type
     * @throws IllegalArgumentException if no key type is registered for its class
     */
    KeyType<?> keyTypeOf(Object key);
}
