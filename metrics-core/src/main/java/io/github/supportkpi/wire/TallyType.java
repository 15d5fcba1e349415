package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Tally;
import java.util.Objects;

/**
 * How one tally type is stored: its tag, its fields, and how it is rebuilt from them. The library registers
 * a type for each of its tallies ({@link TallyFormat#standard()}); a tally of your own is stored once its
 * type is added with {@link TallyFormat#with(TallyType)}.
 *
 * <p>{@code read(write(t))} must equal {@code t}, and {@code read} must refuse (with
 * {@link TallyReader#error}) any value the tally's own validation would not accept.
 *
 * @param <S> the tally type
 */
public interface TallyType<S extends Tally<S>> {
    /**
     * The type's tag, stored with every tally of the type: lowercase words joined by hyphens, such as
     * {@code ratio} or {@code duration-stats}; never changed once tallies are stored.
     *
     * @return the tag
     */
    String tag();

    /**
     * The tally class this type stores.
     *
     * @return the class
     */
    Class<?> type();

    /**
     * Writes the tally's fields.
     *
     * @param tally the tally
     * @param out where to write
     */
    void write(S tally, TallyWriter out);

    /**
     * Reads a tally's fields back.
     *
     * @param in where to read
     * @param template the metric's empty tally of this type: what a tally made of tallies reads its parts by
     * @return the tally
     * @throws TallyFormatException if a field is missing or invalid
     */
    S read(TallyReader in, S template);

    /**
     * Checks a tag: lowercase letters and digits in words joined by hyphens.
     *
     * @param tag the tag
     * @return the tag
     * @throws IllegalArgumentException if it is not of that form
     */
    static String checkTag(String tag) {
        Objects.requireNonNull(tag, "tag");
        if (!tag.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("tag must be lowercase words joined by hyphens: \"" + tag + "\"");
        }
        return tag;
    }
}
