package io.github.supportkpi.catalogue;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.ResponseRateTally;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.quality.ConsistencyTally;
import io.github.supportkpi.quality.ContactHistory;
import io.github.supportkpi.quality.RepeatContactDefinition;
import io.github.supportkpi.staffing.Patience;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.wire.TallyFormat;
import io.github.supportkpi.workload.VolumeHeatmap;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Every catalogue metric's tally rebuilt from its counts, the parts a pre-aggregated export would hold, and
 * given to the metric with {@link Metric#counted}: equal to the tally of the records, merging with the tally of
 * other records as the records do, and stored as the metric's.
 *
 * <p>What the counts are, per tally family ({@link #fromCounts}):
 * <ul>
 *   <li>the record tallies ({@code Ratio}: numerator and denominator; {@code Mean}: sum and count; {@code Count};
 *       {@code NpsTally}: promoters, passives, detractors; {@code AgentWork}, {@code AgentLoad},
 *       {@code CustomerTally}, {@code CostPerUnit}, {@code SlaTally}, {@code FlowTally}): their components;</li>
 *   <li>{@code Frequencies}: each key's count and the absent count; {@code ConsistencyTally}: each group's
 *       outcome counts; {@code BucketSeries}, {@code Segmented}, {@code Patience}, {@code Tallies}: the counts
 *       of their parts;</li>
 *   <li>{@code DurationStats}: a count and a sum ({@code ofTotals}: TOTALS, the mean exact, percentiles
 *       unknown), a sketch's bucket counts with the exact sum, minimum and maximum (SKETCH), or the values
 *       themselves (EXACT);</li>
 *   <li>{@code ResponseRateTally}: the invitations sent and answers given per survey kind and match key;</li>
 *   <li>{@code ContactHistory} (repeat contacts, FCR without repeat): not from counts, since whether a contact
 *       repeats depends on the instants of the customer's other contacts: from its contacts
 *       ({@link ContactHistory#of}).</li>
 * </ul>
 * A tally family without a rule here fails the test.
 */
class CatalogueCountedTalliesPropertiesTest {
    private static final Map<Class<?>, Gen<? extends List<?>>> SOURCES = new LinkedHashMap<>();

    static {
        SOURCES.put(Ticket.class, Sources.ticketsWithHistory());
        SOURCES.put(Interaction.class, Sources.calls());
        SOURCES.put(SurveyResponse.class, Sources.surveys());
        SOURCES.put(SurveyRecord.class, Sources.surveyRecords());
        SOURCES.put(AgentSession.class, Sources.sessions());
        SOURCES.put(CustomerPeriod.class, Sources.customers());
    }

    /** The record type of a catalogue metric, or null when it does not state it in its class. */
    private static Class<?> recordType(Metric<?, ?> metric) {
        for (Class<?> c = metric.getClass(); c != null; c = c.getSuperclass()) {
            if (c.getGenericSuperclass() instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> type && SOURCES.containsKey(type)) {
                return type;
            }
        }
        return null;
    }

    /** A tally rebuilt from its counts through its family's public factory; the metric gives the empty parts. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Tally<?> fromCounts(Tally<?> tally, Tally<?> empty) throws Exception {
        if (tally instanceof Record r) {
            RecordComponent[] parts = r.getClass().getRecordComponents();
            Object[] values = new Object[parts.length];
            Class<?>[] types = new Class<?>[parts.length];
            for (int i = 0; i < parts.length; i++) {
                values[i] = parts[i].getAccessor().invoke(r);
                types[i] = parts[i].getType();
            }
            Constructor<?> canonical = r.getClass().getDeclaredConstructor(types);
            return (Tally<?>) canonical.newInstance(values);
        }
        if (tally instanceof DurationStats d) {
            if (d.summary() == DurationStats.Summary.EXACT) {
                return DurationStats.ofNanos(d.toSortedNanos(), d.unmeasured());
            }
            if (d.summary() == DurationStats.Summary.TOTALS) {
                return DurationStats.ofTotals(d.count(), d.sum(), d.unmeasured());
            }
            return DurationStats.ofSketch(d.sketchBuckets(), d.sum(), d.min().map(Duration::toNanos).orElse(0L),
                    d.max().map(Duration::toNanos).orElse(0L), d.unmeasured());
        }
        if (tally instanceof Frequencies<?> f) {
            return Frequencies.of((Map) new TreeMap<>(f.counts()), f.absent());
        }
        if (tally instanceof ConsistencyTally c) {
            Map<String, Frequencies<String>> groups = new TreeMap<>();
            for (Map.Entry<String, Frequencies<String>> e : c.groups().entrySet()) {
                groups.put(e.getKey(), (Frequencies<String>) fromCounts(e.getValue(), Frequencies.empty()));
            }
            return ConsistencyTally.of(c.minimumRecords(), groups, c.ungrouped());
        }
        if (tally instanceof Patience p) {
            return Patience.of((DurationStats) fromCounts(p.abandoned(), DurationStats.EMPTY),
                    (DurationStats) fromCounts(p.answered(), DurationStats.EMPTY));
        }
        if (tally instanceof BucketSeries<?> s) {
            Tally inner = ((BucketSeries<?>) empty).total();
            Map buckets = new TreeMap<>();
            for (Map.Entry<?, ?> e : s.buckets().entrySet()) {
                buckets.put(e.getKey(), fromCounts((Tally<?>) e.getValue(), inner));
            }
            return BucketSeries.of(s.range(), inner, buckets, (Tally) fromCounts(s.outOfRange(), inner),
                    (Tally) fromCounts(s.absent(), inner));
        }
        if (tally instanceof Segmented<?, ?> s) {
            Tally inner = ((Segmented<?, ?>) empty).total();
            Map segments = new TreeMap<>();
            for (Map.Entry<?, ?> e : s.segments().entrySet()) {
                segments.put(e.getKey(), fromCounts((Tally<?>) e.getValue(), inner));
            }
            return Segmented.of(s.dimension(), inner, segments, (Tally) fromCounts(s.absent(), inner));
        }
        if (tally instanceof Tallies<?> t) {
            List<Tally<?>> parts = new ArrayList<>();
            List<Tally<?>> empties = ((Tallies<?>) empty).list();
            for (int i = 0; i < t.list().size(); i++) {
                parts.add(fromCounts(t.list().get(i), empties.get(i)));
            }
            return Tallies.of((io.github.supportkpi.metric.MetricSet) t.set(), parts);
        }
        if (tally instanceof VolumeHeatmap h) {
            // the count of each hour of the week, and the records with no instant
            return VolumeHeatmap.of(h.zone(), h.toArray(), h.unplaced());
        }
        if (tally instanceof ResponseRateTally r) {
            // the invitations sent and answers given per kind and match key
            return ResponseRateTally.of(r.entries());
        }
        if (tally instanceof ContactHistory h) {
            // not counts: each contact, since whether it repeats depends on the customer's other contacts
            return ContactHistory.of(new RepeatContactDefinition(h.window(), h.sameCategory()), h.contacts(),
                    h.unmatchable(), h.unmatchableConsidered(), h.unmatchableMeeting());
        }
        throw new AssertionError("no rule to build a " + tally.getClass().getName() + " from counts: add one");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> void check(Metric<T, ?> found, Gen<List<T>> records) {
        Metric raw = found;
        TallyFormat format = TallyFormat.standard();
        qt().withExamples(TallyContract.EXAMPLES / 5).forAll(records, integers().between(0, Sources.MAX_SIZE))
                .checkAssert((rs, at) -> {
                    int cut = Math.min(at, rs.size());
                    // leniently: a variant on another scale passes over the generated answers it cannot use
                    Tally whole = found.lenient(0).over(rs).tally();
                    Tally left = found.lenient(0).over(rs.subList(0, cut)).tally();
                    Tally right = found.lenient(0).over(rs.subList(cut, rs.size())).tally();
                    try {
                        // the tally rebuilt from its counts is the tally of the records
                        Tally counted = raw.counted(fromCounts(whole, raw.empty()));
                        assertThat(counted).as("%s counted", found.id()).isEqualTo(whole);
                        // a counted part merges with a record-level part into the whole
                        Tally countedLeft = raw.counted(fromCounts(left, raw.empty()));
                        assertThat(countedLeft.plus(right)).as("%s counted + records", found.id()).isEqualTo(whole);
                        // and is stored as the metric's
                        assertThat(format.fromBytes(raw, format.toBytes(raw, counted))).isEqualTo(whole);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    @SuppressWarnings("unchecked")
    void every_catalogue_tally_rebuilt_from_its_counts_is_the_tally_of_the_records_and_merges_with_them()
            throws Exception {
        List<String> checked = new ArrayList<>();
        for (CatalogueDefinitionsTest.Found f : CatalogueDefinitionsTest.catalogue()) {
            Class<?> type = recordType(f.metric());
            if (type == null) {
                continue;
            }
            check((Metric<Object, ?>) f.metric(), (Gen<List<Object>>) SOURCES.get(type));
            checked.add(f.factory());
        }
        assertThat(checked).hasSizeGreaterThan(40).contains("AbandonmentRate.defaults", "FirstResponseTime.defaults",
                "RepeatContactRate.defaults", "ResolutionConsistency.defaults", "NetPromoterScore.defaults",
                "CustomerChurn.defaults", "LoggedInTime.defaults");
    }

    @Test
    void every_tally_family_of_the_catalogue_has_a_rule() throws Exception {
        // GIVEN the empty tally of every catalogue metric, also those whose record type is not stated in a class
        for (CatalogueDefinitionsTest.Found f : CatalogueDefinitionsTest.catalogue()) {
            Tally<?> empty = f.metric().empty();
            // THEN it is rebuilt from its (zero) counts
            assertThat(fromCounts(empty, empty)).as(f.factory()).isEqualTo(empty);
        }
    }
}
