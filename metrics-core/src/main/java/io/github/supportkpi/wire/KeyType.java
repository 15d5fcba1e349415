package io.github.supportkpi.wire;

import java.util.Objects;
import java.util.function.Function;

/**
 * How the keys of a segmented tally or of frequencies are stored: a tag stored with the map, and the key as
 * one field. The library registers the keys of its dimensions (strings, channels, priorities, statuses,
 * interaction kinds, age bands, times and dates); a key type of your own is stored once added with
 * {@link TallyFormat#with(KeyType)}.
 *
 * @param <K> the key type
 */
public interface KeyType<K> {
    /**
     * The tag, stored with every map of such keys: lowercase words joined by hyphens; never changed once
     * tallies are stored.
     *
     * @return the tag
     */
    String tag();

    /**
     * The class of the keys (for an enum, the enum's class).
     *
     * @return the class
     */
    Class<K> type();

    /**
     * Writes a key as one field.
     *
     * @param out where to write
     * @param field the field's name, or null for an array element
     * @param key the key
     */
    void write(TallyWriter out, String field, K key);

    /**
     * Reads a key back.
     *
     * @param in where to read
     * @param field the field's name, or null for an array element
     * @return the key
     * @throws TallyFormatException if the stored key is not valid
     */
    K read(TallyReader in, String field);

    /**
     * A key type stored as text.
     *
     * @param tag the tag
     * @param type the class of the keys
     * @param toText the text of a key
     * @param parse the key of a text, throwing an {@code IllegalArgumentException} (or a
     *     {@code DateTimeException}) for a text that is not one
     * @param <K> the key type
     * @return the key type
     */
    static <K> KeyType<K> ofText(String tag, Class<K> type, Function<? super K, String> toText,
            Function<String, ? extends K> parse) {
        TallyType.checkTag(tag);
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(toText, "toText");
        Objects.requireNonNull(parse, "parse");
        return new KeyType<>() {
            @Override
            public String tag() {
                return tag;
            }

            @Override
            public Class<K> type() {
                return type;
            }

            @Override
            public void write(TallyWriter out, String field, K key) {
                out.writeString(field, toText.apply(key));
            }

            @Override
            public K read(TallyReader in, String field) {
                String text = in.readString(field);
                try {
                    return Objects.requireNonNull(parse.apply(text), "key");
                } catch (RuntimeException e) {
                    throw in.error(field, "not a " + tag + " key: \"" + text + "\" (" + e.getMessage() + ")");
                }
            }

            @Override
            public String toString() {
                return "KeyType[" + tag + "]";
            }
        };
    }

    /**
     * A key type for the constants of an enum, stored by name.
     *
     * @param tag the tag
     * @param type the enum
     * @param <E> the enum type
     * @return the key type
     */
    static <E extends Enum<E>> KeyType<E> ofEnum(String tag, Class<E> type) {
        Objects.requireNonNull(type, "type");
        return ofText(tag, type, Enum::name, name -> Enum.valueOf(type, name));
    }
}
