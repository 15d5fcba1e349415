package io.github.supportkpi.report;

import io.github.supportkpi.time.Bucket;
import java.util.Locale;
import java.util.Objects;

/**
 * The one naming rule of a report's row labels, so segments of every dimension read alike. Not instantiable.
 *
 * <ul>
 *   <li>A segment key that is an enum constant is written as its name in lower case ({@code LOW} as
 *       {@code low}, {@code IN_PROGRESS} as {@code in_progress}), the way channel names are written
 *       ({@code chat}, {@code self_service}); any other key by its {@code toString()} ({@code Channel} by its
 *       normalised name, a team or an agent id as it is).</li>
 *   <li>Records with no key for the dimension are the row {@value #NONE}; the total over every segment and
 *       them is the row {@value #ALL}.</li>
 *   <li>A bucket of time is written as {@link Bucket#toString()}: {@code 2026-03-09} (a day),
 *       {@code 2026-W11} (an ISO week), {@code 2026-03} (a month), {@code 2026-Q1} (a quarter).</li>
 * </ul>
 * The command line writes its rows with the same rule.
 */
public final class Labels {
    /** The label of the records with no key for the dimension. */
    public static final String NONE = "(none)";
    /** The label of the total over a dimension. */
    public static final String ALL = "all";

    private Labels() {}

    /**
     * A segment key's label: an enum constant's name in lower case, anything else by its text.
     *
     * @param key the key, not null
     * @return the label
     * @throws NullPointerException if the key is null
     */
    public static String segment(Object key) {
        Objects.requireNonNull(key, "key");
        return key instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : key.toString();
    }

    /**
     * A bucket's label, {@code 2026-W11}.
     *
     * @param bucket the bucket
     * @return its label
     */
    public static String bucket(Bucket bucket) {
        return Objects.requireNonNull(bucket, "bucket").toString();
    }
}
