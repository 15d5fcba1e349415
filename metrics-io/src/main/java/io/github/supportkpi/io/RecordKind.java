package io.github.supportkpi.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kind of record each row of an export is read as, and the fields a {@link Mapping} may map for it.
 */
public enum RecordKind {
    /**
     * One row per ticket, read as a {@code Ticket} (and, with a {@code csat} column, its CSAT answer).
     *
     * <table>
     *   <caption>Ticket fields</caption>
     *   <tr><th>field</th><th>type</th><th>read as</th></tr>
     *   <tr><td>{@code id}, {@code created}</td><td>text, instant</td><td>required</td></tr>
     *   <tr><td>{@code customerId}, {@code category}, {@code product}, {@code team}, {@code assignee},
     *       {@code resolutionCode}</td><td>text</td><td></td></tr>
     *   <tr><td>{@code channel}</td><td>channel</td><td>{@code Channel.of}, after the field's values</td></tr>
     *   <tr><td>{@code priority}</td><td>priority</td><td>{@code Priority.parse}, after the values</td></tr>
     *   <tr><td>{@code status}</td><td>status</td><td>the field's values map the help desk's names onto kinds
     *       ({@code "Escalated": "OPEN"}) on top of {@code StatusNames.standard()}; the name is kept as the
     *       ticket's status name</td></tr>
     *   <tr><td>{@code firstResponse}, {@code resolved}, {@code closed}</td><td>instant</td><td>or a duration
     *       after another instant field</td></tr>
     *   <tr><td>{@code reopenCount}</td><td>integer</td><td></td></tr>
     *   <tr><td>{@code escalated}, {@code transferred}</td><td>flag</td><td></td></tr>
     *   <tr><td>{@code csat}</td><td>score</td><td>a CSAT answer on the mapping's scale, about the ticket,
     *       answered when it was resolved (or created, if it is not)</td></tr>
     * </table>
     */
    TICKETS("tickets", Set.of("id", "created")),
    /**
     * One row per contact (a call, a chat), read as an {@code Interaction} (and, with a {@code csat} column,
     * its satisfaction answer).
     *
     * <table>
     *   <caption>Interaction fields</caption>
     *   <tr><th>field</th><th>type</th><th>read as</th></tr>
     *   <tr><td>{@code at}</td><td>instant</td><td>required: when the contact arrived</td></tr>
     *   <tr><td>{@code kind}</td><td>kind</td><td>{@code call} (the default), {@code chat}, ...: an
     *       {@code InteractionKind}, after the values</td></tr>
     *   <tr><td>{@code id}, {@code agentId}, {@code ticketId}, {@code customerId},
     *       {@code routedAgentId}</td><td>text</td><td></td></tr>
     *   <tr><td>{@code channel}</td><td>channel</td><td></td></tr>
     *   <tr><td>{@code queueWait}, {@code talk}, {@code hold}, {@code afterContact}</td><td>duration</td>
     *       <td>a blank wait is <em>unknown</em>, never zero</td></tr>
     *   <tr><td>{@code queueStart}, {@code queueEnd}, {@code serviceStart}, {@code serviceEnd}</td>
     *       <td>instant</td><td>without {@code queueWait}, the wait is queue end minus queue start; without
     *       {@code talk}, the talk time is service end minus service start; a service start before the queue
     *       end within the skew tolerance is kept as at the queue end, counted as suspect</td></tr>
     *   <tr><td>{@code abandoned}, {@code answered}</td><td>flag</td><td>{@code answered = no} is
     *       abandoned</td></tr>
     *   <tr><td>{@code resolved}</td><td>flag</td><td>the contact's outcome: yes is resolved on this contact,
     *       no is not resolved</td></tr>
     *   <tr><td>{@code csat}</td><td>score</td><td>a CSAT answer about the contact, at its arrival</td></tr>
     * </table>
     */
    INTERACTIONS("interactions", Set.of("at"));

    /** The type of a field: how its text is read. */
    enum Type { TEXT, INSTANT, DURATION, INTEGER, FLAG, CHANNEL, PRIORITY, STATUS, KIND, SCORE }

    private static final Map<String, Type> TICKET_FIELDS = ticketFields();
    private static final Map<String, Type> INTERACTION_FIELDS = interactionFields();

    private final String label;
    private final Set<String> required;

    RecordKind(String label, Set<String> required) {
        this.label = label;
        this.required = required;
    }

    private static Map<String, Type> ticketFields() {
        Map<String, Type> m = new LinkedHashMap<>();
        m.put("id", Type.TEXT);
        m.put("created", Type.INSTANT);
        for (String f : new String[] {"customerId", "category", "product", "team", "assignee", "resolutionCode"}) {
            m.put(f, Type.TEXT);
        }
        m.put("channel", Type.CHANNEL);
        m.put("priority", Type.PRIORITY);
        m.put("status", Type.STATUS);
        for (String f : new String[] {"firstResponse", "resolved", "closed"}) {
            m.put(f, Type.INSTANT);
        }
        m.put("reopenCount", Type.INTEGER);
        m.put("escalated", Type.FLAG);
        m.put("transferred", Type.FLAG);
        m.put("csat", Type.SCORE);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Type> interactionFields() {
        Map<String, Type> m = new LinkedHashMap<>();
        m.put("at", Type.INSTANT);
        m.put("kind", Type.KIND);
        for (String f : new String[] {"id", "agentId", "ticketId", "customerId", "routedAgentId"}) {
            m.put(f, Type.TEXT);
        }
        m.put("channel", Type.CHANNEL);
        for (String f : new String[] {"queueWait", "talk", "hold", "afterContact"}) {
            m.put(f, Type.DURATION);
        }
        for (String f : new String[] {"queueStart", "queueEnd", "serviceStart", "serviceEnd"}) {
            m.put(f, Type.INSTANT);
        }
        m.put("abandoned", Type.FLAG);
        m.put("answered", Type.FLAG);
        m.put("resolved", Type.FLAG);
        m.put("csat", Type.SCORE);
        return Collections.unmodifiableMap(m);
    }

    /** @return the name in a mapping file: {@code tickets}, {@code interactions} */
    public String label() {
        return label;
    }

    /**
     * The fields a mapping may map for this kind, in the order of the table above.
     *
     * @return the field names
     */
    public Set<String> fields() {
        return types().keySet();
    }

    /** @return the fields a mapping must map */
    public Set<String> required() {
        return required;
    }

    private Map<String, Type> types() {
        return this == TICKETS ? TICKET_FIELDS : INTERACTION_FIELDS;
    }

    /**
     * The type of a field.
     *
     * @throws IllegalArgumentException if this kind has no such field, naming the ones it has
     */
    Type type(String field) {
        Type t = types().get(field);
        if (t == null) {
            throw new IllegalArgumentException("field must be one of the fields of " + label + " ("
                    + String.join(", ", fields()) + "): \"" + field + "\"");
        }
        return t;
    }

    /**
     * The kind of a label, case-insensitively.
     *
     * @param label {@code tickets} or {@code interactions}
     * @return the kind
     * @throws IllegalArgumentException if the label is neither
     */
    public static RecordKind parse(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        for (RecordKind k : values()) {
            if (k.label.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("records must be tickets or interactions: \"" + label + "\"");
    }
}
