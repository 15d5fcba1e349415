package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Frequencies;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * Knowledge-base views: article views counted per article, for the total and the top articles. Catalogue
 * M46 ([000]).
 *
 * <p>{@code count(SELF_SERVICE interactions) per articleId}, as {@link Frequencies}: {@link Frequencies#total()}
 * is the number of views, {@link Frequencies#top(int)} the most viewed articles.
 * <ul>
 *   <li>No views: a total of zero (a count is defined with no data); shares are undefined.</li>
 *   <li>A view with no article id counts in {@link Frequencies#absent()} and in the total.</li>
 *   <li>Interactions of other kinds are ignored.</li>
 * </ul>
 * No knobs: the definition is the formula text. Immutable and thread-safe.
 */
public final class KnowledgeBaseViews extends DefinedMetric<Interaction, Frequencies<String>, String> {
    /** The metric's id. */
    public static final String ID = "kb.views";
    /** The definition: the formula. */
    public static final String FORMULA = "count(self-service interactions) per article";
    private static final KnowledgeBaseViews DEFAULT = new KnowledgeBaseViews();

    private KnowledgeBaseViews() {
        super(ID, FORMULA, Frequencies.metric(ID, i -> i.kind() == InteractionKind.SELF_SERVICE,
                i -> i.articleId().orElse(null)));
    }

    /** @return the metric */
    public static KnowledgeBaseViews defaults() {
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
