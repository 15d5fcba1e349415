package io.github.supportkpi.testing;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketTable;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.wire.TallyFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The contract every metric's tally obeys, as properties over generated records. A test class implements
 * it by naming the metric, a source of records and a dimension; it inherits the tests.
 *
 * <ul>
 *   <li>the empty tally is the identity of {@code plus}, and the tally of no records;</li>
 *   <li>{@code plus} is associative and commutative;</li>
 *   <li>splitting the records anywhere and merging equals the whole;</li>
 *   <li>the order of records does not matter;</li>
 *   <li>an iterable, a sequential stream, a parallel stream and record-by-record feeding agree;</li>
 *   <li>a pass split between threads, and tickets in a {@link TicketTable} (whole, split between threads,
 *       segmented), give the single pass's tally;</li>
 *   <li>segments add up to the total;</li>
 *   <li>in the other summary mode ({@link DurationStats.Summary#SKETCH}) the same laws hold;</li>
 *   <li>the tally, segmented or not, in either summary mode, reads back equal from its binary and its JSON
 *       form ({@link TallyFormat}), and the stored forms of two parts merge into the whole;</li>
 *   <li>no value is NaN or infinite.</li>
 * </ul>
 *
 * @param <T> the record type
 * @param <S> the tally type
 */
public interface TallyContract<T, S extends Tally<S>> {
    /** Examples per property: enough to find merge bugs, few enough for a quick build. */
    int EXAMPLES = 150;

    /** @return the metric under test */
    Metric<T, S> metric();

    /** @return a source of record lists */
    Gen<List<T>> records();

    /** @return a dimension to segment the records by */
    Dimension<? super T, ?> dimension();

    /**
     * Every number the tally derives (rates, means, scores), for the no-NaN check; empty values are
     * simply left out.
     *
     * @param tally a tally
     * @return its derived numbers
     */
    DoubleStream values(S tally);

    @Test
    default void empty_is_the_identity_and_the_tally_of_nothing() {
        S empty = metric().empty();
        assertThat(metric().over(List.of())).isEqualTo(empty);
        assertThat(empty.sampleSize()).isZero();
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(rs -> {
            S t = metric().over(rs);
            assertThat(t.plus(empty)).isEqualTo(t);
            assertThat(empty.plus(t)).isEqualTo(t);
        });
    }

    @Test
    default void plus_is_associative() {
        qt().withExamples(EXAMPLES).forAll(records(), records(), records()).checkAssert((a, b, c) -> {
            S ta = metric().over(a);
            S tb = metric().over(b);
            S tc = metric().over(c);
            assertThat(ta.plus(tb).plus(tc)).isEqualTo(ta.plus(tb.plus(tc)));
        });
    }

    @Test
    default void plus_is_commutative() {
        qt().withExamples(EXAMPLES).forAll(records(), records()).checkAssert((a, b) -> {
            S ta = metric().over(a);
            S tb = metric().over(b);
            assertThat(ta.plus(tb)).isEqualTo(tb.plus(ta));
        });
    }

    @Test
    default void split_anywhere_and_merge_equals_the_whole() {
        qt().withExamples(EXAMPLES).forAll(records(), integers().between(0, Sources.MAX_SIZE)).checkAssert((rs, at) -> {
            int cut = Math.min(at, rs.size());
            S whole = metric().over(rs);
            S merged = metric().over(rs.subList(0, cut)).plus(metric().over(rs.subList(cut, rs.size())));
            assertThat(merged).isEqualTo(whole);
        });
    }

    @Test
    default void order_of_records_does_not_matter() {
        qt().withExamples(EXAMPLES).forAll(records(), longs().all()).checkAssert((rs, seed) -> {
            List<T> shuffled = new ArrayList<>(rs);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(metric().over(shuffled)).isEqualTo(metric().over(rs));
        });
    }

    @Test
    default void every_way_of_feeding_records_agrees() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(rs -> {
            S viaIterable = metric().over(rs);
            Accumulator<T, S> acc = metric().newAccumulator();
            rs.forEach(acc);
            assertThat(acc.tally()).isEqualTo(viaIterable);
            assertThat(metric().over(rs.stream())).isEqualTo(viaIterable);
            assertThat(rs.parallelStream().collect(metric().collector())).isEqualTo(viaIterable);
        });
    }

    @Test
    default void threads_and_ticket_tables_give_the_single_pass() {
        qt().withExamples(EXAMPLES).forAll(records(), integers().between(1, 5)).checkAssert((rs, threads) -> {
            S whole = metric().over(rs);
            assertThat(metric().over(rs, threads)).isEqualTo(whole);
            if (!rs.isEmpty() && rs.get(0) instanceof Ticket) {
                @SuppressWarnings("unchecked")
                List<T> table = (List<T>) (List<?>) TicketTable.of((List<Ticket>) (List<?>) rs);
                assertThat(table).isEqualTo(rs);
                assertThat(metric().over(table)).isEqualTo(whole);
                assertThat(metric().over(table, threads)).isEqualTo(whole);
                assertThat(segmented(table)).isEqualTo(segmented(rs));
                assertThat(metric().filter(r -> r.hashCode() % 2 == 0).over(table))
                        .isEqualTo(metric().filter(r -> r.hashCode() % 2 == 0).over(rs));
            }
        });
    }

    @Test
    default void the_sketch_summary_mode_obeys_the_same_laws() {
        Metric<T, S> sketch = metric().withSummary(DurationStats.Summary.SKETCH);
        assertThat(sketch.over(List.of())).isEqualTo(sketch.empty());
        qt().withExamples(EXAMPLES / 2).forAll(records(), integers().between(0, Sources.MAX_SIZE), longs().all())
                .checkAssert((rs, at, seed) -> {
                    int cut = Math.min(at, rs.size());
                    S whole = sketch.over(rs);
                    S left = sketch.over(rs.subList(0, cut));
                    S right = sketch.over(rs.subList(cut, rs.size()));
                    assertThat(left.plus(right)).isEqualTo(whole).hasSameHashCodeAs(whole);
                    assertThat(right.plus(left)).isEqualTo(whole);
                    assertThat(whole.plus(sketch.empty())).isEqualTo(whole);
                    List<T> shuffled = new ArrayList<>(rs);
                    Collections.shuffle(shuffled, new Random(seed));
                    assertThat(sketch.over(shuffled)).isEqualTo(whole);
                    assertThat(sketch.over(rs, 3)).isEqualTo(whole);
                    assertThat(rs.parallelStream().collect(sketch.collector())).isEqualTo(whole);
                    assertThat(whole.sampleSize()).isEqualTo(metric().over(rs).sampleSize());
                    values(whole).forEach(v -> assertThat(Double.isFinite(v)).as("finite: %s", v).isTrue());
                });
    }

    @Test
    default void round_trips_through_the_binary_and_the_json_form() {
        TallyFormat format = TallyFormat.standard();
        Metric<T, S> exact = storable(metric());
        Metric<T, S> sketch = storable(metric().withSummary(DurationStats.Summary.SKETCH));
        qt().withExamples(EXAMPLES / 2).forAll(records(), integers().between(0, Sources.MAX_SIZE)).checkAssert((rs, at) -> {
            for (Metric<T, S> m : List.of(exact, sketch)) {
                S t = m.over(rs);
                assertThat(format.fromBytes(m, format.toBytes(m, t))).isEqualTo(t);
                assertThat(format.fromJson(m, format.toJson(m, t))).isEqualTo(t);
                int cut = Math.min(at, rs.size());
                S left = format.fromBytes(m, format.toBytes(m, m.over(rs.subList(0, cut))));
                S right = format.fromJson(m, format.toJson(m, m.over(rs.subList(cut, rs.size()))));
                assertThat(left.plus(right)).isEqualTo(t);
            }
            roundTripSegmented(format, rs);
        });
    }

    /**
     * The metric itself when it states a definition, as every catalogue metric does; a test's own metric built
     * from lambdas is given one, since only its tallies are under test here.
     */
    private static <T, S extends Tally<S>> Metric<T, S> storable(Metric<T, S> m) {
        try {
            m.definition();
            return m;
        } catch (IllegalStateException e) {
            return Metric.of(m.id(), "a test's own metric " + m.id(), m.empty(), m::newAccumulator);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void roundTripSegmented(TallyFormat format, List<T> rs) {
        Metric m = storable(metric()).by((Dimension) dimension());
        Tally t = m.over(rs);
        assertThat(format.fromBytes(m, format.toBytes(m, t))).isEqualTo(t);
        assertThat(format.fromJson(m, format.toJson(m, t))).isEqualTo(t);
    }

    @Test
    default void segments_add_up_to_the_total() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(rs -> {
            Segmented<?, S> seg = segmented(rs);
            S sum = seg.absent();
            for (S s : seg.segments().values()) {
                sum = sum.plus(s);
            }
            assertThat(sum).isEqualTo(metric().over(rs));
            assertThat(seg.total()).isEqualTo(metric().over(rs));
        });
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Segmented<?, S> segmented(List<T> rs) {
        Metric<T, ? extends Segmented<?, S>> m = metric().by((Dimension) dimension());
        return m.over(rs);
    }

    @Test
    default void no_value_is_nan_or_infinite() {
        qt().withExamples(EXAMPLES).forAll(records()).checkAssert(rs -> {
            S t = metric().over(rs);
            values(t).forEach(v -> assertThat(Double.isFinite(v)).as("finite: %s in %s", v, t).isTrue());
            assertThat(t.sampleSize()).isNotNegative();
        });
    }
}
