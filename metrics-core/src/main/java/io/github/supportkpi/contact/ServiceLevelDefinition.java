package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.UnknownWait;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * How the service level (catalogue M42) is measured: the share of offered contacts answered within a
 * target time. Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code target} (default {@code 20 s}, the "80/20" contact-centre convention): a contact is
 *       answered in time when {@code queueWait <= target} (within, inclusive).</li>
 *   <li>{@code abandons} (default {@link Abandons#IN_DENOMINATOR}): how abandoned contacts count; see
 *       {@link Abandons}.</li>
 *   <li>{@code shortAbandonThreshold} (default {@code 0 s}): used only with
 *       {@link Abandons#SHORT_EXCLUDED}; an abandon with {@code queueWait < shortAbandonThreshold} is
 *       excluded, as in {@link AbandonmentDefinition}.</li>
 *   <li>{@code abandonsWithinTargetMeet} (default {@code false}): whether an abandon with
 *       {@code queueWait <= target} counts as meeting the target (some contact centres treat a caller
 *       who left quickly as not failed). Must be false with {@link Abandons#EXCLUDED}, where no abandon is
 *       counted at all.</li>
 *   <li>{@code kinds} (default {@code {CALL}}): the queued kinds measured.</li>
 *   <li>{@code unknownWait} (default {@link UnknownWait#COUNT_AS_LONG}): a contact whose queue wait is
 *       unknown, where the wait is needed (an answer; an abandon under {@code SHORT_EXCLUDED} with a
 *       threshold above {@code 0 s}, or under {@code abandonsWithinTargetMeet}): counted as a long wait, in
 *       the denominator and not meeting the target ({@code COUNT_AS_LONG}), left out of numerator and
 *       denominator ({@code EXCLUDE}), or refused ({@code REFUSE}). An unknown wait never meets the target
 *       and is never a short abandon.</li>
 * </ul>
 *
 * @param target the answer-time target, not negative
 * @param abandons how abandoned contacts count
 * @param shortAbandonThreshold the short-abandon threshold for {@link Abandons#SHORT_EXCLUDED}, not negative
 * @param abandonsWithinTargetMeet whether abandons within the target count as met
 * @param kinds the queued kinds measured; not empty, only queued kinds
 * @param unknownWait how a contact of unknown queue wait counts where its wait is needed
 */
public record ServiceLevelDefinition(
        Duration target,
        Abandons abandons,
        Duration shortAbandonThreshold,
        boolean abandonsWithinTargetMeet,
        Set<InteractionKind> kinds,
        UnknownWait unknownWait) {

    /** How abandoned contacts count in the service level. */
    public enum Abandons {
        /** Every abandon is in the denominator and (unless {@code abandonsWithinTargetMeet}) misses: the default. */
        IN_DENOMINATOR,
        /** Abandons are left out entirely: answered within target / answered. */
        EXCLUDED,
        /** Short abandons (wait below {@code shortAbandonThreshold}) are left out; other abandons are in the denominator. */
        SHORT_EXCLUDED
    }

    /**
     * 80/20 convention: target {@code 20 s}, abandons in the denominator and not met, calls only, an unknown
     * wait counted as long.
     */
    public static final ServiceLevelDefinition DEFAULT = new ServiceLevelDefinition(
            Duration.ofSeconds(20), Abandons.IN_DENOMINATOR, Duration.ZERO, false, QueuedKinds.CALLS);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a duration is negative, {@code kinds} is empty or holds a kind that
     *     does not queue, or {@code abandonsWithinTargetMeet} is set while abandons are excluded
     */
    public ServiceLevelDefinition {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(abandons, "abandons");
        Objects.requireNonNull(shortAbandonThreshold, "shortAbandonThreshold");
        Objects.requireNonNull(unknownWait, "unknownWait");
        if (target.isNegative()) {
            throw new IllegalArgumentException("target must not be negative: " + target);
        }
        if (shortAbandonThreshold.isNegative()) {
            throw new IllegalArgumentException("shortAbandonThreshold must not be negative: " + shortAbandonThreshold);
        }
        if (abandonsWithinTargetMeet && abandons == Abandons.EXCLUDED) {
            throw new IllegalArgumentException(
                    "abandonsWithinTargetMeet must be false when abandons are EXCLUDED: " + abandonsWithinTargetMeet);
        }
        kinds = QueuedKinds.check(kinds);
    }

    /**
     * A definition that counts a contact of unknown wait as a long wait ({@link UnknownWait#COUNT_AS_LONG}).
     *
     * @param target see the record
     * @param abandons see the record
     * @param shortAbandonThreshold see the record
     * @param abandonsWithinTargetMeet see the record
     * @param kinds see the record
     */
    public ServiceLevelDefinition(Duration target, Abandons abandons, Duration shortAbandonThreshold,
            boolean abandonsWithinTargetMeet, Set<InteractionKind> kinds) {
        this(target, abandons, shortAbandonThreshold, abandonsWithinTargetMeet, kinds, UnknownWait.COUNT_AS_LONG);
    }

    /** @param rule how a contact of unknown queue wait counts @return a copy */
    public ServiceLevelDefinition withUnknownWait(UnknownWait rule) {
        return new ServiceLevelDefinition(target, abandons, shortAbandonThreshold, abandonsWithinTargetMeet, kinds,
                rule);
    }

    /** @param t the target @return a copy with this target */
    public ServiceLevelDefinition withTarget(Duration t) {
        return new ServiceLevelDefinition(t, abandons, shortAbandonThreshold, abandonsWithinTargetMeet, kinds, unknownWait);
    }

    /** @param a how abandons count @return a copy */
    public ServiceLevelDefinition withAbandons(Abandons a) {
        return new ServiceLevelDefinition(target, a, shortAbandonThreshold, abandonsWithinTargetMeet, kinds, unknownWait);
    }

    /** @param t the short-abandon threshold @return a copy */
    public ServiceLevelDefinition withShortAbandonThreshold(Duration t) {
        return new ServiceLevelDefinition(target, abandons, t, abandonsWithinTargetMeet, kinds, unknownWait);
    }

    /** @param meet whether abandons within the target count as met @return a copy */
    public ServiceLevelDefinition withAbandonsWithinTargetMeet(boolean meet) {
        return new ServiceLevelDefinition(target, abandons, shortAbandonThreshold, meet, kinds, unknownWait);
    }

    /** @param k the queued kinds measured @return a copy */
    public ServiceLevelDefinition withKinds(Set<InteractionKind> k) {
        return new ServiceLevelDefinition(target, abandons, shortAbandonThreshold, abandonsWithinTargetMeet, k, unknownWait);
    }

    /**
     * Whether an interaction is in the denominator: offered (inbound), of a measured kind, and not an
     * abandon this definition leaves out.
     *
     * @param i the interaction
     * @return true when it counts
     */
    public boolean considers(Interaction i) {
        if (!i.isOffered() || !kinds.contains(i.kind())) {
            return false;
        }
        if (i.abandoned() && abandons == Abandons.EXCLUDED) {
            return false;
        }
        if (!i.hasQueueWait()) {
            boolean needed = lacksNeededWait(i);
            if (needed && unknownWait == UnknownWait.EXCLUDE) {
                return false;
            }
            if (needed && unknownWait == UnknownWait.REFUSE) {
                throw new IllegalArgumentException(
                        "queueWait must be known for " + ServiceLevel.ID + " (unknownWait REFUSE): " + i);
            }
            return true;
        }
        return !i.abandoned() || abandons != Abandons.SHORT_EXCLUDED
                || i.knownQueueWait().compareTo(shortAbandonThreshold) >= 0;
    }

    /**
     * Whether this definition needs the interaction's queue wait and does not have it: an offered contact of
     * a measured kind whose wait is unknown, answered, or abandoned where the wait decides (a short abandon
     * under {@link Abandons#SHORT_EXCLUDED} with a threshold above zero, or {@code abandonsWithinTargetMeet}),
     * and not an abandon {@link Abandons#EXCLUDED} leaves out anyway. These are the contacts
     * {@link UnknownWait#EXCLUDE} leaves out and {@link UnknownWait#REFUSE} refuses; count them with
     * {@code Count.metric("service.level.unknown.wait", definition::lacksNeededWait)}.
     *
     * @param i the interaction
     * @return true when its unknown wait is needed
     */
    public boolean lacksNeededWait(Interaction i) {
        if (!i.isOffered() || !kinds.contains(i.kind()) || i.hasQueueWait()) {
            return false;
        }
        if (!i.abandoned()) {
            return true;
        }
        return abandons != Abandons.EXCLUDED && (abandonsWithinTargetMeet
                || (abandons == Abandons.SHORT_EXCLUDED && !shortAbandonThreshold.isZero()));
    }

    /**
     * Whether a considered interaction meets the target: answered with {@code queueWait <= target}, or
     * abandoned within the target when {@code abandonsWithinTargetMeet}. A contact of unknown wait never
     * meets the target.
     *
     * @param i a considered interaction
     * @return true when it meets the target
     */
    public boolean meets(Interaction i) {
        boolean inTime = i.hasQueueWait() && i.knownQueueWait().compareTo(target) <= 0;
        return inTime && (!i.abandoned() || abandonsWithinTargetMeet);
    }
}
