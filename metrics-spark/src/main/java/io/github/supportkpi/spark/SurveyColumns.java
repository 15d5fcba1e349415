package io.github.supportkpi.spark;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * How DataFrame rows become {@link SurveyResponse}s: the column convention for survey answers, and ways to
 * read other columns. Immutable and serializable.
 *
 * <table>
 *   <caption>The survey columns</caption>
 *   <tr><th>column</th><th>type</th><th>field</th></tr>
 *   <tr><td>{@code response_id}</td><td>string</td><td>id</td></tr>
 *   <tr><td>{@code kind} (required)</td><td>string</td><td>{@code csat}, {@code nps}, {@code ces},
 *       {@code employee_nps} (or {@code enps}), {@code employee_satisfaction} (or {@code esat})</td></tr>
 *   <tr><td>{@code score} (required)</td><td>integer</td><td>the score given</td></tr>
 *   <tr><td>{@code scale_min}, {@code scale_max}</td><td>integer</td><td>the scale asked on, both or
 *       neither; when both are null, the kind's usual scale: 0..10 for NPS and eNPS, 1..7 for CES, 1..5
 *       otherwise</td></tr>
 *   <tr><td>{@code at} (required)</td><td>timestamp</td><td>when answered</td></tr>
 *   <tr><td>{@code ticket_id}, {@code agent_id}, {@code customer_id}, {@code channel}, {@code comment}</td>
 *       <td>string</td><td></td></tr>
 *   <tr><td>{@code attributes}</td><td>map of string to string</td><td>free attributes</td></tr>
 * </table>
 * Null is absent; timestamps are read to the microsecond, Spark's precision.
 */
public final class SurveyColumns extends ColumnMapping<SurveyResponse> {
    private static final long serialVersionUID = 1L;

    private static final int ID = 0;
    private static final int KIND = 1;
    private static final int SCORE = 2;
    private static final int SCALE_MIN = 3;
    private static final int SCALE_MAX = 4;
    private static final int AT = 5;
    private static final int TICKET = 6;
    private static final int AGENT = 7;
    private static final int CUSTOMER = 8;
    private static final int CHANNEL = 9;
    private static final int COMMENT = 10;
    private static final int ATTRIBUTES = 11;

    private static final Layout STANDARD = Layout.standard("survey response", List.of(
            new Layout.Field("response_id", Layout.Kind.TEXT, false),
            new Layout.Field("kind", Layout.Kind.TEXT, true),
            new Layout.Field("score", Layout.Kind.WHOLE, true),
            new Layout.Field("scale_min", Layout.Kind.WHOLE, false),
            new Layout.Field("scale_max", Layout.Kind.WHOLE, false),
            new Layout.Field("at", Layout.Kind.INSTANT, true),
            new Layout.Field("ticket_id", Layout.Kind.TEXT, false),
            new Layout.Field("agent_id", Layout.Kind.TEXT, false),
            new Layout.Field("customer_id", Layout.Kind.TEXT, false),
            new Layout.Field("channel", Layout.Kind.TEXT, false),
            new Layout.Field("comment", Layout.Kind.TEXT, false),
            new Layout.Field("attributes", Layout.Kind.TEXT_MAP, false)));

    private static final Layout.Memo<Channel> CHANNELS = new Layout.Memo<>();
    private static final Layout.Memo<SurveyKind> KINDS = new Layout.Memo<>();

    private SurveyColumns(Layout layout) {
        super(layout);
    }

    /**
     * Every column of the convention, each of the type in the table.
     *
     * @return the standard mapping
     */
    public static SurveyColumns standard() {
        return new SurveyColumns(STANDARD);
    }

    /**
     * The convention's columns present in a schema, of the types found there.
     *
     * @param schema the DataFrame's schema
     * @return the mapping
     * @throws IllegalArgumentException if {@code kind}, {@code score} or {@code at} is missing, or a column has
     *     a type that cannot hold its field, naming the column and its type
     */
    public static SurveyColumns of(StructType schema) {
        return standard().within(schema);
    }

    /**
     * This mapping reading a field from another column.
     *
     * @param field the field, by its name in the convention, such as {@code score}
     * @param column the column that holds it
     * @return the mapping
     * @throws IllegalArgumentException if the field is not one of the convention's
     */
    public SurveyColumns withColumn(String field, String column) {
        return new SurveyColumns(layout.withColumn(field, column));
    }

    /**
     * This mapping not reading a field, which is then absent from every response.
     *
     * @param field the field, by its name in the convention
     * @return the mapping
     * @throws IllegalArgumentException if the field is not one of the convention's, or is required
     */
    public SurveyColumns without(String field) {
        return new SurveyColumns(layout.without(field));
    }

    /**
     * This mapping reading only the columns present in a schema, of the types found there.
     *
     * @param schema the DataFrame's schema
     * @return the mapping
     * @throws IllegalArgumentException if a required column is missing, or a column has a type that cannot
     *     hold its field, naming the column and its type
     */
    public SurveyColumns within(StructType schema) {
        return new SurveyColumns(layout.within(schema, ""));
    }

    /**
     * The survey response of a row.
     *
     * @param row a row with this mapping's columns
     * @return the response
     * @throws IllegalArgumentException if a required column is null, the scale is half given, or the domain
     *     refuses the values, the message starting with the rule broken
     */
    @Override
    public SurveyResponse record(Row row) {
        Layout.Bound b = bound(row);
        String id = b.text(row, ID);
        String context = id == null ? "a survey row" : "survey response " + id;
        SurveyKind kind = KINDS.get(b.required(b.text(row, KIND), KIND, context), this::kind);
        int score = b.required(b.whole(row, SCORE), SCORE, context);
        Integer min = b.whole(row, SCALE_MIN);
        Integer max = b.whole(row, SCALE_MAX);
        Scale scale;
        if (min == null && max == null) {
            scale = kind.isNps() ? Scale.ZERO_TO_TEN : kind == SurveyKind.CES ? Scale.ONE_TO_SEVEN : Scale.ONE_TO_FIVE;
        } else if (min == null || max == null) {
            throw new IllegalArgumentException(layout.column(SCALE_MIN) + " and " + layout.column(SCALE_MAX)
                    + " must both be present or both be null: " + context + ", " + min + ".." + max);
        } else {
            scale = Scale.of(min, max);
        }
        Instant at = b.required(b.instant(row, AT), AT, context);
        SurveyResponse.Builder s = SurveyResponse.builder(kind, score, scale, at);
        if (id != null) {
            s.id(id);
        }
        String ticket = b.text(row, TICKET);
        if (ticket != null) {
            s.ticketId(ticket);
        }
        String agent = b.text(row, AGENT);
        if (agent != null) {
            s.agentId(agent);
        }
        String customer = b.text(row, CUSTOMER);
        if (customer != null) {
            s.customerId(customer);
        }
        String channel = b.text(row, CHANNEL);
        if (channel != null) {
            s.channel(CHANNELS.get(channel, Channel::of));
        }
        String comment = b.text(row, COMMENT);
        if (comment != null) {
            s.comment(comment);
        }
        Map<String, String> attributes = b.textMap(row, ATTRIBUTES);
        if (attributes != null) {
            attributes.forEach(s::attribute);
        }
        return s.build();
    }

    private SurveyKind kind(String text) {
        switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "enps":
                return SurveyKind.EMPLOYEE_NPS;
            case "esat":
                return SurveyKind.EMPLOYEE_SATISFACTION;
            default:
                return Layout.parse(SurveyKind.class, layout.column(KIND), text);
        }
    }

    /**
     * The row of a survey response in the standard columns ({@link #standard()}{@code .schema()}).
     *
     * @param response the response
     * @return the row
     */
    public static Row row(SurveyResponse response) {
        return RowFactory.create(response.id().orElse(null), Layout.name(response.kind()), response.score(),
                response.scale().min(), response.scale().max(), Timestamp.from(response.at()),
                response.ticketId().orElse(null), response.agentId().orElse(null), response.customerId().orElse(null),
                response.channel().map(Channel::name).orElse(null), response.comment().orElse(null),
                scala.jdk.javaapi.CollectionConverters.asScala(response.attributes()));
    }
}
