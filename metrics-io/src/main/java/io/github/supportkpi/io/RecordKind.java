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
    INTERACTIONS("interactions", Set.of("at")),
    /**
     * One row per survey answer, read as a {@code SurveyResponse}. A row without a score on its scale is no
     * answer: it is rejected. A mapping may name score texts meaning a survey sent and not answered
     * ({@link Mapping#invited()}: the row is a {@code SurveyInvitation}) and texts meaning no survey at all
     * ({@link Mapping#skipped()}: refused, counted under its rule).
     *
     * <table>
     *   <caption>Survey fields</caption>
     *   <tr><th>field</th><th>type</th><th>read as</th></tr>
     *   <tr><td>{@code score}</td><td>score</td><td>required: a whole number on the row's scale, else the row
     *       is rejected ("Score must be a whole score within 1..5")</td></tr>
     *   <tr><td>{@code at}</td><td>instant</td><td>required: when it was answered</td></tr>
     *   <tr><td>{@code sent}</td><td>instant</td><td>when the survey was sent: the instant of an invitation
     *       (see {@link Mapping#invited()}); without it, {@code at}</td></tr>
     *   <tr><td>{@code kind}</td><td>survey kind</td><td>{@code csat}, {@code nps}, {@code ces},
     *       {@code employee nps}, {@code employee satisfaction}: a {@code SurveyKind}, after the values; without
     *       it (or blank), the mapping's {@code survey} (default {@code csat})</td></tr>
     *   <tr><td>{@code scale}</td><td>scale</td><td>{@code min..max}, such as {@code 1..7}; without it (or
     *       blank), the mapping's {@code scale}; an NPS kind is always on {@code 0..10}</td></tr>
     *   <tr><td>{@code id}, {@code ticketId}, {@code agentId}, {@code customerId},
     *       {@code comment}</td><td>text</td><td></td></tr>
     *   <tr><td>{@code channel}</td><td>channel</td><td></td></tr>
     * </table>
     */
    SURVEYS("surveys", Set.of("score", "at")),
    /**
     * One row per customer and period, read as a {@code CustomerPeriod}, the input of retention and churn.
     *
     * <table>
     *   <caption>Customer fields</caption>
     *   <tr><th>field</th><th>type</th><th>read as</th></tr>
     *   <tr><td>{@code customerId}</td><td>text</td><td>required</td></tr>
     *   <tr><td>{@code activeAtStart}, {@code acquired}, {@code activeAtEnd}</td><td>flag</td><td>each blank
     *       or unmapped one follows from the others: acquired is not active at the start, and the other way
     *       round; with neither, a customer of a snapshot was active at the start</td></tr>
     *   <tr><td>{@code churned}</td><td>flag</td><td>the snapshot's churn flag ({@code Churn: Yes/No}): active
     *       at the end is its opposite; it must not contradict {@code activeAtEnd}</td></tr>
     *   <tr><td>{@code tenure}</td><td>integer</td><td>periods the customer has been one: {@code 0} is
     *       acquired in the period, more is active at the start, unless {@code acquired} or
     *       {@code activeAtStart} says so</td></tr>
     *   <tr><td>{@code revenueAtStart}, {@code revenueAtEnd}</td><td>decimal</td><td>blank is not tracked:
     *       zero; not negative</td></tr>
     *   <tr><td>{@code revenue}</td><td>decimal</td><td>one recurring revenue ({@code MonthlyCharges}): the
     *       revenue at the start of a customer active then, and at the end of one active then, unless
     *       {@code revenueAtStart} or {@code revenueAtEnd} gives it</td></tr>
     * </table>
     *
     * <p>A revenue at the start of an acquired customer, or at the end of one gone at the end, contradicts the
     * row: it is left out (zero), counted as ignored.
     */
    CUSTOMERS("customers", Set.of("customerId")),
    /**
     * One pre-aggregated row per agent, queue or team and period, read as an {@link AggregateRow}: counts and
     * summed durations that {@link AggregateRow} turns into tallies of the contact metrics.
     *
     * <table>
     *   <caption>Aggregate fields</caption>
     *   <tr><th>field</th><th>type</th><th>read as</th></tr>
     *   <tr><td>{@code period}, {@code agent}, {@code queue}, {@code team}, {@code channel}</td><td>text</td>
     *       <td>the row's keys, kept as given</td></tr>
     *   <tr><td>{@code start}</td><td>instant</td><td>when the period starts</td></tr>
     *   <tr><td>{@code offered}, {@code answered}, {@code abandoned}, {@code answeredWithin},
     *       {@code resolved}</td><td>integer</td><td>counts, not negative; a blank count is unknown, never
     *       zero; {@code answered + abandoned <= offered}, {@code answeredWithin <= answered},
     *       {@code resolved <= answered}</td></tr>
     *   <tr><td>{@code answerWait}, {@code talk}, {@code hold}, {@code afterContact}, {@code handle}</td>
     *       <td>duration</td><td>sums over the answered contacts, not negative; without {@code handle}, the
     *       handle time is talk plus hold plus after-contact work when all three are given</td></tr>
     * </table>
     */
    AGGREGATES("aggregates", Set.of());

    /** The type of a field: how its text is read. */
    enum Type { TEXT, INSTANT, DURATION, INTEGER, FLAG, CHANNEL, PRIORITY, STATUS, KIND, SCORE, SURVEY_KIND, SCALE,
        DECIMAL }

    private static final Map<String, Type> TICKET_FIELDS = ticketFields();
    private static final Map<String, Type> INTERACTION_FIELDS = interactionFields();
    private static final Map<String, Type> SURVEY_FIELDS = surveyFields();
    private static final Map<String, Type> CUSTOMER_FIELDS = customerFields();
    private static final Map<String, Type> AGGREGATE_FIELDS = aggregateFields();

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

    private static Map<String, Type> surveyFields() {
        Map<String, Type> m = new LinkedHashMap<>();
        m.put("score", Type.SCORE);
        m.put("at", Type.INSTANT);
        m.put("sent", Type.INSTANT);
        m.put("kind", Type.SURVEY_KIND);
        m.put("scale", Type.SCALE);
        for (String f : new String[] {"id", "ticketId", "agentId", "customerId", "comment"}) {
            m.put(f, Type.TEXT);
        }
        m.put("channel", Type.CHANNEL);
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Type> customerFields() {
        Map<String, Type> m = new LinkedHashMap<>();
        m.put("customerId", Type.TEXT);
        for (String f : new String[] {"activeAtStart", "acquired", "activeAtEnd", "churned"}) {
            m.put(f, Type.FLAG);
        }
        m.put("tenure", Type.INTEGER);
        for (String f : new String[] {"revenueAtStart", "revenueAtEnd", "revenue"}) {
            m.put(f, Type.DECIMAL);
        }
        return Collections.unmodifiableMap(m);
    }

    private static Map<String, Type> aggregateFields() {
        Map<String, Type> m = new LinkedHashMap<>();
        for (String f : AggregateRow.KEYS) {
            m.put(f, Type.TEXT);
        }
        m.put("start", Type.INSTANT);
        for (String f : new String[] {"offered", "answered", "abandoned", "answeredWithin", "resolved"}) {
            m.put(f, Type.INTEGER);
        }
        for (String f : new String[] {"answerWait", "talk", "hold", "afterContact", "handle"}) {
            m.put(f, Type.DURATION);
        }
        return Collections.unmodifiableMap(m);
    }

    /**
     * @return the name in a mapping file: {@code tickets}, {@code interactions}, {@code surveys},
     *     {@code customers}, {@code aggregates}
     */
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
        switch (this) {
            case TICKETS: return TICKET_FIELDS;
            case INTERACTIONS: return INTERACTION_FIELDS;
            case SURVEYS: return SURVEY_FIELDS;
            case CUSTOMERS: return CUSTOMER_FIELDS;
            default: return AGGREGATE_FIELDS;
        }
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
     * @param label {@code tickets}, {@code interactions}, {@code surveys}, {@code customers} or
     *     {@code aggregates}
     * @return the kind
     * @throws IllegalArgumentException if the label is none of these
     */
    public static RecordKind parse(String label) {
        String key = label.strip().toLowerCase(Locale.ROOT);
        for (RecordKind k : values()) {
            if (k.label.equals(key)) {
                return k;
            }
        }
        throw new IllegalArgumentException("records must be tickets, interactions, surveys, customers or aggregates: \""
                + label + "\"");
    }
}
