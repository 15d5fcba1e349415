package io.github.supportkpi.workload;

import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Tally;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * An agent's (or a team's) work against logged-in time: counted tickets, handled interactions and their
 * handle time, and logged-in sessions and their time. The one tally behind tickets handled or solved per
 * hour (M35, M36) and occupancy (M38). Immutable and thread-safe.
 *
 * <p>Work and time come from two record types, so two metrics fill one tally: a ticket metric
 * ({@link TicketsHandledPerHour}, {@link TicketsSolvedPerHour}) or an interaction metric
 * ({@link Occupancy}) counts the work, and {@link LoggedInTime} over {@code AgentSession}s counts the
 * time. Their tallies are merged with {@link #plus}, which adds counts, never rates. Segmented by agent
 * on both sides (dimensions named {@code agent}), the segmented tallies merge too:
 * <pre>{@code
 * AgentWork whole = TicketsSolvedPerHour.defaults().over(tickets)
 *         .plus(LoggedInTime.defaults().over(sessions));
 * Segmented<String, AgentWork> byAgent = TicketsSolvedPerHour.defaults().by(TicketDimensions.AGENT).over(tickets)
 *         .plus(LoggedInTime.defaults().by(SessionDimensions.AGENT).over(sessions));
 * }</pre>
 *
 * <ul>
 *   <li>{@link #ticketsPerHour()} is {@code tickets / hours logged in}; undefined (empty) with no logged-in
 *       time, never NaN, never 0.</li>
 *   <li>{@link #occupancyPercent()} is {@code handle time / logged-in time x 100}; undefined with no
 *       logged-in time. It is <b>not clamped</b>: it exceeds 100 when an agent handles concurrent chats
 *       or when handled work falls outside the sessions given.</li>
 * </ul>
 *
 * @param tickets the tickets counted as work, not negative
 * @param interactions the handled interactions counted, not negative
 * @param handleNanos their total handle time in nanoseconds, not negative
 * @param sessions the logged-in sessions counted, not negative
 * @param loggedInNanos their total logged-in time in nanoseconds, not negative
 */
public record AgentWork(long tickets, long interactions, long handleNanos, long sessions, long loggedInNanos)
        implements Tally<AgentWork> {
    private static final double NANOS_PER_HOUR = 3_600e9;

    /** Nothing: the identity of {@link #plus}. */
    public static final AgentWork EMPTY = new AgentWork(0, 0, 0, 0, 0);

    /**
     * Validates the counts.
     *
     * @throws IllegalArgumentException if a count or time is negative, or the records counted,
     *     {@code tickets + interactions + sessions}, exceed {@link Long#MAX_VALUE}
     */
    public AgentWork {
        nonNegative(tickets, "tickets");
        nonNegative(interactions, "interactions");
        nonNegative(handleNanos, "handleNanos");
        nonNegative(sessions, "sessions");
        nonNegative(loggedInNanos, "loggedInNanos");
        if (tickets > Long.MAX_VALUE - interactions || tickets + interactions > Long.MAX_VALUE - sessions) {
            throw new IllegalArgumentException("tickets + interactions + sessions must be at most "
                    + Long.MAX_VALUE + ": " + tickets + " + " + interactions + " + " + sessions);
        }
    }

    private static void nonNegative(long v, String name) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + v);
        }
    }

    /**
     * The work and time of both.
     *
     * @param o the other tally
     * @return the sums
     * @throws ArithmeticException if the records counted, the handle time or the logged-in time of both
     *     exceed {@link Long#MAX_VALUE} (nanoseconds: about 292 years), naming the sum and both values
     */
    @Override
    public AgentWork plus(AgentWork o) {
        sum("records counted (tickets + interactions + sessions)", sampleSize(), o.sampleSize());
        return new AgentWork(tickets + o.tickets, interactions + o.interactions,
                sum("handleNanos", handleNanos, o.handleNanos), sessions + o.sessions,
                sum("loggedInNanos", loggedInNanos, o.loggedInNanos));
    }

    /** {@code a + b}, or an {@link ArithmeticException} naming the sum and both values. */
    private static long sum(String name, long a, long b) {
        if (a > Long.MAX_VALUE - b) {
            throw new ArithmeticException(name + " must be at most " + Long.MAX_VALUE + " when merged: " + a
                    + " + " + b);
        }
        return a + b;
    }

    /**
     * A running sum of nanoseconds of the records accumulated, or an {@link ArithmeticException} naming it and
     * the values when it would exceed about 292 years.
     */
    private static long addNanos(String what, long sum, long nanos) {
        if (sum > Long.MAX_VALUE - nanos) {
            throw new ArithmeticException("sum of " + what + " exceeds " + Duration.ofNanos(Long.MAX_VALUE)
                    + " (Long.MAX_VALUE nanoseconds): " + Duration.ofNanos(sum) + " + " + Duration.ofNanos(nanos));
        }
        return sum + nanos;
    }

    /** The records counted: tickets, plus handled interactions, plus sessions. */
    @Override
    public long sampleSize() {
        return tickets + interactions + sessions;
    }

    /**
     * The total handle time of the counted interactions.
     *
     * @return the handle time; zero when none
     */
    public Duration handleTime() {
        return Duration.ofNanos(handleNanos);
    }

    /**
     * The total logged-in time.
     *
     * @return the logged-in time; zero when none
     */
    public Duration loggedIn() {
        return Duration.ofNanos(loggedInNanos);
    }

    /**
     * Tickets per logged-in hour: {@code tickets / (loggedIn in hours)}.
     *
     * @return a value of at least 0; empty when there is no logged-in time, never NaN
     */
    public OptionalDouble ticketsPerHour() {
        return loggedInNanos == 0 ? OptionalDouble.empty() : OptionalDouble.of(tickets * NANOS_PER_HOUR / loggedInNanos);
    }

    /**
     * Occupancy: {@code handle time / logged-in time x 100}.
     *
     * @return a percentage of at least 0, not clamped (may exceed 100 with concurrent work); empty when there
     *     is no logged-in time, never NaN
     */
    public OptionalDouble occupancyPercent() {
        return loggedInNanos == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * handleNanos / loggedInNanos);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "AgentWork[%d tickets, %d interactions handled in %s, %d sessions logged in %s]",
                tickets, interactions, handleTime(), sessions, loggedIn());
    }

    /** A metric counting the records that match as work (tickets). */
    static <T> Metric<T, AgentWork> counting(String id, Predicate<? super T> counted) {
        Objects.requireNonNull(counted, "counted");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, AgentWork>() {
            private long n;

            @Override
            public void accept(T record) {
                if (counted.test(record)) {
                    n++;
                }
            }

            @Override
            public AgentWork tally() {
                return new AgentWork(n, 0, 0, 0, 0);
            }
        });
    }

    /**
     * A metric summing the handle time in nanoseconds of the records that match; its accumulator throws an
     * {@link ArithmeticException} naming the sum and the values when the sum exceeds about 292 years.
     */
    static <T> Metric<T, AgentWork> handling(String id, Predicate<? super T> handled, ToLongFunction<? super T> nanos) {
        Objects.requireNonNull(handled, "handled");
        Objects.requireNonNull(nanos, "nanos");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, AgentWork>() {
            private long n;
            private long sum;

            @Override
            public void accept(T record) {
                if (handled.test(record)) {
                    sum = addNanos("handle times", sum, nanos.applyAsLong(record));
                    n++;
                }
            }

            @Override
            public AgentWork tally() {
                return new AgentWork(0, n, sum, 0, 0);
            }
        });
    }

    /**
     * A metric summing the logged-in time in nanoseconds of every record; its accumulator throws an
     * {@link ArithmeticException} naming the sum and the values when the sum exceeds about 292 years.
     */
    static <T> Metric<T, AgentWork> loggedIn(String id, ToLongFunction<? super T> nanos) {
        Objects.requireNonNull(nanos, "nanos");
        return Metric.of(id, EMPTY, () -> new Accumulator<T, AgentWork>() {
            private long n;
            private long sum;

            @Override
            public void accept(T record) {
                sum = addNanos("logged-in times", sum, nanos.applyAsLong(record));
                n++;
            }

            @Override
            public AgentWork tally() {
                return new AgentWork(0, 0, 0, n, sum);
            }
        });
    }
}
