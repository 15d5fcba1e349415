package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Ratio;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * AI utilization: the share of interactions handled by AI, bots or automation. Catalogue M45 ([000]).
 *
 * <p>{@code bot-handled interactions / all interactions x 100}, over every interaction fed. Bot-handled
 * means: a {@code BOT_REPLY} (by a bot or by the help desk's automations, actor {@code BOT} or
 * {@code SYSTEM}), or a call or chat answered (not abandoned) by actor {@code BOT}.
 * <ul>
 *   <li>Undefined (empty) with no interactions; never NaN, never 0.</li>
 *   <li>Within [0, 100] when defined.</li>
 *   <li>Internal notes written by bots are not counted as handling: the customer sees nothing.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class AiUtilization extends DefinedMetric<Interaction, Ratio, String> {
    /** The metric's id. */
    public static final String ID = "ai.rate";
    /** The definition: the formula. */
    public static final String FORMULA = "bot replies and bot-answered calls and chats / all interactions x 100";
    private static final AiUtilization DEFAULT = new AiUtilization();

    private AiUtilization() {
        super(ID, FORMULA, Ratio.metric(ID, i -> true, AiUtilization::botHandled));
    }

    private static boolean botHandled(Interaction i) {
        return i.kind() == InteractionKind.BOT_REPLY || (i.isAnswered() && i.actor() == Actor.BOT);
    }

    /** @return the metric */
    public static AiUtilization defaults() {
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
