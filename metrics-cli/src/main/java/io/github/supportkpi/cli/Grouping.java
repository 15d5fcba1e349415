package io.github.supportkpi.cli;

import io.github.supportkpi.metric.Dimension;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** How records are put in rows: by bucket of time and by a segment, as {@code --bucket} and {@code --by} ask. */
final class Grouping {
    /** A segment for a record without a value for the dimension. */
    static final String NONE = "(none)";
    /** The key of a total over a key column. */
    static final String ALL = "all";

    private Grouping() {}

    /** The buckets of {@code --bucket}. */
    enum Bucket {
        /** Calendar days, {@code 2024-05-20}. */
        DAY,
        /** ISO weeks, Monday to Sunday, {@code 2024-W21}. */
        WEEK,
        /** Calendar months, {@code 2024-05}. */
        MONTH;

        /** The first day of the bucket holding a date. */
        LocalDate start(LocalDate d) {
            switch (this) {
                case DAY: return d;
                case WEEK: return d.with(java.time.DayOfWeek.MONDAY);
                default: return d.with(TemporalAdjusters.firstDayOfMonth());
            }
        }

        /** The label of the bucket starting on a date. */
        String label(LocalDate start) {
            switch (this) {
                case DAY:
                    return start.toString();
                case WEEK:
                    return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
                            start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                default:
                    return String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
            }
        }

        /** The label of the bucket holding an instant in a zone. */
        String labelOf(Instant at, ZoneId zone) {
            return label(start(LocalDate.ofInstant(at, zone)));
        }

        /** Every bucket label from the one holding {@code first} to the one holding {@code last}. */
        List<String> labels(LocalDate first, LocalDate last) {
            List<String> out = new ArrayList<>();
            ChronoUnit unit = this == DAY ? ChronoUnit.DAYS : this == WEEK ? ChronoUnit.WEEKS : ChronoUnit.MONTHS;
            for (LocalDate d = start(first); !d.isAfter(last); d = d.plus(1, unit)) {
                out.add(label(d));
            }
            return out;
        }

        /** The column heading. */
        String heading() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The label of a dimension's key for a record: an enum by its name in lower case, anything else by its
     * text, {@link #NONE} for no value.
     */
    static <T> Function<T, String> labels(Dimension<T, ?> dimension) {
        return record -> {
            Object key = dimension.keyOf(record);
            if (key == null) {
                return NONE;
            }
            return key instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : key.toString();
        };
    }

    /**
     * The dimension named by {@code --by}: one of the standard ones, or {@code attribute:NAME}.
     *
     * @param name the option's value
     * @param standard the standard dimensions by name
     * @param attribute the attribute dimension of a name
     * @return the dimension
     * @throws IllegalArgumentException for an unknown name, listing the known ones
     */
    static <T> Dimension<T, ?> dimension(String name, Map<String, Dimension<T, ?>> standard,
            Function<String, Dimension<T, ?>> attribute) {
        if (name.startsWith("attribute:") && name.length() > "attribute:".length()) {
            return attribute.apply(name.substring("attribute:".length()));
        }
        Dimension<T, ?> d = standard.get(name);
        if (d == null) {
            throw new IllegalArgumentException("--by must be one of " + String.join(", ", standard.keySet())
                    + " or attribute:NAME: \"" + name + "\"");
        }
        return d;
    }
}
