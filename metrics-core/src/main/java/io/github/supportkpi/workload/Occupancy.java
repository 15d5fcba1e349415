package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.SessionDimensions;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Occupancy: the share of logged-in time agents spent handling contacts. Catalogue M38 ([001]).
 *
 * <p>{@code handle time / logged-in time x 100}: handle time is {@link Interaction#handleTime()}
 * (talk + hold + after-contact work) of the interactions acted on by a human agent (actor {@code AGENT}:
 * answered or outbound calls and chats, replies, internal notes); the logged-in time comes from
 * {@code AgentSession}s through {@link LoggedInTime}, merged with {@link AgentWork#plus}:
 * <pre>{@code
 * OptionalDouble occupancy = Occupancy.defaults().over(interactions)
 *         .plus(LoggedInTime.defaults().over(sessions)).occupancyPercent();
 * }</pre>
 * <ul>
 *   <li>Undefined (empty) without logged-in time; never NaN, never 0.</li>
 *   <li><b>May exceed 100%</b>, and is never clamped: an agent handling two chats at once books both
 *       chats' handle time against one stretch of logged-in time; work outside the sessions given also
 *       counts. Such a value is a finding, not an error.</li>
 *   <li>Interactions not by a human agent (customer messages, bot replies, abandoned or bot-answered
 *       calls, article views) are ignored.</li>
 *   <li>Per agent: segment interactions by {@link InteractionDimensions#AGENT} and sessions by
 *       {@link SessionDimensions#AGENT}, and merge (high cardinality).</li>
 * </ul>
 * No knobs: the definition is the formula text. Handle times are durations, not instants, so there is no
 * business-hours knob on this side; the logged-in side has one. Immutable and thread-safe.
 *
 * <p>Its accumulator throws an {@link IllegalArgumentException} for an interaction whose handle time
 * (talk + hold + after-contact work) exceeds {@code Long.MAX_VALUE} nanoseconds (about 292 years), naming the
 * interaction and the handle time, and an {@link ArithmeticException} when the sum of the handle times does,
 * naming the sum and the values.
 */
public final class Occupancy extends DefinedMetric<Interaction, AgentWork, String> {
    /** The metric's id. */
    public static final String ID = "occupancy";
    /** The definition: the formula. */
    public static final String FORMULA = "handle time of agent interactions / logged-in time x 100";
    private static final Occupancy DEFAULT = new Occupancy();

    private Occupancy() {
        super(ID, FORMULA, AgentWork.handling(ID, i -> i.actor() == Actor.AGENT && !i.abandoned(),
                Occupancy::handleNanos));
    }

    /** Talk + hold + after-contact work of one interaction, refused beyond a long of nanoseconds. */
    private static long handleNanos(Interaction i) {
        long talk = i.talk().toNanos();
        long hold = i.hold().toNanos();
        long after = i.afterContact().toNanos();
        if (talk > Long.MAX_VALUE - hold || talk + hold > Long.MAX_VALUE - after) {
            throw new IllegalArgumentException("handle time must be at most " + Duration.ofNanos(Long.MAX_VALUE)
                    + " (about 292 years) for " + ID + ": " + i.kind() + " at " + i.at() + ", handle time "
                    + i.handleTime());
        }
        return talk + hold + after;
    }

    /** @return the metric */
    public static Occupancy defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets an interaction in a trend of this metric: when it happened, {@link Interaction#at()}
     * (for a call or chat, when it was offered to the queue).
     *
     * @return {@code Interaction::at}
     */
    @Override
    public Optional<Function<? super Interaction, Instant>> bucketInstant() {
        return Optional.of(Interaction::at);
    }
}
