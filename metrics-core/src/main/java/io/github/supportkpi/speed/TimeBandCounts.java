package io.github.supportkpi.speed;

import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.time.TimeBand;
import io.github.supportkpi.time.TimeBands;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many durations fall in each band of {@link TimeBands}, and how many records had no duration: the
 * distribution view of a {@link DurationStats}, made by {@link #of(TimeBands, DurationStats)}. Immutable and thread-safe.
 *
 * <p>The band counts add up to the measured count; the unmeasured records (tickets with no response yet) are
 * apart, never in a band. A band's share is of the measured durations, undefined when there are none.
 *
 * @param bands the bands
 * @param counts the count of each band, in band order
 * @param unmeasured the records with no duration
 * @param summary what the durations were read from: EXACT counts are exact, SKETCH ones may place a duration
 *     close under a bound in the band above (see {@link #of(TimeBands, DurationStats)}), TOTALS only with no durations
 */
public record TimeBandCounts(TimeBands bands, List<Long> counts, long unmeasured, DurationStats.Summary summary) {
    /**
     * Validates the fields.
     *
     * @throws IllegalArgumentException if there is not one count per band, a count or {@code unmeasured} is
     *     negative, the counts overflow a {@code long}, or a TOTALS summary counts durations
     */
    public TimeBandCounts {
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(summary, "summary");
        counts = List.copyOf(Objects.requireNonNull(counts, "counts"));
        if (counts.size() != bands.bands().size()) {
            throw new IllegalArgumentException("counts must be one per band (" + bands.bands().size() + "): "
                    + counts.size());
        }
        long sum = 0;
        for (long c : counts) {
            if (c < 0) {
                throw new IllegalArgumentException("count must not be negative: " + c + " in " + counts);
            }
            try {
                sum = Math.addExact(sum, c);
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("counts must add up to at most " + Long.MAX_VALUE + ": " + counts, e);
            }
        }
        if (unmeasured < 0) {
            throw new IllegalArgumentException("unmeasured must not be negative: " + unmeasured);
        }
        if (summary == DurationStats.Summary.TOTALS && sum > 0) {
            throw new IllegalArgumentException("counts of a TOTALS summary must be zero: " + counts);
        }
    }

    /**
     * How many of a tally's durations fall in each band of {@code bands}, and how many records had none.
     * <ul>
     *   <li>{@link DurationStats.Summary#EXACT EXACT}: exact.</li>
     *   <li>{@link DurationStats.Summary#SKETCH SKETCH}: the counts of whole sketch buckets, each in the band
     *       of its highest value: a duration within {@link DurationStats#SKETCH_RELATIVE_ERROR} under a bound (in
     *       a bucket that straddles the bound) may be counted in the band above it, never below. The counts
     *       still add up to the measured count, and the counts of a merge are the sums of the parts' counts
     *       (the sketch's exact minimum and maximum are not used, as they do not add up).</li>
     *   <li>{@link DurationStats.Summary#TOTALS TOTALS}: the durations are not known, so the counts are
     *       undefined (empty), unless there are none (every band then counts zero).</li>
     * </ul>
     *
     * @param bands the bands
     * @param stats the durations
     * @return the counts per band, adding up to {@code stats.count()}, with {@code stats.unmeasured()} apart;
     *     empty when the tally keeps only totals of some durations
     */
    public static Optional<TimeBandCounts> of(TimeBands bands, DurationStats stats) {
        Objects.requireNonNull(bands, "bands");
        Objects.requireNonNull(stats, "stats");
        List<Duration> bounds = bands.bounds();
        long measured = stats.count();
        if (stats.summary() == DurationStats.Summary.TOTALS && measured > 0) {
            return Optional.empty();
        }
        long[] counts = new long[bands.bands().size()];
        if (stats.summary() == DurationStats.Summary.SKETCH) {
            // whole buckets: each goes to the band of its highest value, so a merge's counts are the parts' sums
            stats.sketchBuckets().forEach((index, n) ->
                    counts[bands.bandOf(Duration.ofNanos(DurationStats.sketchBucketHighest(index))).index()] += n);
        } else if (measured > 0) {
            long below = 0;
            for (int i = 0; i < bounds.size(); i++) {
                long upTo = stats.shareAtMost(bounds.get(i).minusNanos(1)).numerator();
                counts[i] = upTo - below;
                below = upTo;
            }
            counts[bounds.size()] = measured - below;
        }
        return Optional.of(of(bands, counts, stats.unmeasured(), stats.summary()));
    }

    private static TimeBandCounts of(TimeBands bands, long[] counts, long unmeasured, DurationStats.Summary summary) {
        Long[] boxed = new Long[counts.length];
        for (int i = 0; i < counts.length; i++) {
            boxed[i] = counts[i];
        }
        return new TimeBandCounts(bands, List.of(boxed), unmeasured, summary);
    }

    /**
     * The count of one band.
     *
     * @param band a band of {@link #bands()}
     * @return the durations in it
     * @throws IllegalArgumentException if the band is not one of these bands
     */
    public long count(TimeBand band) {
        return counts.get(indexOf(band));
    }

    /**
     * A band's share of the measured durations: {@code count(band) / measured()}.
     *
     * @param band a band of {@link #bands()}
     * @return the share; undefined (empty) when no duration was measured
     * @throws IllegalArgumentException if the band is not one of these bands
     */
    public Ratio share(TimeBand band) {
        return Ratio.of(count(band), measured());
    }

    /**
     * The measured durations: the sum of the band counts.
     *
     * @return the count of durations
     */
    public long measured() {
        long sum = 0;
        for (long c : counts) {
            sum += c;
        }
        return sum;
    }

    /**
     * Every band's count.
     *
     * @return an unmodifiable map in band order, every band present (zero counts too)
     */
    public SortedMap<TimeBand, Long> byBand() {
        TreeMap<TimeBand, Long> m = new TreeMap<>();
        for (TimeBand b : bands.bands()) {
            m.put(b, counts.get(b.index()));
        }
        return Collections.unmodifiableSortedMap(m);
    }

    private int indexOf(TimeBand band) {
        Objects.requireNonNull(band, "band");
        int i = band.index();
        if (i >= bands.bands().size() || !bands.bands().get(i).equals(band)) {
            throw new IllegalArgumentException("band must be one of " + bands + ": " + band);
        }
        return i;
    }
}
