package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketFacts;
import java.util.Objects;
import java.util.function.Function;

/**
 * The standard dimensions of tickets. A ticket with no value for a dimension (no channel, unassigned)
 * falls in the segmented tally's {@link Segmented#absent() absent} part.
 *
 * <p>{@link #AGENT}, {@link #FIRST_REPLIER} and {@link #CUSTOMER} are high-cardinality dimensions: one tally per distinct key.
 */
public final class TicketDimensions {
    private TicketDimensions() {}

    /** By channel. */
    public static final Dimension<Ticket, Channel> CHANNEL = Dimension.of("channel",
            new FactsKey<>(null, t -> t.channel().orElse(null), TicketFacts::channel));
    /** By priority. */
    public static final Dimension<Ticket, Priority> PRIORITY = Dimension.of("priority",
            new FactsKey<>(Priority.values(), t -> t.priority().orElse(null), TicketFacts::priority));
    /** By category. */
    public static final Dimension<Ticket, String> CATEGORY = Dimension.of("category",
            new FactsKey<>(null, t -> t.category().orElse(null), TicketFacts::category));
    /** By product. */
    public static final Dimension<Ticket, String> PRODUCT = Dimension.of("product", t -> t.product().orElse(null));
    /** By team. */
    public static final Dimension<Ticket, String> TEAM = Dimension.of("team", t -> t.team().orElse(null));
    /** By assigned agent: high cardinality. */
    public static final Dimension<Ticket, String> AGENT = Dimension.of("agent", t -> t.assignee().orElse(null));
    /**
     * By the agent of the first public reply by a human agent ({@link Ticket#firstReplier()}): first response
     * time credited to who replied, not to whom the ticket is assigned now. Tickets no human agent answered
     * (or whose reply names no agent) fall in the absent part. High cardinality.
     */
    public static final Dimension<Ticket, String> FIRST_REPLIER =
            Dimension.of("first.replier", t -> t.firstReplier().orElse(null));
        /** By customer: high cardinality. */
    public static final Dimension<Ticket, String> CUSTOMER = Dimension.of("customer", t -> t.customerId().orElse(null));
    /** By who created the ticket (customer, agent, automation); tickets with no recorded origin are absent. */
    public static final Dimension<Ticket, Origin> ORIGIN = Dimension.of("origin", t -> t.origin().orElse(null));
    /** By current status kind. */
    public static final Dimension<Ticket, Status> STATUS = Dimension.of("status",
            new FactsKey<>(Status.values(), Ticket::status, TicketFacts::status));
    /**
     * By the help desk's own name for the current status ({@link Ticket#statusName()}: {@code "Escalated"},
     * {@code "Waiting on third party"}), as the source spelled it; a ticket without one is absent. Names that
     * differ only in case or spacing are different keys here: map them to one spelling when reading.
     */
    public static final Dimension<Ticket, String> STATUS_NAME =
            Dimension.of("status.name", t -> t.statusName().orElse(null));

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

    /**
     * The key of a ticket dimension that its facts give too, so a pass that derived them (or a table) needs
     * no {@code Ticket} access for it; for an enum key, also the key's ordinal, so segments are found by index.
     */
    static final class FactsKey<K extends Comparable<? super K>> implements Function<Ticket, K> {
        /** The enum's constants, in ordinal order; null for other keys. */
        final K[] values;
        private final Function<Ticket, K> ofTicket;
        private final Function<TicketFacts, K> ofFacts;

        FactsKey(K[] values, Function<Ticket, K> ofTicket, Function<TicketFacts, K> ofFacts) {
            this.values = values;
            this.ofTicket = ofTicket;
            this.ofFacts = ofFacts;
        }

        @Override
        public K apply(Ticket t) {
            return ofTicket.apply(t);
        }

        K of(TicketFacts f) {
            return ofFacts.apply(f);
        }
    }
}
