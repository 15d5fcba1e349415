package io.github.supportkpi.domain;

import java.util.Objects;

/**
 * A field of a row refused by a rule: the message is {@code "<field> <rule>: <value>"}, so the part
 * before {@code ": "} names the field and the rule and never the value, and rows refused for the same
 * rule are counted together by {@link Ingestion}.
 *
 * <pre>{@code
 * throw new FieldException("reopens", "must be an integer", "two");
 * // reopens must be an integer: "two"
 * }</pre>
 */
public final class FieldException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The field refused. */
    private final String field;
    /** The rule it broke, without the value. */
    private final String rule;
    /** The value refused, as read. */
    private final String value;

    /**
     * A refusal of one field's value.
     *
     * @param field the field's name ({@code "created"}), not blank
     * @param rule the rule it broke, without the value ({@code "must be an integer"}), not blank
     * @param value the value as read, may be null for a missing value
     * @throws IllegalArgumentException if {@code field} or {@code rule} is blank
     */
    public FieldException(String field, String rule, String value) {
        this(field, rule, value, null);
    }

    /**
     * A refusal of one field's value, caused by a parser's exception.
     *
     * @param field the field's name ({@code "created"}), not blank
     * @param rule the rule it broke, without the value ({@code "must be an integer"}), not blank
     * @param value the value as read, may be null for a missing value
     * @param cause the parser's exception, may be null
     * @throws IllegalArgumentException if {@code field} or {@code rule} is blank
     */
    public FieldException(String field, String rule, String value, Throwable cause) {
        super(message(field, rule, value), cause);
        this.field = field;
        this.rule = rule;
        this.value = value;
    }

    private static String message(String field, String rule, String value) {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        if (field.isBlank() || rule.isBlank()) {
            throw new IllegalArgumentException("field and rule must not be blank: \"" + field + "\", \"" + rule + "\"");
        }
        return field + " " + rule + ": " + (value == null ? "missing" : "\"" + value + "\"");
    }

    /**
     * The field refused.
     *
     * @return the field's name
     */
    public String field() {
        return field;
    }

    /**
     * The rule the value broke, without the value.
     *
     * @return the rule ({@code "must be an integer"})
     */
    public String rule() {
        return rule;
    }

    /**
     * The value refused, as read.
     *
     * @return the value, or null if it was missing
     */
    public String value() {
        return value;
    }
}
