package io.github.supportkpi.spark;

import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * How DataFrame rows become {@link Ticket}s: the column convention for tickets, and ways to read other
 * columns. Immutable and serializable.
 *
 * <table>
 *   <caption>The ticket columns</caption>
 *   <tr><th>column</th><th>type</th><th>field</th></tr>
 *   <tr><td>{@code ticket_id} (required)</td><td>string</td><td>id</td></tr>
 *   <tr><td>{@code created} (required)</td><td>timestamp</td><td>when created</td></tr>
 *   <tr><td>{@code status}</td><td>string</td><td>the current status, as {@code Status.parse} reads it
 *       ({@code open}, {@code in progress}, {@code solved}, ...); when null, derived as the ticket builder
 *       derives it (closed with a closing instant, solved with a resolution instant, new otherwise)</td></tr>
 *   <tr><td>{@code first_response}, {@code resolved}, {@code closed}</td><td>timestamp</td><td></td></tr>
 *   <tr><td>{@code customer_id}, {@code channel}, {@code priority}, {@code category}, {@code product},
 *       {@code team}, {@code assignee}, {@code resolution_code}</td><td>string</td><td>priority as
 *       {@code Priority.parse} reads it</td></tr>
 *   <tr><td>{@code reopen_count}</td><td>integer</td><td>when null, counted from the status history</td></tr>
 *   <tr><td>{@code escalated}, {@code transferred}</td><td>boolean</td><td>false when null</td></tr>
 *   <tr><td>{@code attributes}</td><td>map of string to string</td><td>free attributes</td></tr>
 *   <tr><td>{@code interactions}</td><td>array of structs of the interaction columns
 *       ({@link InteractionColumns}; {@code ticket_id}, when present, must be the ticket's id)</td><td>the ticket's messages, replies and
 *       notes; {@link #nest} builds it from a DataFrame of interactions</td></tr>
 *   <tr><td>{@code status_history}</td><td>array of structs {@code at} (timestamp), {@code status} (string),
 *       {@code source_name}, {@code agent_id} (strings)</td><td>the status changes, in time order</td></tr>
 *   <tr><td>{@code assignments}</td><td>array of structs {@code at} (timestamp), {@code assignee},
 *       {@code group} (strings, null for none)</td><td>the assignment history, in time order; when present,
 *       {@code assignee} and {@code team} must be its last ones, or null to take them from it</td></tr>
 *   <tr><td>{@code origin}</td><td>string</td><td>who created the ticket: {@code customer}, {@code agent}
 *       or {@code system}; not recorded when null</td></tr>
 * </table>
 * Null is absent, and the domain's rules apply to the values as they are: a blank channel is refused, not
 * read as absent. Timestamps are read to the microsecond, Spark's precision.
 */
public final class TicketColumns extends ColumnMapping<Ticket> {
    private static final long serialVersionUID = 1L;

    private static final int ID = 0;
    private static final int CREATED = 1;
    private static final int STATUS = 2;
    private static final int FIRST_RESPONSE = 3;
    private static final int RESOLVED = 4;
    private static final int CLOSED = 5;
    private static final int CUSTOMER = 6;
    private static final int CHANNEL = 7;
    private static final int PRIORITY = 8;
    private static final int CATEGORY = 9;
    private static final int PRODUCT = 10;
    private static final int TEAM = 11;
    private static final int ASSIGNEE = 12;
    private static final int REOPEN_COUNT = 13;
    private static final int ESCALATED = 14;
    private static final int TRANSFERRED = 15;
    private static final int RESOLUTION_CODE = 16;
    private static final int ATTRIBUTES = 17;
    private static final int INTERACTIONS = 18;
    private static final int STATUS_HISTORY = 19;
    private static final int ASSIGNMENTS = 20;
    private static final int ORIGIN = 21;

    private static final int CHANGE_AT = 0;
    private static final int CHANGE_STATUS = 1;
    private static final int CHANGE_SOURCE = 2;
    private static final int CHANGE_AGENT = 3;

    private static final int ASSIGNED_AT = 0;
    private static final int ASSIGNED_AGENT = 1;
    private static final int ASSIGNED_GROUP = 2;

    private static final Layout ASSIGNED = Layout.standard("assignment", List.of(
            new Layout.Field("at", Layout.Kind.INSTANT, true),
            new Layout.Field("assignee", Layout.Kind.TEXT, false),
            new Layout.Field("group", Layout.Kind.TEXT, false)));

    private static final Layout CHANGES = Layout.standard("status change", List.of(
            new Layout.Field("at", Layout.Kind.INSTANT, true),
            new Layout.Field("status", Layout.Kind.TEXT, true),
            new Layout.Field("source_name", Layout.Kind.TEXT, false),
            new Layout.Field("agent_id", Layout.Kind.TEXT, false)));

    private static final Layout STANDARD = Layout.standard("ticket", List.of(
            new Layout.Field("ticket_id", Layout.Kind.TEXT, true),
            new Layout.Field("created", Layout.Kind.INSTANT, true),
            new Layout.Field("status", Layout.Kind.TEXT, false),
            new Layout.Field("first_response", Layout.Kind.INSTANT, false),
            new Layout.Field("resolved", Layout.Kind.INSTANT, false),
            new Layout.Field("closed", Layout.Kind.INSTANT, false),
            new Layout.Field("customer_id", Layout.Kind.TEXT, false),
            new Layout.Field("channel", Layout.Kind.TEXT, false),
            new Layout.Field("priority", Layout.Kind.TEXT, false),
            new Layout.Field("category", Layout.Kind.TEXT, false),
            new Layout.Field("product", Layout.Kind.TEXT, false),
            new Layout.Field("team", Layout.Kind.TEXT, false),
            new Layout.Field("assignee", Layout.Kind.TEXT, false),
            new Layout.Field("reopen_count", Layout.Kind.WHOLE, false),
            new Layout.Field("escalated", Layout.Kind.FLAG, false),
            new Layout.Field("transferred", Layout.Kind.FLAG, false),
            new Layout.Field("resolution_code", Layout.Kind.TEXT, false),
            new Layout.Field("attributes", Layout.Kind.TEXT_MAP, false),
            new Layout.Field("interactions", Layout.Kind.LIST, false),
            new Layout.Field("status_history", Layout.Kind.LIST, false),
            new Layout.Field("assignments", Layout.Kind.LIST, false),
            new Layout.Field("origin", Layout.Kind.TEXT, false)))
            .withType(INTERACTIONS, DataTypes.createArrayType(InteractionColumns.standard().schema(), true))
            .withType(STATUS_HISTORY, DataTypes.createArrayType(CHANGES.schema(), true))
            .withType(ASSIGNMENTS, DataTypes.createArrayType(ASSIGNED.schema(), true));

    private static final Layout.Memo<Status> STATUSES = new Layout.Memo<>();
    private static final Layout.Memo<Priority> PRIORITIES = new Layout.Memo<>();
    private static final Layout.Memo<Channel> CHANNELS = new Layout.Memo<>();
    private static final Layout.Memo<Origin> ORIGINS = new Layout.Memo<>();

    private final InteractionColumns interactions;
    private final Layout changes;
    private final Layout assigned;
    private transient volatile Layout.Bound changesBound;
    private transient volatile Layout.Bound assignedBound;

    private TicketColumns(Layout layout, InteractionColumns interactions, Layout changes, Layout assigned) {
        super(layout);
        this.interactions = interactions;
        this.changes = changes;
        this.assigned = assigned;
    }

    /**
     * Every column of the convention, each of the type in the table.
     *
     * @return the standard mapping
     */
    public static TicketColumns standard() {
        return new TicketColumns(STANDARD, InteractionColumns.standard(), CHANGES, ASSIGNED);
    }

    /**
     * The convention's columns present in a schema, of the types found there, the nested interactions and
     * status changes too.
     *
     * @param schema the DataFrame's schema
     * @return the mapping
     * @throws IllegalArgumentException if {@code ticket_id} or {@code created} is missing, or a column has a
     *     type that cannot hold its field, naming the column and its type
     */
    public static TicketColumns of(StructType schema) {
        return standard().within(schema);
    }

    /**
     * This mapping reading a field from another column.
     *
     * @param field the field, by its name in the convention, such as {@code created}
     * @param column the column that holds it
     * @return the mapping
     * @throws IllegalArgumentException if the field is not one of the convention's
     */
    public TicketColumns withColumn(String field, String column) {
        return new TicketColumns(layout.withColumn(field, column), interactions, changes, assigned);
    }

    /**
     * This mapping not reading a field, which is then absent (or its default) in every ticket.
     *
     * @param field the field, by its name in the convention
     * @return the mapping
     * @throws IllegalArgumentException if the field is not one of the convention's, or is required
     */
    public TicketColumns without(String field) {
        return new TicketColumns(layout.without(field), interactions, changes, assigned);
    }

    /**
     * This mapping reading the structs of the {@code interactions} column with another interaction mapping.
     *
     * @param nested how to read each struct
     * @return the mapping
     */
    public TicketColumns withInteractions(InteractionColumns nested) {
        Layout l = layout.reads(INTERACTIONS) ? layout.withType(INTERACTIONS,
                DataTypes.createArrayType(nested.schema(), true)) : layout;
        return new TicketColumns(l, nested, changes, assigned);
    }

    /**
     * This mapping reading only the columns present in a schema, of the types found there, the fields of the
     * nested structs too.
     *
     * @param schema the DataFrame's schema
     * @return the mapping
     * @throws IllegalArgumentException if a required column or nested field is missing, or a column has a
     *     type that cannot hold its field, naming the column and its type
     */
    public TicketColumns within(StructType schema) {
        Layout l = layout.within(schema, "");
        InteractionColumns nested = interactions;
        Layout c = changes;
        if (l.reads(INTERACTIONS)) {
            StructType element = (StructType) ((ArrayType) l.type(INTERACTIONS)).elementType();
            nested = interactions.within(element, l.column(INTERACTIONS) + ".");
        }
        if (l.reads(STATUS_HISTORY)) {
            StructType element = (StructType) ((ArrayType) l.type(STATUS_HISTORY)).elementType();
            c = changes.within(element, l.column(STATUS_HISTORY) + ".");
        }
        Layout a = assigned;
        if (l.reads(ASSIGNMENTS)) {
            StructType element = (StructType) ((ArrayType) l.type(ASSIGNMENTS)).elementType();
            a = assigned.within(element, l.column(ASSIGNMENTS) + ".");
        }
        return new TicketColumns(l, nested, c, a);
    }

    /**
     * The ticket of a row.
     *
     * @param row a row with this mapping's columns
     * @return the ticket
     * @throws IllegalArgumentException if a required column is null or the domain refuses the values, the
     *     message starting with the rule broken
     */
    @Override
    public Ticket record(Row row) {
        Layout.Bound b = bound(row);
        String id = b.text(row, ID);
        Instant created = b.instant(row, CREATED);
        if (id == null) {
            throw new IllegalArgumentException(layout.column(ID) + " must not be null: a ticket row created " + created);
        }
        String context = "ticket " + id;
        Ticket.Builder t = Ticket.builder(id, b.required(created, CREATED, context));
        String status = b.text(row, STATUS);
        if (status != null) {
            t.status(STATUSES.get(status, Status::parse));
        }
        t.firstResponse(b.instant(row, FIRST_RESPONSE));
        t.resolved(b.instant(row, RESOLVED));
        t.closed(b.instant(row, CLOSED));
        String customer = b.text(row, CUSTOMER);
        if (customer != null) {
            t.customerId(customer);
        }
        String channel = b.text(row, CHANNEL);
        if (channel != null) {
            t.channel(CHANNELS.get(channel, Channel::of));
        }
        String priority = b.text(row, PRIORITY);
        if (priority != null) {
            t.priority(PRIORITIES.get(priority, Priority::parse));
        }
        String category = b.text(row, CATEGORY);
        if (category != null) {
            t.category(category);
        }
        String product = b.text(row, PRODUCT);
        if (product != null) {
            t.product(product);
        }
        String team = b.text(row, TEAM);
        if (team != null) {
            t.team(team);
        }
        String assignee = b.text(row, ASSIGNEE);
        if (assignee != null) {
            t.assignee(assignee);
        }
        Integer reopens = b.whole(row, REOPEN_COUNT);
        if (reopens != null) {
            t.reopenCount(reopens);
        }
        Boolean escalated = b.flag(row, ESCALATED);
        if (escalated != null) {
            t.escalated(escalated);
        }
        Boolean transferred = b.flag(row, TRANSFERRED);
        if (transferred != null) {
            t.transferred(transferred);
        }
        String code = b.text(row, RESOLUTION_CODE);
        if (code != null) {
            t.resolutionCode(code);
        }
        String origin = b.text(row, ORIGIN);
        if (origin != null) {
            t.origin(ORIGINS.get(origin, text -> Layout.parse(Origin.class, layout.column(ORIGIN), text)));
        }
        Map<String, String> attributes = b.textMap(row, ATTRIBUTES);
        if (attributes != null) {
            attributes.forEach(t::attribute);
        }
        List<Row> items = b.list(row, INTERACTIONS);
        if (items != null) {
            for (Row item : items) {
                if (item == null) {
                    throw new IllegalArgumentException(layout.column(INTERACTIONS) + " must not hold null: " + context);
                }
                t.interaction(interactions.record(item));
            }
        }
        List<Row> history = b.list(row, STATUS_HISTORY);
        if (history != null) {
            for (Row change : history) {
                if (change == null) {
                    throw new IllegalArgumentException(layout.column(STATUS_HISTORY) + " must not hold null: " + context);
                }
                t.statusChange(change(change, context));
            }
        }
        List<Row> assignments = b.list(row, ASSIGNMENTS);
        if (assignments != null) {
            for (Row a : assignments) {
                if (a == null) {
                    throw new IllegalArgumentException(layout.column(ASSIGNMENTS) + " must not hold null: " + context);
                }
                t.assignment(assignment(a, context));
            }
        }
        return t.build();
    }

    private Assignment assignment(Row row, String context) {
        Layout.Bound b = assignedBound;
        if (b == null || !b.fits(row.schema())) {
            b = assigned.bind(row.schema());
            assignedBound = b;
        }
        Instant at = b.instant(row, ASSIGNED_AT);
        if (at == null) {
            throw new IllegalArgumentException(layout.column(ASSIGNMENTS) + "." + assigned.column(ASSIGNED_AT)
                    + " must not be null: " + context);
        }
        return new Assignment(at, Optional.ofNullable(b.text(row, ASSIGNED_AGENT)),
                Optional.ofNullable(b.text(row, ASSIGNED_GROUP)));
    }

    private StatusChange change(Row row, String context) {
        Layout.Bound b = changesBound;
        if (b == null || !b.fits(row.schema())) {
            b = changes.bind(row.schema());
            changesBound = b;
        }
        String where = layout.column(STATUS_HISTORY) + ".";
        Instant at = b.instant(row, CHANGE_AT);
        String to = b.text(row, CHANGE_STATUS);
        if (at == null || to == null) {
            throw new IllegalArgumentException(where + (at == null ? changes.column(CHANGE_AT)
                    : changes.column(CHANGE_STATUS)) + " must not be null: " + context);
        }
        return new StatusChange(at, STATUSES.get(to, Status::parse), Optional.ofNullable(b.text(row, CHANGE_SOURCE)),
                Optional.ofNullable(b.text(row, CHANGE_AGENT)));
    }

    /**
     * The row of a ticket in the standard columns ({@link #standard()}{@code .schema()}), its interactions,
     * status history and assignment history nested.
     *
     * @param ticket the ticket
     * @return the row
     */
    public static Row row(Ticket ticket) {
        List<Row> items = new ArrayList<>();
        for (Interaction i : ticket.interactions()) {
            items.add(RowFactory.create(InteractionColumns.values(i)));
        }
        List<Row> history = new ArrayList<>();
        for (StatusChange c : ticket.statusHistory()) {
            history.add(RowFactory.create(Timestamp.from(c.at()), Layout.name(c.to()), c.sourceName().orElse(null),
                    c.agentId().orElse(null)));
        }
        List<Row> assignments = new ArrayList<>();
        for (Assignment a : ticket.assignments()) {
            assignments.add(RowFactory.create(Timestamp.from(a.at()), a.assignee().orElse(null), a.group().orElse(null)));
        }
        return RowFactory.create(ticket.id(), Timestamp.from(ticket.created()), Layout.name(ticket.status()),
                ticket.firstResponse().map(Timestamp::from).orElse(null), ticket.resolved().map(Timestamp::from).orElse(null),
                ticket.closed().map(Timestamp::from).orElse(null), ticket.customerId().orElse(null),
                ticket.channel().map(Channel::name).orElse(null), ticket.priority().map(Layout::name).orElse(null),
                ticket.category().orElse(null), ticket.product().orElse(null), ticket.team().orElse(null),
                ticket.assignee().orElse(null), ticket.reopenCount(), ticket.escalated(), ticket.transferred(),
                ticket.resolutionCode().orElse(null), scala(ticket.attributes()), scala(items), scala(history),
                scala(assignments), ticket.origin().map(Layout::name).orElse(null));
    }

    private static Object scala(Map<String, String> map) {
        return scala.jdk.javaapi.CollectionConverters.asScala(map);
    }

    private static Object scala(List<Row> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    /**
     * Tickets with their interactions nested as the {@code interactions} column: the interactions of each
     * ticket, grouped by {@code ticket_id}, become an array of structs of their columns, in time order
     * (interactions at the same instant in the order of their other columns, a map column such as the attributes
     * by its entries). A ticket without interactions
     * gets a null array; interactions of no ticket in {@code tickets} are left out, as they are of no ticket.
     *
     * @param tickets a DataFrame of tickets with a {@code ticket_id} column and no {@code interactions} column
     * @param interactions a DataFrame of interactions with {@code ticket_id} and {@code at} columns
     * @return the tickets with an {@code interactions} column
     * @throws IllegalArgumentException if a column is missing, or {@code tickets} has interactions already
     */
    public static Dataset<Row> nest(Dataset<Row> tickets, Dataset<Row> interactions) {
        List<String> ticketColumns = Arrays.asList(tickets.schema().fieldNames());
        List<String> interactionColumns = Arrays.asList(interactions.schema().fieldNames());
        if (!ticketColumns.contains("ticket_id")) {
            throw new IllegalArgumentException("tickets must have a ticket_id column: " + ticketColumns);
        }
        if (ticketColumns.contains("interactions")) {
            throw new IllegalArgumentException("tickets must not have an interactions column already: " + ticketColumns);
        }
        if (!interactionColumns.contains("ticket_id") || !interactionColumns.contains("at")) {
            throw new IllegalArgumentException("interactions must have ticket_id and at columns: " + interactionColumns);
        }
        List<Column> fields = new ArrayList<>();
        List<StructField> order = new ArrayList<>();
        order.add(interactions.schema().apply("at"));
        for (StructField f : interactions.schema().fields()) {
            if (!f.name().equals("at")) {
                order.add(f);
            }
        }
        boolean maps = false;
        for (StructField f : order) {
            Column c = interactions.col("`" + f.name().replace("`", "``") + "`");
            // a map (the attributes) cannot be ordered: it is sorted as its entries, then made a map again
            maps |= f.dataType() instanceof MapType;
            fields.add(f.dataType() instanceof MapType ? functions.map_entries(c).as(f.name()) : c);
        }
        String key = "ticket_id_of_interactions";
        Column sorted = functions.sort_array(functions.collect_list(functions.struct(fields.toArray(new Column[0]))));
        if (maps) {
            sorted = functions.transform(sorted, e -> {
                List<Column> again = new ArrayList<>();
                for (StructField f : order) {
                    Column c = e.getField(f.name());
                    again.add((f.dataType() instanceof MapType ? functions.map_from_entries(c) : c).as(f.name()));
                }
                return functions.struct(again.toArray(new Column[0]));
            });
        }
        Dataset<Row> grouped = interactions
                .groupBy(interactions.col("ticket_id").as(key))
                .agg(sorted.as("interactions"));
        return tickets.join(grouped, tickets.col("ticket_id").equalTo(grouped.col(key)), "left").drop(key);
    }
}
