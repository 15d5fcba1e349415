package io.github.supportkpi.cli;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Screening;
import io.github.supportkpi.metric.Tallies;
import java.util.HashMap;
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

    Set<List<String>> keys() {
        return feeds.keySet();
    }

    /** The result of a row; empty for a row without records, null without metrics. */
    Screening.Result<Tallies<T>> result(List<String> key) {
        Screening<T, Tallies<T>>.Feed feed = feeds.get(key);
        return feed != null ? feed.result() : empty();
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
