package io.github.supportkpi.spark;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The buffer between rows and between tasks: its serialized form reads back to the same tally and counts. */
class TallyBufferTest {
    private static SparkMetric<Ticket, Tallies<Ticket>> kpis(Summary summary) {
        return SparkMetric.of(() -> MetricSet.of(FirstResponseTime.defaults(), ResolutionTime.defaults(),
                FirstContactResolution.defaults()).withSummary(summary));
    }

    @SuppressWarnings("unchecked")
    private static TallyBuffer<Ticket, Tallies<Ticket>> roundTrip(TallyBuffer<Ticket, Tallies<Ticket>> buffer)
            throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(buffer);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (TallyBuffer<Ticket, Tallies<Ticket>>) in.readObject();
        }
    }

    @ParameterizedTest(name = "{0}, seed {1}, split at {2}")
    @CsvSource({"EXACT, 1, 0", "EXACT, 2, 77", "EXACT, 3, 200", "SKETCH, 1, 0", "SKETCH, 4, 123", "SKETCH, 5, 200"})
    void a_buffer_read_back_and_merged_tallies_the_same_as_one_pass(Summary summary, long seed, int cut)
            throws Exception {
        // GIVEN two buffers fed the two parts of the tickets, one also refusing rows
        SparkMetric<Ticket, Tallies<Ticket>> kpis = kpis(summary);
        List<Ticket> tickets = new Generated(seed).tickets(200);
        TallyBuffer<Ticket, Tallies<Ticket>> left = new TallyBuffer<>(kpis);
        tickets.subList(0, cut).forEach(left::accept);
        left.refuse("created must not be null");
        left.refuse("created must not be null");
        TallyBuffer<Ticket, Tallies<Ticket>> right = new TallyBuffer<>(kpis);
        tickets.subList(cut, tickets.size()).forEach(right::accept);
        right.refuse("status must be a known status name");

        // WHEN both are serialized, read back by another copy of the metric, and merged
        SparkMetric<Ticket, Tallies<Ticket>> elsewhere = kpis(summary);
        TallyBuffer<Ticket, Tallies<Ticket>> a = roundTrip(left);
        TallyBuffer<Ticket, Tallies<Ticket>> b = roundTrip(right);
        a.attach(elsewhere);
        b.attach(elsewhere);
        a.add(b);

        // THEN the tally is the one of a single pass, and the counts add up
        assertThat(a.tally()).isEqualTo(elsewhere.metric().over(tickets));
        assertThat(a.accepted()).isEqualTo(tickets.size());
        assertThat(a.refused()).isEqualTo(Map.of("created must not be null", 2L, "status must be a known status name", 1L));
        // AND a buffer read back and written again unchanged keeps its tally
        TallyBuffer<Ticket, Tallies<Ticket>> twice = roundTrip(roundTrip(right));
        twice.attach(elsewhere);
        assertThat(twice.tally()).isEqualTo(elsewhere.metric().over(tickets.subList(cut, tickets.size())));
    }

    @Test
    void a_buffer_keeps_accepting_records_after_a_merge() {
        SparkMetric<Ticket, Tallies<Ticket>> kpis = kpis(Summary.EXACT);
        List<Ticket> tickets = new Generated(9).tickets(90);
        TallyBuffer<Ticket, Tallies<Ticket>> a = new TallyBuffer<>(kpis);
        TallyBuffer<Ticket, Tallies<Ticket>> b = new TallyBuffer<>(kpis);
        tickets.subList(0, 30).forEach(a::accept);
        tickets.subList(30, 60).forEach(b::accept);
        a.add(b);
        tickets.subList(60, 90).forEach(a::accept);
        assertThat(a.tally()).isEqualTo(kpis.metric().over(tickets));
        assertThat(a.accepted()).isEqualTo(90);
    }

    @Test
    void should_cut_long_reasons_so_that_they_stay_small_keys() {
        TallyBuffer<Ticket, Tallies<Ticket>> b = new TallyBuffer<>(kpis(Summary.EXACT));
        b.refuse("x".repeat(5000));
        assertThat(b.refused().keySet()).singleElement().satisfies(r -> {
            assertThat(r).hasSize(TallyBuffer.MAX_REASON).endsWith("...");
        });
    }

    @Test
    void should_refuse_a_serialized_buffer_of_another_version() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(9);
        }
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()));
        assertThatThrownBy(() -> new TallyBuffer<Ticket, Tallies<Ticket>>().readExternal(in))
                .isInstanceOf(InvalidObjectException.class).hasMessage("tally buffer version must be 1: 9");
    }
}
