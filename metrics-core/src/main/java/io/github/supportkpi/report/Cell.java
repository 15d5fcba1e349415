package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One cell of a {@link Row}: a measured value with what it was computed from, a label text, or an instant.
 * Immutable and thread-safe.
 *
 * <p>Renderers format cells with one {@link ReportFormat}; a cell holds values, never formatted text (but
 * for {@link Text}).
 */
public sealed interface Cell permits Cell.Measure, Cell.Text, Cell.Moment {

    /**
     * A measured value.
     *
     * <p>{@code value} is empty when the value is undefined (no data): renderers write it as such, never as 0.
     * A cell whose sample is below the report's minimum sample is {@code tooFew}: its value is still kept
     * and shown, marked as too few to judge, never hidden.
     *
     * @param unit what the value is measured in
     * @param value the value; empty when undefined
     * @param sampleSize how many records the value was computed from, not negative
     * @param numerator a rate's numerator, when the value is a rate
     * @param denominator a rate's denominator, when the value is a rate
     * @param interval a confidence interval in the unit of the value, when one is known
     * @param target whether the value meets a target, when one was set
     * @param tooFew whether the sample is below the report's minimum sample
     */
    record Measure(Unit unit, OptionalDouble value, long sampleSize, OptionalLong numerator,
            OptionalLong denominator, Optional<Interval> interval, Optional<TargetResult> target, boolean tooFew)
            implements Cell {
        /**
         * Validates the fields.
         *
         * @throws NullPointerException if a field is null
         * @throws IllegalArgumentException if the value is not finite, the sample size is negative, only one
         *     of numerator and denominator is given, or an interval is given without a value
         */
        public Measure {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(target, "target");
            if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("Cell value must be finite: " + value.getAsDouble());
            }
            if (sampleSize < 0) {
                throw new IllegalArgumentException("Cell sampleSize must not be negative: " + sampleSize);
            }
            if (numerator.isPresent() != denominator.isPresent()) {
                throw new IllegalArgumentException("Cell numerator and denominator must be given together: "
                        + numerator + " / " + denominator);
            }
            if (interval.isPresent() && value.isEmpty()) {
                throw new IllegalArgumentException("Cell interval needs a value: " + interval.get());
            }
        }

        /**
         * A value without rate, interval or target.
         *
         * @param unit the unit
         * @param value the value; empty when undefined
         * @param sampleSize the sample size
         * @return the cell
         */
        public static Measure of(Unit unit, OptionalDouble value, long sampleSize) {
            return new Measure(unit, value, sampleSize, OptionalLong.empty(), OptionalLong.empty(),
                    Optional.empty(), Optional.empty(), false);
        }

        /**
         * A count, whose sample size is itself.
         *
         * @param count the count, not negative
         * @return the cell
         */
        public static Measure count(long count) {
            return of(Unit.COUNT, OptionalDouble.of(count), count);
        }

        /**
         * @param interval the interval
         * @return this cell with the interval
         */
        public Measure withInterval(Interval interval) {
            return new Measure(unit, value, sampleSize, numerator, denominator, Optional.of(interval), target,
                    tooFew);
        }

        /**
         * @param target the target's evaluation
         * @return this cell with the target
         */
        public Measure withTarget(TargetResult target) {
            return new Measure(unit, value, sampleSize, numerator, denominator, interval, Optional.of(target),
                    tooFew);
        }

        /**
         * @param tooFew whether the sample is below the minimum sample
         * @return this cell so marked
         */
        public Measure withTooFew(boolean tooFew) {
            return new Measure(unit, value, sampleSize, numerator, denominator, interval, target, tooFew);
        }

        /**
         * @param numerator the rate's numerator
         * @param denominator the rate's denominator
         * @return this cell with them
         */
        public Measure withRate(long numerator, long denominator) {
            return new Measure(unit, value, sampleSize, OptionalLong.of(numerator), OptionalLong.of(denominator),
                    interval, target, tooFew);
        }
    }

    /**
     * A text: a segment's name, a label, a note.
     *
     * @param text the text, not null
     */
    record Text(String text) implements Cell {
        /** @throws NullPointerException if the text is null */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * An instant, written in the report's zone.
     *
     * @param instant the instant, not null
     */
    record Moment(Instant instant) implements Cell {
        /** @throws NullPointerException if the instant is null */
        public Moment {
            Objects.requireNonNull(instant, "instant");
        }
    }
}
