package io.github.supportkpi.time;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A range of time {@code [from, to)} cut into the buckets of a granularity in a report zone: every bucket
 * that overlaps the range, in order, including those no record falls in. Immutable and thread-safe; equal
 * when the range, granularity and zone are.
 *
 * <ul>
 *   <li>The first and last buckets may be partial when {@code from} or {@code to} is not on a bucket
 *       boundary: an instant of such a bucket outside {@code [from, to)} is not in the range
 *       ({@link #indexOf(Instant)} is {@code -1}). Align the range on the buckets for whole periods.</li>
 *   <li>An empty range ({@code from == to}) has no bucket.</li>
 *   <li>{@link #indexOf(Instant)} finds an instant's bucket by binary search over the buckets' starts and
 *       allocates nothing: the hot path of bucketing a metric.</li>
 *   <li>{@code from} and {@code to} must lie in the supported range {@code [}{@link Bucket#EARLIEST}{@code ,
 *       }{@link Bucket#LATEST_EXCLUSIVE}{@code ]} ({@code to} may be its exclusive end), and a range holds at
 *       most {@link #MAX_BUCKETS} buckets (an hour range of about eleven years; a day range of the whole
 *       supported range): a larger one is refused at once, before any bucket is made.</li>
 * </ul>
 *
 * <pre>{@code
 * BucketRange march = BucketRange.of(from, to, Granularity.DAY, ZoneId.of("Europe/Berlin"));
 * int day = march.indexOf(ticket.created());           // -1 when outside [from, to)
 * Bucket bucket = march.buckets().get(day);
 * }</pre>
 */
public final class BucketRange {
    /** The most buckets a range holds: 100,000 (about eleven years of hours, 273 years of days). */
    public static final int MAX_BUCKETS = 100_000;
    /** The longest each granularity's buckets last, in seconds, with room for an offset change of a day. */
    private static final long[] MAX_SECONDS = {2 * 3600L, 2 * 86_400L, 8 * 86_400L, 33 * 86_400L, 94 * 86_400L};
    private final Instant from;
    private final Instant to;
    private final Granularity granularity;
    private final ZoneId zone;
    private final List<Bucket> buckets;
    private final Instant[] starts;

    private BucketRange(Instant from, Instant to, Granularity granularity, ZoneId zone, Bucket[] buckets) {
        this.from = from;
        this.to = to;
        this.granularity = granularity;
        this.zone = zone;
        this.buckets = List.of(buckets);
        this.starts = new Instant[buckets.length];
        for (int i = 0; i < buckets.length; i++) {
            starts[i] = buckets[i].start();
        }
    }

    /**
     * The buckets of a granularity that overlap {@code [from, to)}, in a zone.
     *
     * @param from the start of the range, inclusive
     * @param to the end of the range, exclusive, not before {@code from}
     * @param granularity the size of the buckets
     * @param zone the report's time zone
     * @return the range
     * @throws IllegalArgumentException if {@code to} is before {@code from}, {@code from} or {@code to} is outside
     *     the supported range (naming the range and the value), or the range holds more than
     *     {@link #MAX_BUCKETS} buckets
     */
    public static BucketRange of(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        Bucket.checkSupported(from, "from");
        if (to.isBefore(Bucket.EARLIEST) || to.isAfter(Bucket.LATEST_EXCLUSIVE)) {
            throw new IllegalArgumentException("to must be in the supported range [" + Bucket.EARLIEST + ", "
                    + Bucket.LATEST_EXCLUSIVE + "]: " + to);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to must not be before from: " + from + "/" + to);
        }
        if (from.equals(to)) {
            return new BucketRange(from, to, granularity, zone, new Bucket[0]); // an empty range overlaps no bucket
        }
        // at least (to - from) / the longest bucket buckets: refuse a range far too large before making any
        long seconds = to.getEpochSecond() - from.getEpochSecond();
        if (seconds / MAX_SECONDS[granularity.ordinal()] > MAX_BUCKETS) {
            throw tooMany(from, to, granularity, zone);
        }
        Bucket[] buckets = new Bucket[16];
        int n = 0;
        Bucket b = Bucket.of(from, granularity, zone);
        while (true) {
            if (n == MAX_BUCKETS) {
                throw tooMany(from, to, granularity, zone);
            }
            if (n == buckets.length) {
                buckets = Arrays.copyOf(buckets, Math.min(2 * n, MAX_BUCKETS));
            }
            buckets[n++] = b;
            if (!b.end().isBefore(to)) {
                break;
            }
            b = b.next(); // starts before to, so within the supported range
        }
        return new BucketRange(from, to, granularity, zone, Arrays.copyOf(buckets, n));
    }

    private static IllegalArgumentException tooMany(Instant from, Instant to, Granularity granularity, ZoneId zone) {
        return new IllegalArgumentException("range must hold at most " + MAX_BUCKETS
                + " buckets (BucketRange.MAX_BUCKETS): " + granularity + " buckets in " + zone + " from " + from
                + " to " + to);
    }

    /**
     * The start of the range.
     *
     * @return {@code from}, inclusive
     */
    public Instant from() {
        return from;
    }

    /**
     * The end of the range.
     *
     * @return {@code to}, exclusive
     */
    public Instant to() {
        return to;
    }

    /**
     * The size of the buckets.
     *
     * @return the granularity
     */
    public Granularity granularity() {
        return granularity;
    }

    /**
     * The report's time zone the buckets are taken in.
     *
     * @return the zone
     */
    public ZoneId zone() {
        return zone;
    }

    /**
     * Every bucket that overlaps the range, in time order.
     *
     * @return an unmodifiable list; empty when {@code from == to}
     */
    public List<Bucket> buckets() {
        return buckets;
    }

    /**
     * The number of buckets.
     *
     * @return {@code buckets().size()}
     */
    public int size() {
        return starts.length;
    }

    /**
     * Whether an instant lies in {@code [from, to)}.
     *
     * @param instant the instant
     * @return true if it is in the range
     */
    public boolean contains(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        return !instant.isBefore(from) && instant.isBefore(to);
    }

    /**
     * The position of the bucket an instant falls in, by binary search; allocates nothing.
     *
     * @param instant the instant
     * @return the index into {@link #buckets()} of the bucket containing it; {@code -1} when the instant is
     *     outside {@code [from, to)}, also when it is in the part of a partial first or last bucket outside
     *     the range
     */
    public int indexOf(Instant instant) {
        if (!contains(instant)) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, instant);
        return i >= 0 ? i : -i - 2; // the last bucket starting at or before the instant
    }

    /**
     * The position of a bucket in the range.
     *
     * @param bucket the bucket
     * @return its index into {@link #buckets()}; {@code -1} when it is not one of the range's buckets (another
     *     granularity or zone, or outside the range)
     */
    public int indexOf(Bucket bucket) {
        Objects.requireNonNull(bucket, "bucket");
        if (bucket.granularity() != granularity || !bucket.zone().equals(zone)) {
            return -1;
        }
        int i = Arrays.binarySearch(starts, bucket.start());
        return i >= 0 && buckets.get(i).equals(bucket) ? i : -1;
    }

    /**
     * The same range cut into buckets of another granularity, such as the weeks of a range of days.
     *
     * @param other the granularity
     * @return the range with the same {@code from}, {@code to} and zone
     */
    public BucketRange withGranularity(Granularity other) {
        Objects.requireNonNull(other, "other");
        return other == granularity ? this : of(from, to, other, zone);
    }

    /** Equal when {@code from}, {@code to}, the granularity and the zone are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof BucketRange other && from.equals(other.from) && to.equals(other.to)
                && granularity == other.granularity && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to, granularity, zone);
    }

    /** @return {@code "DAY buckets in Europe/Berlin from 2024-03-03T23:00:00Z to 2024-03-10T23:00:00Z"} */
    @Override
    public String toString() {
        return granularity + " buckets in " + zone + " from " + from + " to " + to;
    }
}
