package io.github.supportkpi.report;

import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Ratio;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * The cells of the standard tallies, and how they are qualified: which confidence interval each carries and
 * below which sample size a value is marked too few to judge. Immutable and thread-safe if the interval
 * functions are.
 *
 * <p>{@link #defaults()}: Wilson score intervals for rates and NPS intervals, both at 95%, and a minimum
 * sample of {@link MinimumSample#DEFAULT 30}; {@link #plain()}: neither.
 *
 * <pre>{@code
 * Cells cells = Cells.defaults();
 * Section executive = Section.builder("executive", "Executive view", Section.Kind.TILES)
 *         .row("CSAT", cells.percent(csat))                      // 87.5% of 120
 *         .row("FRT median", cells.medianDuration(frt))          // 3h 05m (n 412)
 *         .row("NPS", cells.nps(nps))                            // +18.0 (n 96)
 *         .row("Tickets", cells.count(volume))                   // 1,204
 *         .build();
 * }</pre>
 *
 * <ul>
 *   <li><b>Sample size.</b> A rate's is its denominator; a mean's, an NPS's and a duration's the number of
 *       values measured; a count is its own.</li>
 *   <li><b>Undefined stays undefined.</b> A tally with no data gives a cell with no value, written
 *       {@code n/a}, with its sample size (0) kept; never 0, never NaN.</li>
 *   <li><b>Minimum sample.</b> A defined value whose sample size is below the minimum is marked
 *       {@link Cell.Measure#tooFew() too few}; it is kept and shown, never hidden. Counts are never too few: a
 *       count is not an estimate. An undefined value is not marked: it has nothing to judge.</li>
 *   <li><b>Intervals.</b> Each interval function gives the interval of a tally in the unit of its value
 *       (proportions 0 to 1 for a ratio, which the percent cell scales to percent; points for an NPS;
 *       seconds for a duration's mean); it is asked only when the value is defined, and may answer empty.
 *       Medians and other percentiles carry none.</li>
 * </ul>
 */
public final class Cells {
    private static final Cells PLAIN = new Cells(0, r -> Optional.empty(), n -> Optional.empty(),
            m -> Optional.empty(), d -> Optional.empty());

    private final long minimumSample;
    private final Function<? super Ratio, Optional<Interval>> ratioInterval;
    private final Function<? super NpsTally, Optional<Interval>> npsInterval;
    private final Function<? super Mean, Optional<Interval>> meanInterval;
    private final Function<? super DurationStats, Optional<Interval>> durationMeanInterval;

    private Cells(long minimumSample, Function<? super Ratio, Optional<Interval>> ratioInterval,
            Function<? super NpsTally, Optional<Interval>> npsInterval,
            Function<? super Mean, Optional<Interval>> meanInterval,
            Function<? super DurationStats, Optional<Interval>> durationMeanInterval) {
        if (minimumSample < 0) {
            throw new IllegalArgumentException("Cells minimumSample must not be negative: " + minimumSample);
        }
        this.minimumSample = minimumSample;
        this.ratioInterval = Objects.requireNonNull(ratioInterval, "ratioInterval");
        this.npsInterval = Objects.requireNonNull(npsInterval, "npsInterval");
        this.meanInterval = Objects.requireNonNull(meanInterval, "meanInterval");
        this.durationMeanInterval = Objects.requireNonNull(durationMeanInterval, "durationMeanInterval");
    }

    /**
     * Cells with no interval and no minimum sample: the values and their counts alone.
     *
     * @return the plain cells
     */
    public static Cells plain() {
        return PLAIN;
    }

    /** The confidence level of the default intervals: 95%. */
    public static final double DEFAULT_LEVEL = 0.95;

    private static final Cells DEFAULTS = PLAIN.withMinimumSample(MinimumSample.DEFAULT)
            .withRatioInterval(r -> r.wilson(DEFAULT_LEVEL))
            .withNpsInterval(n -> n.interval(DEFAULT_LEVEL));

    /**
     * The cells a report uses unless told otherwise: a rate with its {@link Ratio#wilson Wilson score
     * interval} at 95%, an NPS with its {@link NpsTally#interval interval} at 95%, and values of fewer than
     * {@link MinimumSample#DEFAULT} (30) records marked too few. Means and durations carry no interval
     * unless one is given ({@link #withMeanInterval}, {@link #withDurationMeanInterval}): a mean's tally
     * keeps no spread to compute one from.
     *
     * @return the default cells
     */
    public static Cells defaults() {
        return DEFAULTS;
    }

    /**
     * @param minimumSample the smallest sample size whose value is judged
     * @return a copy with it
     */
    public Cells withMinimumSample(MinimumSample minimumSample) {
        return withMinimumSample(Objects.requireNonNull(minimumSample, "minimumSample").n());
    }

    /**
     * Rates with their Wilson score interval and NPS with their interval at a confidence level, instead of
     * the default 95%.
     *
     * @param level the confidence level, strictly between 0 and 1
     * @return a copy with those intervals
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Cells withLevel(double level) {
        Interval.of(0, 0, level); // validates the level, naming it
        return withRatioInterval(r -> r.wilson(level)).withNpsInterval(n -> n.interval(level));
    }

    /**
     * @param minimumSample the smallest sample size whose value is judged, not negative; 0 marks nothing
     * @return a copy with it
     * @throws IllegalArgumentException if it is negative
     */
    public Cells withMinimumSample(long minimumSample) {
        return new Cells(minimumSample, ratioInterval, npsInterval, meanInterval, durationMeanInterval);
    }

    /**
     * @param interval the interval of a defined ratio, in proportions (0 to 1), such as a Wilson interval
     * @return a copy with it
     */
    public Cells withRatioInterval(Function<? super Ratio, Optional<Interval>> interval) {
        return new Cells(minimumSample, interval, npsInterval, meanInterval, durationMeanInterval);
    }

    /**
     * @param interval the interval of a defined NPS, in points (-100 to 100)
     * @return a copy with it
     */
    public Cells withNpsInterval(Function<? super NpsTally, Optional<Interval>> interval) {
        return new Cells(minimumSample, ratioInterval, interval, meanInterval, durationMeanInterval);
    }

    /**
     * @param interval the interval of a defined mean, in the unit of the mean
     * @return a copy with it
     */
    public Cells withMeanInterval(Function<? super Mean, Optional<Interval>> interval) {
        return new Cells(minimumSample, ratioInterval, npsInterval, interval, durationMeanInterval);
    }

    /**
     * @param interval the interval of a defined mean duration, in seconds
     * @return a copy with it
     */
    public Cells withDurationMeanInterval(Function<? super DurationStats, Optional<Interval>> interval) {
        return new Cells(minimumSample, ratioInterval, npsInterval, meanInterval, interval);
    }

    /** @return a copy with no interval of any kind, keeping the minimum sample */
    public Cells withoutIntervals() {
        return new Cells(minimumSample, PLAIN.ratioInterval, PLAIN.npsInterval, PLAIN.meanInterval,
                PLAIN.durationMeanInterval);
    }

    /** @return the smallest sample size whose value is judged; 0 when every value is */
    public long minimumSample() {
        return minimumSample;
    }

    /**
     * A rate in percent: {@code 100 x numerator / denominator}, with both kept; sample size the denominator.
     *
     * @param ratio the ratio
     * @return the cell; undefined when the denominator is 0
     */
    public Cell.Measure percent(Ratio ratio) {
        Objects.requireNonNull(ratio, "ratio");
        Optional<Interval> interval = ratio.value().isPresent()
                ? interval(ratioInterval.apply(ratio), "ratio").map(i -> i.scaled(100)) : Optional.empty();
        return measure(Unit.PERCENT, ratio.percent(), ratio.denominator(), OptionalLong.of(ratio.numerator()),
                OptionalLong.of(ratio.denominator()), interval);
    }

    /**
     * A key's share of a frequency table, in percent, as {@link #percent(Ratio)} of
     * {@link Frequencies#share(Comparable)}: its count over every record counted.
     *
     * @param frequencies the frequency table
     * @param key the key
     * @param <K> the key type
     * @return the cell; undefined when nothing was counted
     */
    public <K extends Comparable<? super K>> Cell.Measure share(Frequencies<K> frequencies, K key) {
        return percent(Objects.requireNonNull(frequencies, "frequencies").share(key));
    }

    /**
     * A count: always defined, never too few.
     *
     * @param count the count
     * @return the cell
     */
    public Cell.Measure count(Count count) {
        return count(Objects.requireNonNull(count, "count").value());
    }

    /**
     * A count: always defined, never too few.
     *
     * @param count the count, not negative
     * @return the cell
     * @throws IllegalArgumentException if it is negative
     */
    public Cell.Measure count(long count) {
        return Cell.Measure.count(count);
    }

    /**
     * A mean as a plain number ({@code sum / count}), such as a mean score or replies per ticket; sample size
     * the count.
     *
     * @param mean the mean
     * @return the cell; undefined when the count is 0
     */
    public Cell.Measure mean(Mean mean) {
        Objects.requireNonNull(mean, "mean");
        Optional<Interval> interval = mean.value().isPresent() ? interval(meanInterval.apply(mean), "mean")
                : Optional.empty();
        return measure(Unit.NUMBER, mean.value(), mean.count(), OptionalLong.empty(), OptionalLong.empty(), interval);
    }

    /**
     * A Net Promoter Score in points, {@code %promoters - %detractors}; sample size the responses.
     *
     * @param nps the tally
     * @return the cell; undefined when there is no response
     */
    public Cell.Measure nps(NpsTally nps) {
        Objects.requireNonNull(nps, "nps");
        Optional<Interval> interval = nps.score().isPresent() ? interval(npsInterval.apply(nps), "nps")
                : Optional.empty();
        return measure(Unit.POINTS, nps.score(), nps.responses(), OptionalLong.empty(), OptionalLong.empty(),
                interval);
    }

    /**
     * The mean of durations, in seconds; sample size the durations measured.
     *
     * @param durations the durations
     * @return the cell; undefined when none was measured
     */
    public Cell.Measure meanDuration(DurationStats durations) {
        Objects.requireNonNull(durations, "durations");
        OptionalDouble value = durations.meanSeconds();
        Optional<Interval> interval = value.isPresent()
                ? interval(durationMeanInterval.apply(durations), "duration mean") : Optional.empty();
        return measure(Unit.DURATION, value, durations.count(), OptionalLong.empty(), OptionalLong.empty(), interval);
    }

    /**
     * The median of durations, in seconds, as {@link DurationStats#median()}; sample size the durations
     * measured.
     *
     * @param durations the durations
     * @return the cell; undefined when none was measured, or when the tally keeps totals alone
     */
    public Cell.Measure medianDuration(DurationStats durations) {
        return percentileDuration(durations, 50);
    }

    /**
     * A percentile of durations, in seconds, as {@link DurationStats#percentile(double)}; sample size the
     * durations measured.
     *
     * @param durations the durations
     * @param p the percentile, in [0, 100]
     * @return the cell; undefined when none was measured, or when the tally keeps totals alone
     * @throws IllegalArgumentException if {@code p} is outside [0, 100]
     */
    public Cell.Measure percentileDuration(DurationStats durations, double p) {
        Objects.requireNonNull(durations, "durations");
        Optional<Duration> d = durations.percentile(p);
        OptionalDouble value = d.isPresent() ? OptionalDouble.of(seconds(d.get())) : OptionalDouble.empty();
        return measure(Unit.DURATION, value, durations.count(), OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty());
    }

    /**
     * A text cell.
     *
     * @param text the text
     * @return the cell
     */
    public Cell.Text text(String text) {
        return new Cell.Text(text);
    }

    /**
     * An instant cell.
     *
     * @param instant the instant
     * @return the cell
     */
    public Cell.Moment moment(Instant instant) {
        return new Cell.Moment(instant);
    }

    /**
     * A cell with a target's evaluation attached, such as
     * {@code cells.withTarget(cells.percent(csat), csatTarget.evaluate(csat))}.
     *
     * @param cell the cell
     * @param target the target's evaluation
     * @return the cell with it
     */
    public Cell.Measure withTarget(Cell.Measure cell, TargetResult target) {
        return Objects.requireNonNull(cell, "cell").withTarget(Objects.requireNonNull(target, "target"));
    }

    private Cell.Measure measure(Unit unit, OptionalDouble value, long sampleSize, OptionalLong numerator,
            OptionalLong denominator, Optional<Interval> interval) {
        boolean tooFew = value.isPresent() && sampleSize < minimumSample;
        return new Cell.Measure(unit, value, sampleSize, numerator, denominator, interval, Optional.empty(), tooFew);
    }

    private static Optional<Interval> interval(Optional<Interval> interval, String what) {
        return Objects.requireNonNull(interval, () -> what + " interval");
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
