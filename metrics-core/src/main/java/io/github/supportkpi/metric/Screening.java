package io.github.supportkpi.metric;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.DataQuality.Kind;
import io.github.supportkpi.domain.DataQuality.Reason;
import io.github.supportkpi.domain.FieldException;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Stream;

/**
 * A pass of a metric that says what becomes of a record the metric cannot use: a record its accumulator
 * refuses with an {@link IllegalArgumentException} (a CSAT answer on another scale, an NPS score above 10).
 * <ul>
 *   <li>{@link Mode#STRICT strict} ({@link #strict}, and what {@link Metric#over} does): the first refusal
 *       ends the pass with an {@link IllegalArgumentException} whose message names the metric and the record,
 *       {@code "csat cannot use response r7 at 2026-03-02T10:00:00Z: CSAT response scale must be 1..5: 1..10
 *       (...)"}, the metric's own refusal as its cause;</li>
 *   <li>{@link Mode#LENIENT lenient} ({@link #lenient}): the record is counted in a {@link DataQuality} under
 *       a reason whose field is the metric's id and whose rule is the refusal without the value
 *       ({@code csat} + {@code "CSAT response scale must be 1..5"}: the part of the message before the first
 *       {@code ": "}, or a {@link FieldException}'s field and rule), with the first few examples (the record
 *       and the whole message), and the pass goes on.</li>
 * </ul>
 * Either way the {@link Result} is the metric's tally of the records it used, beside the report: over records
 * every metric can use, both modes give the tally {@link Metric#over} gives, and a report of every record kept.
 *
 * <p><b>Which records a refusal leaves out.</b> An accumulator refuses a record before it changes (see
 * {@link Accumulator#accept}), so a refused record is in no tally of the metric. For a {@link MetricSet}
 * each metric judges each record by itself: a record one metric refuses still reaches the set's other
 * metrics, and the report counts every refusal once:
 * <ul>
 *   <li>a record every metric of the set refuses is {@link Kind#REJECTED rejected}, under the reason of the
 *       first metric of the set that refused it, and {@link Kind#IGNORED ignored} under each other's;</li>
 *   <li>a record some metrics used is {@link DataQuality#kept() kept}, and {@link Kind#IGNORED ignored}
 *       under the reason of each metric that refused it: it is in the tallies of the others only.</li>
 * </ul>
 * So the report's {@link DataQuality#rows() rows} are the records fed, and its rejected and ignored counts
 * add up to the refusals; a single metric is a set of one, whose every refusal is a rejected record. A
 * record a metric passes over by its definition (an NPS response for CSAT) is not a refusal.
 *
 * <p><b>Merging.</b> {@link Result#plus} adds the tallies and the reports ({@link DataQuality#plus}), so the
 * results of the parts of a pass merge into the result of the whole; {@link #over(List, int)} and a parallel
 * {@link #collector()} do so. The tally alone is the metric's and stores as any other (the wire format stores
 * the tally, not the report).
 *
 * <pre>{@code
 * Screening.Result<Ratio> r = CustomerSatisfaction.defaults().lenient(3).over(responses);
 * r.tally().percent();             // over the responses on the 1..5 scale
 * r.quality().rejectedByReason();  // {csat CSAT response scale must be 1..5=1}
 * }</pre>
 *
 * <p>Immutable and thread-safe; each {@link Feed} is confined to one thread.
 *
 * @param <T> the record type
 * @param <S> the metric's tally type
 */
public final class Screening<T, S extends Tally<S>> {
    /** What a pass does with a record a metric cannot use. */
    public enum Mode {
        /** The pass ends with an exception naming the metric and the record. The default of every pass. */
        STRICT,
        /** The record is counted under its reason, and the pass goes on. */
        LENIENT
    }

    /**
     * The tally of the records a metric used and the report of those it could not use. Immutable and
     * thread-safe.
     *
     * @param tally the metric's tally of the records it used
     * @param quality the records fed: {@link DataQuality#kept() kept} if used, else counted under the
     *     refusal's reason
     * @param <S> the tally type
     */
    public record Result<S extends Tally<S>>(S tally, DataQuality quality) {
        /**
         * Validates the parts.
         *
         * @throws NullPointerException if a part is null
         */
        public Result {
            Objects.requireNonNull(tally, "tally");
            Objects.requireNonNull(quality, "quality");
        }

        /**
         * The result of these records followed by those of another result of the same metric.
         *
         * @param other the result of the records that follow
         * @return the tallies merged and the reports merged ({@link DataQuality#plus})
         * @throws IllegalArgumentException if the tallies do not merge
         */
        public Result<S> plus(Result<S> other) {
            return new Result<>(tally.plus(other.tally), quality.plus(other.quality));
        }
    }

    private final Metric<T, S> metric;
    private final Mode mode;
    private final int examplesPerReason;
    private final Function<? super T, String> locator;

    private Screening(Metric<T, S> metric, Mode mode, int examplesPerReason, Function<? super T, String> locator) {
        this.metric = metric;
        this.mode = mode;
        this.examplesPerReason = examplesPerReason;
        this.locator = locator;
    }

    /**
     * A strict pass of a metric: the first record it cannot use ends the pass, the exception naming the
     * metric and the record.
     *
     * @param metric the metric
     * @param <T> the record type
     * @param <S> the tally type
     * @return the pass
     */
    public static <T, S extends Tally<S>> Screening<T, S> strict(Metric<T, S> metric) {
        Objects.requireNonNull(metric, "metric");
        return new Screening<>(metric, Mode.STRICT, 0, Screening::locate);
    }

    /**
     * A lenient pass of a metric: a record it cannot use is counted under its reason, and the pass goes on.
     *
     * @param metric the metric, or a {@link MetricSet} whose metrics each judge each record
     * @param examplesPerReason how many examples to keep per reason, not negative
     * @param <T> the record type
     * @param <S> the tally type
     * @return the pass
     * @throws IllegalArgumentException if {@code examplesPerReason} is negative
     */
    public static <T, S extends Tally<S>> Screening<T, S> lenient(Metric<T, S> metric, int examplesPerReason) {
        Objects.requireNonNull(metric, "metric");
        if (examplesPerReason < 0) {
            throw new IllegalArgumentException("examplesPerReason must not be negative: " + examplesPerReason);
        }
        return new Screening<>(metric, Mode.LENIENT, examplesPerReason, Screening::locate);
    }

    /**
     * This pass naming records another way in its messages and examples. By default a record is named by
     * {@link #locate}.
     *
     * @param locator names a record, such as {@code r -> "line " + r.line()}; never throws
     * @return the pass naming records so
     */
    public Screening<T, S> locatedBy(Function<? super T, String> locator) {
        return new Screening<>(metric, mode, examplesPerReason, Objects.requireNonNull(locator, "locator"));
    }

    /**
     * The metric screened.
     *
     * @return the metric
     */
    public Metric<T, S> metric() {
        return metric;
    }

    /**
     * What this pass does with a record the metric cannot use.
     *
     * @return the mode
     */
    public Mode mode() {
        return mode;
    }

    /**
     * How a record is named by default: a ticket by its id ({@code "ticket T-42"}), a survey response, an
     * interaction by their id (or {@code "without id"}) and instant, a customer period by its customer, an
     * agent session by its agent and start, anything else by its {@code toString}, cut to 200 characters.
     *
     * @param record a record
     * @return its name, for messages and examples
     */
    public static String locate(Object record) {
        if (record instanceof Ticket t) {
            return "ticket " + t.id();
        }
        if (record instanceof SurveyResponse r) {
            return "response " + r.id().orElse("without id") + " at " + r.at();
        }
        if (record instanceof Interaction i) {
            return "interaction " + i.id().orElse("without id") + " at " + i.at();
        }
        if (record instanceof CustomerPeriod c) {
            return "customer " + c.customerId();
        }
        if (record instanceof AgentSession s) {
            return "session of " + s.agentId() + " at " + s.start();
        }
        String text = String.valueOf(record);
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }

    /**
     * The result of no records.
     *
     * @return the metric's empty tally and an empty report
     */
    public Result<S> empty() {
        return new Result<>(metric.empty(), DataQuality.empty(examplesPerReason));
    }

    /**
     * A new, empty feed, to give the records one at a time.
     *
     * @return a feed confined to the calling thread
     */
    public Feed newFeed() {
        return new Feed();
    }

    /**
     * The result of all the records.
     *
     * @param records the records
     * @return the tally of those the metric used and the report of all
     * @throws IllegalArgumentException in strict mode, at the first record the metric cannot use, naming the
     *     metric and the record
     */
    public Result<S> over(Iterable<? extends T> records) {
        Objects.requireNonNull(records, "records");
        Feed feed = newFeed();
        for (T r : records) {
            feed.accept(r);
        }
        return feed.result();
    }

    /**
     * The result of all the records, the work split between threads as {@link Metric#over(List, int)} does;
     * the parts' results are merged in order, so the report's examples are the first ones in list order.
     *
     * @param records the records; not changed while the pass runs
     * @param threads how many threads to use, at least 1
     * @return the result, equal to {@link #over(Iterable)}'s
     * @throws IllegalArgumentException if {@code threads} is less than 1, or in strict mode as
     *     {@link #over(Iterable)} does
     */
    public Result<S> over(List<? extends T> records, int threads) {
        Objects.requireNonNull(records, "records");
        return Partial.parts(records.size(), threads, (from, to) -> over(records.subList(from, to)), Result::plus);
    }

    /**
     * The result of all the records of a stream, which may be parallel.
     *
     * @param records the records
     * @return the result
     * @throws IllegalArgumentException in strict mode as {@link #over(Iterable)} does
     */
    public Result<S> over(Stream<? extends T> records) {
        return records.collect(collector());
    }

    /**
     * A collector of a stream, sequential or parallel, merging the parts' results.
     *
     * @return the collector
     */
    public Collector<T, ?, Result<S>> collector() {
        return Collector.<T, Feed, Result<S>>of(Feed::new, Feed::accept, (a, b) -> {
            a.carried = a.carried.plus(b.result());
            return a;
        }, Feed::result);
    }

    /**
     * The state of a screening pass while records are fed one at a time. Not thread-safe: one per thread;
     * merge the {@link #result() results}.
     */
    public final class Feed {
        private final List<Metric<T, ?>> metrics;
        private final Accumulator<T, ?>[] accumulators;
        private final Map<Reason, long[]> counts = new TreeMap<>();
        private final Map<Reason, List<String>> examples = new TreeMap<>();
        private long kept;
        private Result<S> carried = empty();

        @SuppressWarnings("unchecked")
        private Feed() {
            List<Metric<T, ?>> list = new ArrayList<>();
            if (metric instanceof MetricSet<?> set) {
                list.addAll(((MetricSet<T>) set).metrics());
            } else {
                list.add(metric);
            }
            metrics = list;
            accumulators = (Accumulator<T, ?>[]) new Accumulator<?, ?>[list.size()];
            for (int i = 0; i < accumulators.length; i++) {
                accumulators[i] = list.get(i).newAccumulator();
            }
        }

        /**
         * Feeds one record to the metric (to each metric of a set).
         *
         * @param record the record
         * @throws IllegalArgumentException in strict mode, if the metric cannot use it, naming the metric and
         *     the record, the metric's refusal as its cause
         */
        public void accept(T record) {
            List<Refusal> refusals = null;
            for (int i = 0; i < accumulators.length; i++) {
                try {
                    accumulators[i].accept(record);
                } catch (IllegalArgumentException e) {
                    String id = metrics.get(i).id();
                    if (mode == Mode.STRICT) {
                        throw new IllegalArgumentException(id + " cannot use " + locator.apply(record) + ": "
                                + e.getMessage(), e);
                    }
                    if (refusals == null) {
                        refusals = new ArrayList<>(2);
                    }
                    refusals.add(new Refusal(id, e));
                }
            }
            if (refusals == null) {
                kept++;
                return;
            }
            boolean rejected = refusals.size() == accumulators.length;
            if (!rejected) {
                kept++;
            }
            String where = locator.apply(record);
            for (int i = 0; i < refusals.size(); i++) {
                Refusal r = refusals.get(i);
                count(reasonOf(rejected && i == 0 ? Kind.REJECTED : Kind.IGNORED, r.metric, r.refusal),
                        where + ": " + messageOf(r.refusal));
            }
        }

        private void count(Reason reason, String example) {
            counts.computeIfAbsent(reason, r -> new long[1])[0]++;
            List<String> list = examples.computeIfAbsent(reason, r -> new ArrayList<>());
            if (list.size() < examplesPerReason) {
                list.add(example);
            }
        }

        /**
         * The result of every record fed so far (and of the results merged into this feed by a collector).
         * The feed stays usable.
         *
         * @return the tally and the report
         */
        public Result<S> result() {
            Tally<?>[] tallies = new Tally<?>[accumulators.length];
            for (int i = 0; i < tallies.length; i++) {
                tallies[i] = accumulators[i].tally();
            }
            @SuppressWarnings("unchecked")
            S tally = metric instanceof MetricSet<?> set ? (S) Tallies.of(set, List.of(tallies)) : (S) tallies[0];
            Map<Reason, Long> c = new TreeMap<>();
            counts.forEach((r, n) -> c.put(r, n[0]));
            return carried.plus(new Result<>(tally, new DataQuality(kept, c, examples, examplesPerReason)));
        }
    }

    private record Refusal(String metric, IllegalArgumentException refusal) {}

    /** The reason of a refusal: the metric's id as the field, the refusal without its value as the rule. */
    static Reason reasonOf(Kind kind, String metric, IllegalArgumentException e) {
        if (e instanceof FieldException f) {
            return new Reason(kind, metric, f.field() + " " + f.rule());
        }
        String message = e.getMessage();
        if (e instanceof NumberFormatException || message == null || message.isBlank()) {
            return new Reason(kind, metric, "refuses the record (" + e.getClass().getSimpleName() + ")");
        }
        int colon = message.indexOf(": ");
        return new Reason(kind, metric, colon < 0 ? message : message.substring(0, colon));
    }

    private static String messageOf(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
