package io.github.supportkpi.spark;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * How DataFrame rows become {@link Interaction}s: the column convention for interactions, and ways to read
 * other columns. Immutable and serializable.
 *
 * <table>
 *   <caption>The interaction columns</caption>
 *   <tr><th>column</th><th>type</th><th>field</th></tr>
 *   <tr><td>{@code interaction_id}</td><td>string</td><td>id</td></tr>
 *   <tr><td>{@code ticket_id}</td><td>string</td><td>the ticket it belongs to</td></tr>
 *   <tr><td>{@code kind} (required)</td><td>string</td><td>{@code customer_message}, {@code agent_reply},
 *       {@code internal_note}, {@code bot_reply}, {@code call}, {@code chat}, {@code self_service} (case and
 *       spaces or hyphens for underscores do not matter)</td></tr>
 *   <tr><td>{@code at} (required)</td><td>timestamp</td><td>when; for calls and chats, when offered</td></tr>
 *   <tr><td>{@code actor}</td><td>string</td><td>{@code customer}, {@code agent}, {@code bot},
 *       {@code system}; when null, the one the kind implies</td></tr>
 *   <tr><td>{@code agent_id}, {@code customer_id}, {@code channel}, {@code article_id}</td><td>string</td>
 *       <td></td></tr>
 *   <tr><td>{@code direction}</td><td>string</td><td>{@code inbound} (when null) or {@code outbound}</td></tr>
 *   <tr><td>{@code queue_wait}</td><td>interval day to second, or a number of seconds</td><td>for calls and
 *       chats, unknown when null (each wait-based definition has a rule for unknown waits,
 *       {@code UnknownWait}); zero for other kinds</td></tr>
 *   <tr><td>{@code talk}, {@code hold}, {@code after_contact}</td><td>interval day to second, or a number of
 *       seconds</td><td>zero when null</td></tr>
 *   <tr><td>{@code abandoned}</td><td>boolean</td><td>false when null</td></tr>
 *   <tr><td>{@code outcome}</td><td>string</td><td>the contact's own outcome, {@code resolved} or
 *       {@code not_resolved}; not recorded when null</td></tr>
 *   <tr><td>{@code routed_agent_id}</td><td>string</td><td>the agent a queued contact was routed to, even
 *       when abandoned</td></tr>
 *   <tr><td>{@code attributes}</td><td>map of string to string</td><td>free attributes (queue, skill,
 *       ...)</td></tr>
 * </table>
 * Null is absent; timestamps are read to the microsecond, Spark's precision. The same columns are the fields
 * of the structs of a ticket's {@code interactions} array ({@link TicketColumns}), where {@code ticket_id},
 * when present, must be the ticket's id.
 */
public final class InteractionColumns extends ColumnMapping<Interaction> {
    private static final long serialVersionUID = 1L;

    static final int ID = 0;
    static final int TICKET = 1;
    static final int KIND = 2;
    static final int AT = 3;
    static final int ACTOR = 4;
    static final int AGENT = 5;
    static final int CUSTOMER = 6;
    static final int CHANNEL = 7;
    static final int DIRECTION = 8;
    static final int QUEUE_WAIT = 9;
    static final int ABANDONED = 10;
    static final int TALK = 11;
    static final int HOLD = 12;
    static final int AFTER_CONTACT = 13;
    static final int ARTICLE = 14;
    static final int OUTCOME = 15;
    static final int ROUTED = 16;
    static final int ATTRIBUTES = 17;

    private static final Layout STANDARD = Layout.standard("interaction", List.of(
            new Layout.Field("interaction_id", Layout.Kind.TEXT, false),
            new Layout.Field("ticket_id", Layout.Kind.TEXT, false),
            new Layout.Field("kind", Layout.Kind.TEXT, true),
            new Layout.Field("at", Layout.Kind.INSTANT, true),
            new Layout.Field("actor", Layout.Kind.TEXT, false),
            new Layout.Field("agent_id", Layout.Kind.TEXT, false),
            new Layout.Field("customer_id", Layout.Kind.TEXT, false),
            new Layout.Field("channel", Layout.Kind.TEXT, false),
            new Layout.Field("direction", Layout.Kind.TEXT, false),
            new Layout.Field("queue_wait", Layout.Kind.DURATION, false),
            new Layout.Field("abandoned", Layout.Kind.FLAG, false),
            new Layout.Field("talk", Layout.Kind.DURATION, false),
            new Layout.Field("hold", Layout.Kind.DURATION, false),
            new Layout.Field("after_contact", Layout.Kind.DURATION, false),
            new Layout.Field("article_id", Layout.Kind.TEXT, false),
            new Layout.Field("outcome", Layout.Kind.TEXT, false),
            new Layout.Field("routed_agent_id", Layout.Kind.TEXT, false),
            new Layout.Field("attributes", Layout.Kind.TEXT_MAP, false)));

    private static final Layout.Memo<InteractionKind> KINDS = new Layout.Memo<>();
    private static final Layout.Memo<Actor> ACTORS = new Layout.Memo<>();
    private static final Layout.Memo<Direction> DIRECTIONS = new Layout.Memo<>();
    private static final Layout.Memo<ContactOutcome> OUTCOMES = new Layout.Memo<>();
    private static final Layout.Memo<Channel> CHANNELS = new Layout.Memo<>();

    private InteractionColumns(Layout layout) {
        super(layout);
    }

    /**
     * Every column of the convention, each of the type in the table.
     *
     * @return the standard mapping
     */
    public static InteractionColumns standard() {
        return new InteractionColumns(STANDARD);
    }

    /**
     * The convention's columns present in a schema, of the types found there.
     *
     * @param schema the DataFrame's schema
     * @return the mapping
     * @throws IllegalArgumentException if {@code kind} or {@code at} is missing, or a column has a type
     *     that cannot hold its field, naming the column and its type
     */
    public static InteractionColumns of(StructType schema) {
        return standard().within(schema);
    }

    /**
     * This mapping reading a field from another column.
     *
     * @param field the field, by its name in the convention, such as {@code at}
     * @param column the column that holds it
     * @return the mapping
     * @throws IllegalArgumentException if the field is not one of the convention's
     */
    public InteractionColumns withColumn(String field, String column) {
        return new InteractionColumns(layout.withColumn(field, column));
    }

    /**
     * This mapping not reading a field, which is then absent from every interaction.
     *
     * @param field the field, by its name in the convention
     * @return the mapping
     * @throws IllegalArgumentException if the field is not one of the convention's, or is required
     */
    public InteractionColumns without(String field) {
        return new InteractionColumns(layout.without(field));
    }

    /**
     * This mapping reading only the columns present in a schema, of the types found there.
     *
     * @param schema the DataFrame's schema
     * @return the mapping
     * @throws IllegalArgumentException if a required column is missing, or a column has a type that cannot
     *     hold its field, naming the column and its type
     */
    public InteractionColumns within(StructType schema) {
        return new InteractionColumns(layout.within(schema, ""));
    }

    InteractionColumns within(StructType schema, String where) {
        return new InteractionColumns(layout.within(schema, where));
    }

    /**
     * The interaction of a row.
     *
     * @param row a row with this mapping's columns
     * @return the interaction
     * @throws IllegalArgumentException if a required column is null or the domain refuses the values, the
     *     message starting with the rule broken
     */
    @Override
    public Interaction record(Row row) {
        Layout.Bound b = bound(row);
        String id = b.text(row, ID);
        String context = id == null ? "an interaction row" : "interaction " + id;
        InteractionKind kind = KINDS.get(b.required(b.text(row, KIND), KIND, context),
                text -> Layout.parse(InteractionKind.class, layout.column(KIND), text));
        Instant at = b.required(b.instant(row, AT), AT, context);
        Interaction.Builder i = Interaction.builder(kind, at);
        if (id != null) {
            i.id(id);
        }
        String ticket = b.text(row, TICKET);
        if (ticket != null) {
            i.ticketId(ticket);
        }
        String actor = b.text(row, ACTOR);
        if (actor != null) {
            i.actor(ACTORS.get(actor, text -> Layout.parse(Actor.class, layout.column(ACTOR), text)));
        }
        String agent = b.text(row, AGENT);
        if (agent != null) {
            i.agentId(agent);
        }
        String customer = b.text(row, CUSTOMER);
        if (customer != null) {
            i.customerId(customer);
        }
        String channel = b.text(row, CHANNEL);
        if (channel != null) {
            i.channel(CHANNELS.get(channel, Channel::of));
        }
        String direction = b.text(row, DIRECTION);
        if (direction != null) {
            i.direction(DIRECTIONS.get(direction,
                    text -> Layout.parse(Direction.class, layout.column(DIRECTION), text)));
        }
        Duration wait = b.duration(row, QUEUE_WAIT);
        if (wait != null) {
            i.queueWait(wait);
        } else if (kind.isQueued()) {
            i.queueWaitUnknown();
        }
        Boolean abandoned = b.flag(row, ABANDONED);
        if (abandoned != null) {
            i.abandoned(abandoned);
        }
        Duration talk = b.duration(row, TALK);
        if (talk != null) {
            i.talk(talk);
        }
        Duration hold = b.duration(row, HOLD);
        if (hold != null) {
            i.hold(hold);
        }
        Duration after = b.duration(row, AFTER_CONTACT);
        if (after != null) {
            i.afterContact(after);
        }
        String article = b.text(row, ARTICLE);
        if (article != null) {
            i.articleId(article);
        }
        String outcome = b.text(row, OUTCOME);
        if (outcome != null) {
            i.outcome(OUTCOMES.get(outcome, text -> Layout.parse(ContactOutcome.class, layout.column(OUTCOME), text)));
        }
        String routed = b.text(row, ROUTED);
        if (routed != null) {
            i.routedToAgentId(routed);
        }
        Map<String, String> attributes = b.textMap(row, ATTRIBUTES);
        if (attributes != null) {
            attributes.forEach(i::attribute);
        }
        return i.build();
    }

    /**
     * The row of an interaction in the standard columns ({@link #standard()}{@code .schema()}).
     *
     * @param interaction the interaction
     * @return the row
     */
    public static Row row(Interaction interaction) {
        return RowFactory.create(values(interaction));
    }

    /** The standard values of an interaction. */
    static Object[] values(Interaction i) {
        return new Object[] {
            i.id().orElse(null), i.ticketId().orElse(null), Layout.name(i.kind()), Timestamp.from(i.at()),
            Layout.name(i.actor()), i.agentId().orElse(null), i.customerId().orElse(null),
            i.channel().map(Channel::name).orElse(null), Layout.name(i.direction()), i.queueWait().orElse(null), i.abandoned(),
            i.talk(), i.hold(), i.afterContact(), i.articleId().orElse(null),
            i.outcome().map(Layout::name).orElse(null), i.routedToAgentId().orElse(null),
            scala.jdk.javaapi.CollectionConverters.asScala(i.attributes())};
    }
}
