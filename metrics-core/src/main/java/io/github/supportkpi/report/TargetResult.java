package io.github.supportkpi.report;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The evaluation of a {@link Target}: whether it is met, with the values it was judged on. Immutable and
 * thread-safe.
 *
 * @param target the target's name
 * @param outcome met, missed, or undefined when the value (or the change from the baseline) is undefined
 * @param actual the value of the period judged; empty when undefined
 * @param baseline the value of the baseline period; empty when undefined or when no baseline was given
 * @param changePercent the change from the baseline in percent, {@code (actual - baseline) / |baseline| x 100};
 *     empty when either value is undefined, the baseline is zero, or no baseline was given
 */
public record TargetResult(String target, Target.Outcome outcome, OptionalDouble actual, OptionalDouble baseline,
        OptionalDouble changePercent) {
    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the outcome is MET or MISSED while the value is undefined
     */
    public TargetResult {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(changePercent, "changePercent");
        if (outcome != Target.Outcome.UNDEFINED && actual.isEmpty()) {
            throw new IllegalArgumentException("actual must be defined when the outcome is " + outcome + ": empty");
        }
    }

    /** @return whether the target is met */
    public boolean isMet() {
        return outcome == Target.Outcome.MET;
    }

    /** @return {@code "csat >= 85%: MET (actual 87.50)"}, with the baseline and change when known */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(target).append(": ").append(outcome).append(" (actual ")
                .append(format(actual, "%.2f"));
        if (baseline.isPresent()) {
            sb.append(", baseline ").append(format(baseline, "%.2f"))
                    .append(", change ").append(format(changePercent, "%+.2f%%"));
        }
        return sb.append(')').toString();
    }

    private static String format(OptionalDouble v, String pattern) {
        return v.isPresent() ? String.format(Locale.ROOT, pattern, v.getAsDouble()) : "n/a";
    }
}
