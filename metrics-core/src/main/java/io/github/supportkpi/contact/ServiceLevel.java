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
 * Service level: the share of offered calls answered within a target time ("80/20": 80% within 20 s).
 * Catalogue M42 (contact-centre convention).
 *
 * <p>{@code answered with queueWait <= T / offered x 100}, over inbound interactions of the definition's
 * kinds (calls by default), with abandons counted as the {@link ServiceLevelDefinition} says:
 * <ul>
 *   <li>{@code IN_DENOMINATOR} (default): abandons are offered calls that missed the target (or met it, when
 *       {@code abandonsWithinTargetMeet} and they left within T);</li>
 *   <li>{@code EXCLUDED}: abandons are left out: answered within T / answered;</li>
 *   <li>{@code SHORT_EXCLUDED}: abandons with {@code queueWait < shortAbandonThreshold} are left out, the rest
 *       count as with {@code IN_DENOMINATOR}.</li>
 * </ul>
 * Edge cases:
 * <ul>
 *   <li>Undefined (empty) when no call is considered; never NaN, never 0.</li>
 *   <li>Within [0, 100] when defined; it never falls as T grows.</li>
 *   <li>A call answered by a bot counts as answered. Outbound calls and other kinds are ignored.</li>
 *   <li>A call of unknown queue wait never meets the target and is never a short abandon: by default it is
 *       counted as a long wait (in the denominator, missed), or left out or refused ({@link UnknownWait}).</li>
 * </ul>
 * Knobs (defaults): T (20 s), abandons (IN_DENOMINATOR), short-abandon threshold (0 s), abandons within T
 * meet (no), kinds ({CALL}), unknown wait (COUNT_AS_LONG). Immutable and thread-safe.
 */
public final class ServiceLevel extends DefinedMetric<Interaction, Ratio, ServiceLevelDefinition> {
    /** The metric's id. */
    public static final String ID = "service.level";
    private static final ServiceLevel DEFAULT = new ServiceLevel(ServiceLevelDefinition.DEFAULT);

    private ServiceLevel(ServiceLevelDefinition d) {
        super(ID, d, Ratio.metric(ID, d::considers, d::meets));
    }

    /**
     * The metric with these knobs.
     *
     * @param definition the knobs
     * @return the metric
     */
    public static ServiceLevel of(ServiceLevelDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return definition.equals(ServiceLevelDefinition.DEFAULT) ? DEFAULT : new ServiceLevel(definition);
    }

    /** @return 80/20 convention: within 20 s, abandons in the denominator */
    public static ServiceLevel defaults() {
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
