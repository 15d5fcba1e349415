package io.github.supportkpi.spark;

import io.github.supportkpi.backlog.FlowTally;
import io.github.supportkpi.business.CostPerUnit;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.experience.NpsTally;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Mean;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.quality.ConsistencyTally;
import io.github.supportkpi.quality.ContactHistory;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.workload.AgentLoad;
import io.github.supportkpi.workload.AgentWork;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The values of a tally as rows of a table, each with its sample size: what {@link SparkMetric#values}
 * writes. Durations are in seconds, rates in percent ([0, 100]). An undefined value (no data) is empty,
 * never NaN and never 0, with its counts kept.
 *
 * <table>
 *   <caption>Statistics per tally</caption>
 *   <tr><th>tally</th><th>statistics</th></tr>
 *   <tr><td>{@code Count}</td><td>{@code count}</td></tr>
 *   <tr><td>{@code Ratio}</td><td>{@code percent}, with numerator and denominator</td></tr>
 *   <tr><td>{@code Mean}</td><td>{@code mean}, with the sum as numerator and the count as denominator</td></tr>
 *   <tr><td>{@code DurationStats}</td><td>{@code mean}, {@code median}, {@code p90} (seconds), sample size the
 *       durations measured; {@code unmeasured}</td></tr>
 *   <tr><td>{@code NpsTally}</td><td>{@code score}, {@code promoters.percent}, {@code detractors.percent}</td></tr>
 *   <tr><td>{@code SlaTally}</td><td>per target ({@code first.response}, {@code next.response},
 *       {@code resolution}): {@code <target>.compliance} (achieved of achieved and breached),
 *       {@code <target>.breaches}</td></tr>
 *   <tr><td>{@code FlowTally}</td><td>{@code created}, {@code resolved}, {@code net}</td></tr>
 *   <tr><td>{@code AgentLoad}</td><td>{@code per.agent}</td></tr>
 *   <tr><td>{@code AgentWork}</td><td>{@code per.hour}, {@code occupancy.percent}</td></tr>
 *   <tr><td>{@code CostPerUnit}</td><td>{@code per.unit}</td></tr>
 *   <tr><td>{@code CustomerTally}</td><td>{@code retention.percent}, {@code churn.percent}</td></tr>
 *   <tr><td>{@code ConsistencyTally}</td><td>{@code percent} (overall)</td></tr>
 *   <tr><td>{@code ContactHistory}</td><td>{@code repeated.percent}</td></tr>
 *   <tr><td>{@code Frequencies}</td><td>per key: {@code percent} of the total, the key as segment</td></tr>
 *   <tr><td>any other</td><td>{@code sample.size}</td></tr>
 * </table>
 *
 * <p>Composite tallies are flattened: a {@code Tallies} gives the values of each metric under its own id;
 * a {@code Segmented} gives its total (no dimension), each segment (dimension and segment set) and the records
 * without a key (dimension set, segment empty), with nested dimensions and keys joined by {@code /}; a
 * {@code BucketSeries} gives each bucket of its range (records out of range or without an instant stay in the
 * tally).
 */
public final class TallyValues {
    private TallyValues() {
    }

    /**
     * One value.
     *
     * @param metric the metric's id
     * @param dimension the dimension segmented by, if any
     * @param segment the segment's key, if any
     * @param bucket the time bucket, if any
     * @param statistic what the value is, such as {@code percent} or {@code median}
     * @param value the value, empty when undefined
     * @param sampleSize the records that decided it
     * @param numerator the numerator, for a rate or mean
     * @param denominator the denominator, for a rate or mean
     */
    public record Value(String metric, Optional<String> dimension, Optional<String> segment, Optional<String> bucket,
            String statistic, OptionalDouble value, long sampleSize, OptionalLong numerator, OptionalLong denominator) {
        /**
         * Checks the parts.
         *
         * @throws NullPointerException if a part is null
         * @throws IllegalArgumentException if the sample size is negative or the value is NaN or infinite
         */
        public Value {
            Objects.requireNonNull(metric, "metric");
            Objects.requireNonNull(dimension, "dimension");
            Objects.requireNonNull(segment, "segment");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(statistic, "statistic");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            if (sampleSize < 0) {
                throw new IllegalArgumentException("sampleSize must not be negative: " + sampleSize);
            }
            if (value.isPresent() && !Double.isFinite(value.getAsDouble())) {
                throw new IllegalArgumentException("value must be finite: " + value.getAsDouble());
            }
        }
    }

    /**
     * The values of a tally.
     *
     * @param metric the id of the tally's metric
     * @param tally the tally
     * @return its values, in a stable order
     */
    public static List<Value> of(String metric, Tally<?> tally) {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(tally, "tally");
        List<Value> out = new ArrayList<>();
        add(out, new Where(metric, null, null, null), tally);
        return out;
    }

    /** Where a value sits: its metric, dimension path, segment path and bucket. */
    private record Where(String metric, String dimension, String segment, String bucket) {
        Where in(String dim, String key) {
            return new Where(metric, join(dimension, dim), key == null ? null : join(segment, key), bucket);
        }

        Where inAbsent(String dim) {
            return new Where(metric, join(dimension, dim), null, bucket);
        }

        private static String join(String a, String b) {
            return a == null ? b : a + "/" + b;
        }
    }

    private static void add(List<Value> out, Where w, Tally<?> tally) {
        if (tally instanceof Tallies<?> all) {
            List<Tally<?>> tallies = all.list();
            for (int i = 0; i < tallies.size(); i++) {
                String id = all.set().metrics().get(i).id();
                add(out, new Where(id, w.dimension, w.segment, w.bucket), tallies.get(i));
            }
        } else if (tally instanceof Segmented<?, ?> s) {
            add(out, w, s.total());
            for (Map.Entry<?, ? extends Tally<?>> e : s.segments().entrySet()) {
                add(out, w.in(s.dimension(), String.valueOf(e.getKey())), e.getValue());
            }
            add(out, w.inAbsent(s.dimension()), s.absent());
        } else if (tally instanceof BucketSeries<?> series) {
            for (Map.Entry<?, ? extends Tally<?>> e : series.buckets().entrySet()) {
                add(out, new Where(w.metric, w.dimension, w.segment, String.valueOf(e.getKey())), e.getValue());
            }
        } else {
            simple(out, w, tally);
        }
    }

    private static void simple(List<Value> out, Where w, Tally<?> tally) {
        if (tally instanceof Count c) {
            out.add(count(w, "count", c.value()));
        } else if (tally instanceof Ratio r) {
            out.add(ratio(w, "percent", r));
        } else if (tally instanceof Mean m) {
            out.add(new Value(w.metric, opt(w.dimension), opt(w.segment), opt(w.bucket), "mean", m.value(),
                    m.count(), OptionalLong.of(m.sum()), OptionalLong.of(m.count())));
        } else if (tally instanceof DurationStats d) {
            out.add(value(w, "mean", d.meanSeconds(), d.count()));
            out.add(value(w, "median", seconds(d.median()), d.count()));
            out.add(value(w, "p90", seconds(d.percentile(90)), d.count()));
            out.add(count(w, "unmeasured", d.unmeasured()));
        } else if (tally instanceof NpsTally n) {
            out.add(value(w, "score", n.score(), n.responses()));
            out.add(ratio(w, "promoters.percent", n.promoterShare()));
            out.add(ratio(w, "detractors.percent", n.detractorShare()));
        } else if (tally instanceof SlaTally s) {
            for (SlaTarget target : SlaTarget.values()) {
                String name = target.name().toLowerCase(Locale.ROOT).replace('_', '.');
                out.add(ratio(w, name + ".compliance", s.compliance(target)));
                out.add(count(w, name + ".breaches", s.breaches(target)));
            }
        } else if (tally instanceof FlowTally f) {
            out.add(count(w, "created", f.created()));
            out.add(count(w, "resolved", f.resolved()));
            out.add(new Value(w.metric, opt(w.dimension), opt(w.segment), opt(w.bucket), "net",
                    OptionalDouble.of(f.net()), f.sampleSize(), OptionalLong.empty(), OptionalLong.empty()));
        } else if (tally instanceof AgentLoad a) {
            out.add(value(w, "per.agent", a.value(), a.sampleSize()));
        } else if (tally instanceof AgentWork a) {
            out.add(value(w, "per.hour", a.ticketsPerHour(), a.sampleSize()));
            out.add(value(w, "occupancy.percent", a.occupancyPercent(), a.sampleSize()));
        } else if (tally instanceof CostPerUnit c) {
            OptionalDouble perUnit = c.perUnit().map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty());
            out.add(value(w, "per.unit", perUnit, c.units()));
        } else if (tally instanceof CustomerTally c) {
            out.add(ratio(w, "retention.percent", c.retention()));
            out.add(ratio(w, "churn.percent", c.churn()));
        } else if (tally instanceof ConsistencyTally c) {
            out.add(ratio(w, "percent", c.overall()));
        } else if (tally instanceof ContactHistory h) {
            out.add(ratio(w, "repeated.percent", h.repeated()));
        } else if (tally instanceof Frequencies<?> f) {
            for (Map.Entry<?, Long> e : f.counts().entrySet()) {
                Where keyed = new Where(w.metric, w.dimension, w.segment == null ? String.valueOf(e.getKey())
                        : w.segment + "/" + e.getKey(), w.bucket);
                out.add(ratio(keyed, "percent", Ratio.of(e.getValue(), f.total())));
            }
        } else {
            out.add(count(w, "sample.size", tally.sampleSize()));
        }
    }

    private static Optional<String> opt(String s) {
        return Optional.ofNullable(s);
    }

    private static OptionalDouble seconds(Optional<Duration> d) {
        return d.map(x -> OptionalDouble.of(x.getSeconds() + x.getNano() / 1e9)).orElse(OptionalDouble.empty());
    }

    private static Value count(Where w, String statistic, long n) {
        return new Value(w.metric, opt(w.dimension), opt(w.segment), opt(w.bucket), statistic, OptionalDouble.of(n), n,
                OptionalLong.empty(), OptionalLong.empty());
    }

    private static Value value(Where w, String statistic, OptionalDouble v, long sampleSize) {
        return new Value(w.metric, opt(w.dimension), opt(w.segment), opt(w.bucket), statistic, v, sampleSize,
                OptionalLong.empty(), OptionalLong.empty());
    }

    private static Value ratio(Where w, String statistic, Ratio r) {
        return new Value(w.metric, opt(w.dimension), opt(w.segment), opt(w.bucket), statistic, r.percent(),
                r.denominator(), OptionalLong.of(r.numerator()), OptionalLong.of(r.denominator()));
    }
}
