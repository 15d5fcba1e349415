package io.github.supportkpi.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One customer's standing over a reporting period, the input of retention and churn. Immutable and
 * thread-safe.
 *
 * <p>A customer is either a customer at the start of the period or acquired during it, never both. A
 * customer acquired and lost within the period is {@code acquired} and not {@code activeAtEnd}. Free
 * {@link #attributes()} (contract type, plan, region, ...) segment churn and retention like ticket attributes;
 * add them with {@link #withAttribute} or {@link #withAttributes}. Names and values must not be blank.
 *
 * @param customerId the customer
 * @param activeAtStart whether they were a customer at the start of the period
 * @param acquired whether they became a customer during the period
 * @param activeAtEnd whether they were a customer at the end of the period
 * @param revenueAtStart recurring revenue at the start (zero if none or not tracked); not negative
 * @param revenueAtEnd recurring revenue at the end (zero if none or not tracked); not negative
 * @param attributes free attributes for segmenting (contract type, plan, ...), in insertion order; kept as an
 *     unmodifiable copy
 */
public record CustomerPeriod(
        String customerId,
        boolean activeAtStart,
        boolean acquired,
        boolean activeAtEnd,
        BigDecimal revenueAtStart,
        BigDecimal revenueAtEnd,
        Map<String, String> attributes) {

    /**
     * Validates the fields.
     *
     * @throws NullPointerException if a field, an attribute name or value is null
     * @throws IllegalArgumentException if the customer is both active at the start and acquired, is neither
     *     active at the start nor acquired, has negative revenue, or an attribute name or value is blank
     */
    public CustomerPeriod {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(revenueAtStart, "revenueAtStart");
        Objects.requireNonNull(revenueAtEnd, "revenueAtEnd");
        if (activeAtStart && acquired) {
            throw new IllegalArgumentException(
                    "acquired must be false for a customer active at the start: customer " + customerId);
        }
        if (!activeAtStart && !acquired) {
            throw new IllegalArgumentException("a customer period must be active at the start or acquired during"
                    + " the period: customer " + customerId);
        }
        if (revenueAtStart.signum() < 0) {
            throw new IllegalArgumentException(
                    "revenueAtStart must not be negative: customer " + customerId + ", " + revenueAtStart);
        }
        if (revenueAtEnd.signum() < 0) {
            throw new IllegalArgumentException(
                    "revenueAtEnd must not be negative: customer " + customerId + ", " + revenueAtEnd);
        }
        String named = customerId;
        attributes = Attributes.checked(attributes, () -> "customer " + named);
    }

    /**
     * Validates the fields, with no attributes: as the constructor of every field with an empty map.
     *
     * @param customerId the customer
     * @param activeAtStart whether they were a customer at the start of the period
     * @param acquired whether they became a customer during the period
     * @param activeAtEnd whether they were a customer at the end of the period
     * @param revenueAtStart recurring revenue at the start (zero if none or not tracked); not negative
     * @param revenueAtEnd recurring revenue at the end (zero if none or not tracked); not negative
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException as the constructor of every field does
     */
    public CustomerPeriod(String customerId, boolean activeAtStart, boolean acquired, boolean activeAtEnd,
            BigDecimal revenueAtStart, BigDecimal revenueAtEnd) {
        this(customerId, activeAtStart, acquired, activeAtEnd, revenueAtStart, revenueAtEnd, Map.of());
    }

    /**
     * A copy with one more free attribute.
     *
     * @param name the attribute name, such as {@code "contract"}; not blank
     * @param value its value, such as {@code "month-to-month"}; not blank
     * @return the copy, the attribute last
     * @throws NullPointerException if the name or the value is null
     * @throws IllegalArgumentException if the name or the value is blank, or this period already has the
     *     attribute with another value
     */
    public CustomerPeriod withAttribute(String name, String value) {
        Objects.requireNonNull(name, "attribute name");
        Objects.requireNonNull(value, () -> "attribute " + name);
        String current = attributes.get(name);
        if (value.equals(current)) {
            return this;
        }
        if (current != null) {
            throw new IllegalArgumentException("attribute " + name + " must not be set twice to different values:"
                    + " customer " + customerId + ", attribute " + name + " " + current + ", then " + value);
        }
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(name, value);
        return new CustomerPeriod(customerId, activeAtStart, acquired, activeAtEnd, revenueAtStart, revenueAtEnd,
                more);
    }

    /**
     * A copy with these free attributes instead of this period's.
     *
     * @param attributes the names and values, in the order to keep
     * @return the copy
     * @throws NullPointerException if the map, a name or a value is null
     * @throws IllegalArgumentException if a name or a value is blank
     */
    public CustomerPeriod withAttributes(Map<String, String> attributes) {
        return new CustomerPeriod(customerId, activeAtStart, acquired, activeAtEnd, revenueAtStart, revenueAtEnd,
                attributes);
    }

    /**
     * The value of a free attribute.
     *
     * @param name the attribute name, such as {@code "contract"}
     * @return its value, or empty when the period has none
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * A customer present at the start who stayed or left, with no revenue tracked.
     *
     * @param customerId the customer
     * @param retained whether they were still a customer at the end
     * @return the period
     */
    public static CustomerPeriod existing(String customerId, boolean retained) {
        return new CustomerPeriod(customerId, true, false, retained, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * A customer acquired during the period, with no revenue tracked.
     *
     * @param customerId the customer
     * @param activeAtEnd whether they were still a customer at the end
     * @return the period
     */
    public static CustomerPeriod acquired(String customerId, boolean activeAtEnd) {
        return new CustomerPeriod(customerId, false, true, activeAtEnd, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * Whether this customer was at the start and gone at the end.
     *
     * @return {@code activeAtStart && !activeAtEnd}
     */
    public boolean lost() {
        return activeAtStart && !activeAtEnd;
    }
}
