package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import java.util.Objects;

/**
 * The standard dimensions of tickets. A ticket with no value for a dimension (no channel, unassigned)
 * falls in the segmented tally's {@link Segmented#absent() absent} part.
 *
 * <p>{@link #AGENT} and {@link #CUSTOMER} are high-cardinality dimensions: one tally per distinct key.
 */
public final class TicketDimensions {
    private TicketDimensions() {}

    /** By channel. */
    public static final Dimension<Ticket, Channel> CHANNEL = Dimension.of("channel", t -> t.channel().orElse(null));
    /** By priority. */
    public static final Dimension<Ticket, Priority> PRIORITY = Dimension.of("priority", t -> t.priority().orElse(null));
    /** By category. */
    public static final Dimension<Ticket, String> CATEGORY = Dimension.of("category", t -> t.category().orElse(null));
    /** By product. */
    public static final Dimension<Ticket, String> PRODUCT = Dimension.of("product", t -> t.product().orElse(null));
    /** By team. */
    public static final Dimension<Ticket, String> TEAM = Dimension.of("team", t -> t.team().orElse(null));
    /** By assigned agent: high cardinality. */
    public static final Dimension<Ticket, String> AGENT = Dimension.of("agent", t -> t.assignee().orElse(null));
    /** By customer: high cardinality. */
    public static final Dimension<Ticket, String> CUSTOMER = Dimension.of("customer", t -> t.customerId().orElse(null));
    /** By current status kind. */
    public static final Dimension<Ticket, Status> STATUS = Dimension.of("status", Ticket::status);

    /**
     * By a free attribute, such as {@code tier} or {@code region}.
     *
     * @param name the attribute name, also the dimension's name
     * @return the dimension
     */
    public static Dimension<Ticket, String> attribute(String name) {
        Objects.requireNonNull(name, "name");
        return Dimension.of(name, t -> t.attributes().get(name));
    }
}
