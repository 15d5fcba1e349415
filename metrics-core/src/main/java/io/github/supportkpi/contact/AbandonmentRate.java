package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Call abandonment rate: the share of offered calls the caller left before an answer. Catalogue M41
 * ([004]; [001] gives the same number as {@code (received - handled) / received}).
 *
 * <p>{@code abandoned / offered x 100}, over inbound ({@link Interaction#isOffered() offered}) interactions of
 * the definition's kinds (calls by default), leaving out short abandons: abandoned with
 * {@code queueWait < shortAbandonThreshold} (default {@code 0 s}: none left out) [004]. An abandon whose wait is
 * unknown is never a short abandon: with a threshold above {@code 0 s} it counts as a long abandon by default,
 * or is left out or refused ({@link UnknownWait}).
 * <ul>
 *   <li>Undefined (empty) when no call is offered (or all offered calls are short abandons); never NaN,
 *       never 0.</li>
 *   <li>Within [0, 100] when defined; it never rises as the short-abandon threshold grows.</li>
 *   <li>Outbound calls, other kinds (chats unless chosen, messages, notes, article views) are ignored.</li>
 *   <li>A call answered by a bot (IVR, voice bot) is answered, not abandoned.</li>
 * </ul>
 * Knobs ({@link AbandonmentDefinition}): short-abandon threshold (0 s), kinds ({CALL}), unknown wait
 * (COUNT_AS_LONG). Immutable and
 * thread-safe.
 */
public final class AbandonmentRate extends DefinedMetric<Interaction, Ratio, AbandonmentDefinition> {
    /** The metric's id. */
    public static final String ID = "abandon.rate";
    private static final AbandonmentRate DEFAULT = new AbandonmentRate(AbandonmentDefinition.DEFAULT);

    private AbandonmentRate(AbandonmentDefinition d) {
        super(ID, d, Ratio.metric(ID,
                d::considers,
                Interaction::abandoned));
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static AbandonmentRate of(AbandonmentDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(AbandonmentDefinition.DEFAULT) ? DEFAULT : new AbandonmentRate(definition);
    }

    /** @return every abandoned call counts */
    public static AbandonmentRate defaults() {
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
