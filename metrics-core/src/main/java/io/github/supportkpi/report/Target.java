package io.github.supportkpi.report;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A goal for a metric and whether a tally meets it: "CSAT at least 85%", "FRT down 20%", "backlog down 30%"
 * (catalogue, Reporting [002]). Immutable and thread-safe if the value function is.
 *
 * <pre>{@code
 * Target<Ratio> csat = Target.atLeast("csat >= 85%", Ratio::percent, 85);
 * Target<DurationStats> frt = Target.downBy("frt down 20%", DurationStats::meanSeconds, 20);
 * TargetResult now = csat.evaluate(thisMonth);            // MET, MISSED or UNDEFINED, with the value
 * TargetResult faster = frt.evaluate(lastMonth, thisMonth);
 * }</pre>
 *
 * <ul>
 *   <li>{@link Goal#AT_LEAST} / {@link Goal#AT_MOST}: met when {@code value >= threshold} /
 *       {@code value <= threshold}.</li>
 *   <li>{@link Goal#DOWN_BY} / {@link Goal#UP_BY} a percentage {@code p} against a baseline period: met
 *       when the relative change {@code (value - baseline) / |baseline| x 100} is {@code <= -p} /
 *       {@code >= p}.</li>
 *   <li>Undefined, never met or missed, when the value is undefined, or for a relative goal when the
 *       baseline is undefined or zero (no percentage of nothing): see {@link PeriodChange#percent()}.</li>
 *   <li>A comparison is exact: a value equal to the threshold meets it.</li>
 * </ul>
 *
 * @param name what the target is called in a report, such as {@code csat >= 85%}
 * @param valueOf the value of a tally, such as {@code Ratio::percent}; empty when undefined
 * @param goal how the value is compared
 * @param threshold the threshold of an absolute goal, or the percentage of a relative goal (positive:
 *     {@code 20} for "down 20%")
 * @param <S> the tally type
 */
public record Target<S>(String name, Function<? super S, OptionalDouble> valueOf, Goal goal, double threshold) {
    /** How a target compares the value. */
    public enum Goal {
        /** The value must be at least the threshold. */
        AT_LEAST,
        /** The value must be at most the threshold. */
        AT_MOST,
        /** The value must have fallen by at least the threshold percent of the baseline's. */
        DOWN_BY,
        /** The value must have risen by at least the threshold percent of the baseline's. */
        UP_BY;

        /** @return whether this goal compares with a baseline period */
        public boolean isRelative() {
            return this == DOWN_BY || this == UP_BY;
        }
    }

    /** Whether a target is met. */
    public enum Outcome {
        /** The value meets the goal. */
        MET,
        /** The value does not meet the goal. */
        MISSED,
        /** The value (or, for a relative goal, the change from the baseline) is undefined. */
        UNDEFINED
    }

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the name is blank, the threshold is not finite, or the threshold of
     *     a relative goal is not positive
     */
    public Target {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(valueOf, "valueOf");
        Objects.requireNonNull(goal, "goal");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank: \"" + name + "\"");
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("threshold must be finite: " + threshold);
        }
        if (goal.isRelative() && threshold <= 0) {
            throw new IllegalArgumentException("threshold must be positive for " + goal + ": " + threshold);
        }
    }

    /**
     * The value must be at least a threshold, such as CSAT at least 85%.
     *
     * @param name the target's name
     * @param valueOf the value of a tally
     * @param threshold the lowest value that meets the target
     * @param <S> the tally type
     * @return the target
     */
    public static <S> Target<S> atLeast(String name, Function<? super S, OptionalDouble> valueOf, double threshold) {
        return new Target<>(name, valueOf, Goal.AT_LEAST, threshold);
    }

    /**
     * The value must be at most a threshold, such as a mean FRT of at most 3,600 seconds.
     *
     * @param name the target's name
     * @param valueOf the value of a tally
     * @param threshold the highest value that meets the target
     * @param <S> the tally type
     * @return the target
     */
    public static <S> Target<S> atMost(String name, Function<? super S, OptionalDouble> valueOf, double threshold) {
        return new Target<>(name, valueOf, Goal.AT_MOST, threshold);
    }

    /**
     * The value must fall by at least a percentage of a baseline period's, such as FRT down 20%.
     *
     * @param name the target's name
     * @param valueOf the value of a tally
     * @param percent the fall required, positive ({@code 20} for 20%)
     * @param <S> the tally type
     * @return the target
     */
    public static <S> Target<S> downBy(String name, Function<? super S, OptionalDouble> valueOf, double percent) {
        return new Target<>(name, valueOf, Goal.DOWN_BY, percent);
    }

    /**
     * The value must rise by at least a percentage of a baseline period's, such as FCR up 10%.
     *
     * @param name the target's name
     * @param valueOf the value of a tally
     * @param percent the rise required, positive ({@code 10} for 10%)
     * @param <S> the tally type
     * @return the target
     */
    public static <S> Target<S> upBy(String name, Function<? super S, OptionalDouble> valueOf, double percent) {
        return new Target<>(name, valueOf, Goal.UP_BY, percent);
    }

    /**
     * Evaluates an absolute target (at least, at most) on a tally.
     *
     * @param actual the tally of the period judged
     * @return the outcome with the value
     * @throws IllegalStateException if the target is relative: it needs a baseline,
     *     {@link #evaluate(Object, Object)}
     * @throws IllegalArgumentException if the value is NaN or infinite
     */
    public TargetResult evaluate(S actual) {
        if (goal.isRelative()) {
            throw new IllegalStateException("target " + name + " (" + goal + " " + threshold
                    + "%) needs a baseline: use evaluate(baseline, actual)");
        }
        OptionalDouble value = value(actual, "value");
        if (value.isEmpty()) {
            return new TargetResult(this.name, Outcome.UNDEFINED, value, OptionalDouble.empty(),
                    OptionalDouble.empty());
        }
        double v = value.getAsDouble();
        boolean met = goal == Goal.AT_LEAST ? v >= threshold : v <= threshold;
        return new TargetResult(name, met ? Outcome.MET : Outcome.MISSED, value, OptionalDouble.empty(),
                OptionalDouble.empty());
    }

    /**
     * Evaluates a target against a baseline period. An absolute target (at least, at most) judges the actual
     * tally alone and reports the change for information; a relative one judges the change.
     *
     * @param baseline the tally of the baseline period, such as last quarter
     * @param actual the tally of the period judged
     * @return the outcome with the value, the baseline's value and the change in percent
     * @throws IllegalArgumentException if a value is NaN or infinite
     */
    public TargetResult evaluate(S baseline, S actual) {
        OptionalDouble base = value(baseline, "baseline value");
        OptionalDouble value = value(actual, "value");
        OptionalDouble change = PeriodChange.percent(base, value);
        if (!goal.isRelative()) {
            TargetResult r = evaluate(actual);
            return new TargetResult(name, r.outcome(), value, base, change);
        }
        if (change.isEmpty()) {
            return new TargetResult(name, Outcome.UNDEFINED, value, base, change);
        }
        double c = change.getAsDouble();
        boolean met = goal == Goal.DOWN_BY ? c <= -threshold : c >= threshold;
        return new TargetResult(name, met ? Outcome.MET : Outcome.MISSED, value, base, change);
    }

    private OptionalDouble value(S tally, String what) {
        Objects.requireNonNull(tally, "tally");
        OptionalDouble v = Objects.requireNonNull(valueOf.apply(tally), what);
        if (v.isPresent() && !Double.isFinite(v.getAsDouble())) {
            throw new IllegalArgumentException(what + " must be finite: " + v.getAsDouble() + " for target " + name);
        }
        return v;
    }

    /** @return {@code "csat >= 85% (AT_LEAST 85.00)"} */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s (%s %.2f%s)", name, goal, threshold, goal.isRelative() ? "%" : "");
    }
}
