package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.util.Objects;

/** The standard dimensions of interactions. {@link #AGENT} is a high-cardinality dimension. */
public final class InteractionDimensions {
    private InteractionDimensions() {}

    /** By channel. */
    public static final Dimension<Interaction, Channel> CHANNEL = Dimension.of("channel", i -> i.channel().orElse(null));
    /** By the agent who acted or answered: high cardinality. */
    public static final Dimension<Interaction, String> AGENT = Dimension.of("agent", i -> i.agentId().orElse(null));
    /**
     * By the agent a call or chat was routed to ({@link Interaction#routedToAgentId()}), abandoned or not:
     * high cardinality.
     */
    public static final Dimension<Interaction, String> ROUTED_AGENT =
            Dimension.of("routed.agent", i -> i.routedToAgentId().orElse(null));
    /** By kind. */
    public static final Dimension<Interaction, InteractionKind> KIND = Dimension.of("kind", Interaction::kind);

    /**
     * By a free attribute, such as {@code queue} or {@code skill}: an interaction without it is in the
     * segmented tally's absent part, so the segments and the absent part add up to the total.
     *
     * @param name the attribute name, also the dimension's name
     * @return the dimension
     */
    public static Dimension<Interaction, String> attribute(String name) {
        Objects.requireNonNull(name, "name");
        return Dimension.of(name, i -> i.attributes().get(name));
    }
}
