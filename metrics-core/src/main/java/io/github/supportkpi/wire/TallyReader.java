package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Tally;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * Reads back what a {@link TallyWriter} wrote, field by field in the same order. Every read checks the
 * stored value: a field missing or of the wrong type, bytes cut short, or a count below zero is refused with
 * a {@link TallyFormatException} naming the field's path. Confined to one thread.
 */
public interface TallyReader {
    /**
     * A count, never negative.
     *
     * @param field the field's name, or null for an array element
     * @return the count
     * @throws TallyFormatException if it is missing, not an integer, or negative
     */
    long readCount(String field);

    /**
     * A count that fits an {@code int}.
     *
     * @param field the field's name, or null for an array element
     * @return the count
     * @throws TallyFormatException if it is missing, not an integer, negative or above {@code Integer.MAX_VALUE}
     */
    default int readIntCount(String field) {
        long v = readCount(field);
        if (v > Integer.MAX_VALUE) {
            throw error(field, "must be at most " + Integer.MAX_VALUE + ": " + v);
        }
        return (int) v;
    }

    /**
     * A signed integer.
     *
     * @param field the field's name, or null for an array element
     * @return the value
     * @throws TallyFormatException if it is missing or not an integer
     */
    long readLong(String field);

    /**
     * A boolean.
     *
     * @param field the field's name, or null for an array element
     * @return the value
     * @throws TallyFormatException if it is missing or not a boolean
     */
    boolean readBoolean(String field);

    /**
     * A string.
     *
     * @param field the field's name, or null for an array element
     * @return the value
     * @throws TallyFormatException if it is missing, not a string, or holds an unpaired surrogate
     */
    String readString(String field);

    /**
     * An exact decimal.
     *
     * @param field the field's name, or null for an array element
     * @return the value, scale included
     * @throws TallyFormatException if it is missing, not a decimal, or its scale is beyond
     *     &plusmn;{@value TallyFormat#MAX_DECIMAL_SCALE}
     */
    BigDecimal readDecimal(String field);

    /**
     * A duration.
     *
     * @param field the field's name, or null for an array element
     * @return the value
     * @throws TallyFormatException if it is missing or not a duration
     */
    Duration readDuration(String field);

    /**
     * An instant.
     *
     * @param field the field's name, or null for an array element
     * @return the value
     * @throws TallyFormatException if it is missing or not an instant
     */
    Instant readInstant(String field);

    /**
     * Counts in ascending order.
     *
     * @param field the field's name, or null for an array element
     * @return the values
     * @throws TallyFormatException if they are missing, negative or not ascending
     */
    long[] readAscending(String field);

    /**
     * Enters an object.
     *
     * @param field the field's name, or null for an array element
     * @throws TallyFormatException if it is missing or not an object
     */
    void beginObject(String field);

    /**
     * Leaves the object entered last.
     *
     * @throws TallyFormatException if it holds fields not read (unless written by a newer minor version,
     *     whose additions are skipped)
     */
    void endObject();

    /**
     * Enters an array.
     *
     * @param field the field's name, or null for an array element
     * @return its number of elements, each read with a null name
     * @throws TallyFormatException if it is missing, not an array, or claims more elements than the bytes left
     */
    int beginArray(String field);

    /** Leaves the array entered last. */
    void endArray();

    /**
     * A tally written with {@link TallyWriter#writeTally}: its type tag must be the type of the template.
     *
     * @param field the field's name, or null for an array element
     * @param template the empty tally of the metric it belongs to, whose type it must have
     * @param <S> its type
     * @return the tally
     * @throws TallyFormatException if it is missing, of another type, or not a valid tally of that type
     */
    <S extends Tally<S>> S readTally(String field, S template);

    /**
     * A segment or frequency key.
     *
     * @param field the field's name, or null for an array element
     * @param type the key type of the map the key belongs to
     * @param <K> the key type
     * @return the key
     * @throws TallyFormatException if it is missing or not a valid key of that type
     */
    default <K> K readKey(String field, KeyType<K> type) {
        return type.read(this, field);
    }

    /**
     * The registered key type of a tag.
     *
     * @param tag a tag written from {@link KeyType#tag()}
     * @return the key type
     * @throws TallyFormatException if no key type has that tag
     */
    KeyType<?> keyType(String tag);

    /**
     * The minor version of the format the data was written in, for a type that reads what older minor
     * versions wrote differently.
     *
     * @return the minor version
     */
    int minor();

    /**
     * An exception naming the path of a field and what is wrong with it.
     *
     * @param field the field, or null for the current element or object
     * @param problem what is wrong, such as {@code "must be at most the denominator 3: 5"}
     * @return the exception, to throw
     */
    TallyFormatException error(String field, String problem);
}
