package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Self-service utilization: the share of interactions that were self-service sessions (help-centre article
 * views). Catalogue M44 ([000]).
 *
 * <p>{@code SELF_SERVICE interactions / all interactions x 100}, over every interaction fed, of any kind
 * (customer messages, replies, notes, bot replies, calls, chats, self-service).
 * <ul>
 *   <li>Undefined (empty) with no interactions; never NaN, never 0.</li>
 *   <li>Within [0, 100] when defined.</li>
 *   <li>To leave out internal notes or outbound calls, {@link #filter} the metric.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class SelfServiceUtilization extends DefinedMetric<Interaction, Ratio, String> {
    /** The metric's id. */
    public static final String ID = "self.service.rate";
    /** The definition: the formula. */
    public static final String FORMULA = "self-service interactions / all interactions x 100";
    private static final SelfServiceUtilization DEFAULT = new SelfServiceUtilization();

    private SelfServiceUtilization() {
        super(ID, FORMULA, Ratio.metric(ID, i -> true, i -> i.kind() == InteractionKind.SELF_SERVICE));
    }

    /** @return the metric */
    public static SelfServiceUtilization defaults() {
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
