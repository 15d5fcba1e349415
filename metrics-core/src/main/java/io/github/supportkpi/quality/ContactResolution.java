package io.github.supportkpi.quality;

import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Contact resolution rate: the share of contacts resolved on the contact itself, as a call log or chat
 * export records it per contact ("Resolved: Y/N"). Catalogue M20 (first contact resolution) and M22
 * (resolution rate) measured over contacts rather than tickets: each contact with a recorded outcome is
 * one first contact, resolved on it or not.
 *
 * <p>{@code contacts resolved on the contact / contacts with a recorded outcome x 100}, over interactions of
 * the definition's kinds (calls and chats by default), as a {@link Ratio}.
 * <ul>
 *   <li>A contact with no recorded outcome ({@link Interaction#outcome()} empty) is left out of numerator
 *       and denominator: never counted as unresolved, never as resolved.</li>
 *   <li>An abandoned call is never resolved; with {@code NOT_RESOLVED} recorded it is in the denominator.</li>
 *   <li>Undefined (empty) when no contact has a recorded outcome; never NaN, never 0.</li>
 *   <li>Within [0, 100] when defined.</li>
 * </ul>
 * Knob ({@link ContactResolutionDefinition}): kinds ({CALL, CHAT}). Immutable and thread-safe.
 */
public final class ContactResolution extends DefinedMetric<Interaction, Ratio, ContactResolutionDefinition> {
    /** The metric's id. */
    public static final String ID = "contact.resolution";
    private static final ContactResolution DEFAULT = new ContactResolution(ContactResolutionDefinition.DEFAULT);

    private ContactResolution(ContactResolutionDefinition d) {
        super(ID, d, Ratio.metric(ID, i -> d.kinds().contains(i.kind()) && i.outcome().isPresent(),
                i -> i.outcome().orElseThrow() == ContactOutcome.RESOLVED));
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static ContactResolution of(ContactResolutionDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(ContactResolutionDefinition.DEFAULT) ? DEFAULT : new ContactResolution(definition);
    }

    /** @return calls and chats */
    public static ContactResolution defaults() {
        return DEFAULT;
    }

    /**
     * The instant that buckets an interaction in a trend of this metric: when it happened,
     * {@link Interaction#at()}.
     *
     * @return {@code Interaction::at}
     */
    @Override
    public Optional<Function<? super Interaction, Instant>> bucketInstant() {
        return Optional.of(Interaction::at);
    }
}
