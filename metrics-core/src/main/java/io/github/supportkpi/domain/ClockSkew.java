package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How far two instants of one record that must be in order may be out of order and the record still be
 * kept: the clocks of two systems (a queue and a phone switch, a help desk and its mail server) drift, and
 * a call log commonly starts service a second or two before the queue exit. Immutable and thread-safe.
 *
 * <p>{@link #ordered} checks that an instant is not before an earlier one:
 * <ul><li>in order: the instant is kept as it is;</li>
 *     <li>before it by at most the tolerance: the instant is <em>clamped to the earlier one</em>, so the
 *         duration between them measures 0 and never negative, and the record is to be counted as suspect
 *         under {@code "<field> before <earlier field> within <tolerance>"};</li>
 *     <li>before it by more: refused with a {@link FieldException}, {@code "<field> must not be before
 *         <earlier field> by more than <tolerance>"}.</li></ul>
 *
 * <pre>{@code
 * ClockSkew skew = ClockSkew.within(Duration.ofSeconds(2));
 * Instant start = skew.ordered("service start", start, "queue exit", exit).flag(in, "line 7");
 * }</pre>
 *
 * @param tolerance how far out of order two instants may be, not negative; zero refuses any disorder
 */
public record ClockSkew(Duration tolerance) {
    /** No tolerance: an instant before the one it must follow is refused. */
    public static final ClockSkew NONE = new ClockSkew(Duration.ZERO);

    /**
     * Validates the tolerance.
     *
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public ClockSkew {
        Objects.requireNonNull(tolerance, "tolerance");
        if (tolerance.isNegative()) {
            throw new IllegalArgumentException("tolerance must not be negative: " + tolerance);
        }
    }

    /**
     * A tolerance of clock skew.
     *
     * @param tolerance how far out of order two instants may be, not negative
     * @return the skew rule
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public static ClockSkew within(Duration tolerance) {
        return new ClockSkew(tolerance);
    }

    /**
     * Checks that {@code value} is not before {@code earlier}, tolerating the skew.
     *
     * @param field the name of the later field ({@code "service start"})
     * @param value its instant
     * @param earlierField the name of the field it must not precede ({@code "queue exit"})
     * @param earlier that field's instant
     * @return the instant to keep, clamped to {@code earlier} when within the tolerance, and whether it was
     * @throws FieldException if {@code value} is before {@code earlier} by more than the tolerance
     */
    public Ordered ordered(String field, Instant value, String earlierField, Instant earlier) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(earlierField, "earlierField");
        Objects.requireNonNull(earlier, "earlier");
        if (!value.isBefore(earlier)) {
            return new Ordered(value, Duration.ZERO, field, "");
        }
        Duration skew = Duration.between(value, earlier);
        if (skew.compareTo(tolerance) > 0) {
            throw new FieldException(field, "must not be before " + earlierField + " by more than " + tolerance,
                    value + " is " + skew + " before " + earlierField + " " + earlier);
        }
        return new Ordered(earlier, skew, field, "before " + earlierField + " within " + tolerance);
    }

    /**
     * The outcome of {@link ClockSkew#ordered}. Immutable and thread-safe.
     *
     * @param instant the instant to keep: the value if in order, else the earlier instant it was clamped to
     * @param skew how far the value was before the earlier instant; zero if in order
     * @param field the later field's name
     * @param rule the suspect rule when skewed ({@code "before queue exit within PT2S"}), empty if in order
     */
    public record Ordered(Instant instant, Duration skew, String field, String rule) {
        /**
         * Validates the parts.
         *
         * @throws IllegalArgumentException if the skew is negative
         */
        public Ordered {
            Objects.requireNonNull(instant, "instant");
            Objects.requireNonNull(skew, "skew");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(rule, "rule");
            if (skew.isNegative()) {
                throw new IllegalArgumentException("skew must not be negative: " + skew);
            }
        }

        /**
         * Whether the value was out of order (within the tolerance) and was clamped.
         *
         * @return true if skewed
         */
        public boolean skewed() {
            return !skew.isZero();
        }

        /**
         * Counts the record as suspect in the ingestion if skewed, and gives the instant to keep.
         *
         * @param in the ingestion the record is added to
         * @param locator where the row came from ({@code "line 7"})
         * @return {@link #instant()}
         */
        public Instant flag(Ingestion<?> in, String locator) {
            if (skewed()) {
                in.suspect(locator, field, rule, "skew " + skew);
            }
            return instant;
        }
    }
}
