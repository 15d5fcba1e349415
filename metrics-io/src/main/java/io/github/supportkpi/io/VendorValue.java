package io.github.supportkpi.io;

import io.github.supportkpi.io.FieldMapping.DurationFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A value a help desk computes itself and ships in its export, read beside the library's own for a
 * {@link Reconciliation}: Zendesk's reply time in calendar minutes beside the first response time of the
 * ticket read. The mapping file names it in its {@code vendor} section, by what it measures
 * ({@code firstResponse} or {@code resolution}):
 *
 * <pre>{@code
 * "vendor": {
 *   "resolution": {"column": "metric_set.full_resolution_time_in_minutes.calendar", "duration": "minutes",
 *                  "rules": {"vendor counts business minutes": "metric_set.full_resolution_time_in_minutes.business"}}
 * }
 * }</pre>
 *
 * @param column the column holding the vendor's value
 * @param duration how the value is written
 * @param rules other columns of the vendor, by the name of the rule a difference is explained by when ours
 *     equals that column's value (within the tolerance), in the order tried
 */
public record VendorValue(String column, DurationFormat duration, Map<String, String> rules) {
    /**
     * Checks and copies the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if the column or a rule's name is blank
     */
    public VendorValue {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(duration, "duration");
        if (column.isBlank()) {
            throw new IllegalArgumentException("vendor column must not be blank");
        }
        for (Map.Entry<String, String> e : rules.entrySet()) {
            if (e.getKey().isBlank() || e.getValue().isBlank()) {
                throw new IllegalArgumentException("vendor rules must name a rule and a column: \"" + e.getKey()
                        + "\": \"" + e.getValue() + "\"");
            }
        }
        rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
    }

    /**
     * A vendor value without rules.
     *
     * @param column the column
     * @param duration how the value is written
     * @return the value
     */
    public static VendorValue of(String column, DurationFormat duration) {
        return new VendorValue(column, duration, Map.of());
    }
}
