package io.github.supportkpi.cli;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Screening;
import io.github.supportkpi.metric.Tallies;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tallies of a report's rows, fed one record at a time: one screened pass of the metric set per row
 * key, so a record a metric cannot use is counted, not fatal (or, strictly, ends the run naming it). The
 * total is the merge of the rows, never a sum of their percentages.
 *
 * @param <T> the record type
 */
final class Rows<T> {
    private final MetricSet<T> set;
    private final Map<List<String>, Screening<T, Tallies<T>>.Feed> feeds = new HashMap<>();
    private final Map<List<String>, Tallies<T>> counted = new HashMap<>();
    private Screening<T, Tallies<T>> lenient;
    private Screening<T, Tallies<T>> strict;

    /** @param set the metrics, or null for none */
    Rows(MetricSet<T> set) {
        this.set = set;
    }

    void accept(List<String> key, T record, boolean strictly) {
        if (set == null) {
            return;
        }
        feeds.computeIfAbsent(List.copyOf(key), k -> screening(strictly).newFeed()).accept(record);
    }

    private Screening<T, Tallies<T>> screening(boolean strictly) {
        if (strictly) {
            strict = strict == null ? set.strict() : strict;
            return strict;
        }
        lenient = lenient == null ? set.lenient(ExportReader.EXAMPLES) : lenient;
        return lenient;
    }

    /**
     * Adds tallies made from pre-aggregated counts to a row; they merge with its records' tallies.
     *
     * @param key the row
     * @param tallies the tallies, of this report's metric set
     */
    void add(List<String> key, Tallies<T> tallies) {
        if (set == null) {
            return;
        }
        counted.merge(List.copyOf(key), tallies, Tallies::plus);
    }

    Set<List<String>> keys() {
        Set<List<String>> keys = new HashSet<>(feeds.keySet());
        keys.addAll(counted.keySet());
        return keys;
    }

    /** The result of a row; empty for a row without records, null without metrics. */
    Screening.Result<Tallies<T>> result(List<String> key) {
        Screening<T, Tallies<T>>.Feed feed = feeds.get(key);
        Screening.Result<Tallies<T>> r = feed != null ? feed.result() : empty();
        Tallies<T> extra = counted.get(key);
        return extra == null ? r : new Screening.Result<>(r.tally().plus(extra), r.quality());
    }

    /** The merge of every row; null without metrics. */
    Screening.Result<Tallies<T>> total() {
        Screening.Result<Tallies<T>> total = empty();
        if (total == null) {
            return null;
        }
        for (Screening<T, Tallies<T>>.Feed feed : feeds.values()) {
            total = total.plus(feed.result());
        }
        for (Tallies<T> extra : counted.values()) {
            total = new Screening.Result<>(total.tally().plus(extra), total.quality());
        }
        return total;
    }

    /** The records the metrics could not use, over every row. */
    DataQuality refusals() {
        return set == null ? DataQuality.empty(ExportReader.EXAMPLES) : total().quality();
    }

    /** The result of no records; null without metrics, whose rows have no cells. */
    private Screening.Result<Tallies<T>> empty() {
        return set == null ? null : screening(false).empty();
    }
}
