package io.github.supportkpi.sla;

import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The plain-text table of SLA compliance a team lead reads: one row per segment and target of a segmented
 * {@link SlaTally}, such as {@link SlaCompliance} by priority.
 *
 * <pre>{@code
 * Segmented<Priority, SlaTally> byPriority = sla.by(TicketDimensions.PRIORITY).over(tickets);
 * System.out.print(SlaTable.of(byPriority));
 * }</pre>
 */
public final class SlaTable {
    private static final SlaTarget[] TARGETS = SlaTarget.values();

    private SlaTable() {}

    /**
     * A plain-text table of SLA compliance per segment: one row per segment and target, then the tickets
     * with no key ({@code (none)}, when there are any) and the total. Compliance is printed as a percentage
     * with its counts, or {@code n/a} when no ticket is decided.
     *
     * <pre>
     * priority  target          compliance          achieved  breached  in progress  paused   n/a
     * HIGH      first_response  75.00% (3/4)               3         1            0       0     0
     * </pre>
     *
     * @param segmented the tally segmented by a dimension, such as {@link TicketDimensions#PRIORITY}
     * @param <K> the key type
     * @return the table, one line per row, each ending in a line feed
     */
    public static <K extends Comparable<? super K>> String of(Segmented<K, SlaTally> segmented) {
        Objects.requireNonNull(segmented, "segmented");
        Map<String, SlaTally> rows = new LinkedHashMap<>();
        segmented.segments().forEach((k, v) -> rows.put(String.valueOf(k), v));
        if (segmented.absent().sampleSize() > 0) {
            rows.put("(none)", segmented.absent());
        }
        rows.put("total", segmented.total());
        int w = segmented.dimension().length();
        for (String k : rows.keySet()) {
            w = Math.max(w, k.length());
        }
        String format = "%-" + w + "s  %-14s  %-18s  %8s  %8s  %11s  %6s  %4s%n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, format, segmented.dimension(), "target", "compliance", "achieved",
                "breached", "in progress", "paused", "n/a"));
        rows.forEach((key, tally) -> {
            for (SlaTarget target : TARGETS) {
                SlaCounts c = tally.counts(target);
                Ratio r = c.compliance();
                String compliance = r.percent().isPresent()
                        ? String.format(Locale.ROOT, "%.2f%% (%d/%d)", r.percent().getAsDouble(), r.numerator(),
                                r.denominator())
                        : "n/a";
                sb.append(String.format(Locale.ROOT, format, key, target.name().toLowerCase(Locale.ROOT),
                        compliance, c.achieved(), c.breached(), c.inProgress(), c.paused(), c.notApplicable()));
            }
        });
        return sb.toString();
    }
}
