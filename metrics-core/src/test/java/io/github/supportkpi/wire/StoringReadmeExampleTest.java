package io.github.supportkpi.wire;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.DurationStats.Summary;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FcrCriteria;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FcrEligibility;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.testing.RandomRecords;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The README's "Storing and merging results" example, compiled and run, and the refusal it promises. */
class StoringReadmeExampleTest {
    @Test
    void should_build_the_month_from_the_stored_days_as_the_readme_says() {
        List<Ticket> tickets = new RandomRecords(7).tickets(400);
        Map<Object, List<Ticket>> byDay = new TreeMap<>();
        for (Ticket t : tickets) {
            byDay.computeIfAbsent(t.created().atZone(ZoneOffset.UTC).toLocalDate(), d -> new ArrayList<>()).add(t);
        }
        // --- README example starts here
        TallyFormat format = TallyFormat.standard();
        Metric<Ticket, Segmented<Channel, DurationStats>> frt =
                FirstResponseTime.of(ResponseDefinition.DEFAULT).withSummary(Summary.SKETCH).by(TicketDimensions.CHANNEL);
        List<byte[]> storedDaysOfTheMonth = new ArrayList<>();
        for (List<Ticket> yesterday : byDay.values()) {
            byte[] stored = format.toBytes(frt, frt.over(yesterday));
            String json = format.toJson(frt, frt.over(yesterday));
            assertThat(json).startsWith("{\"format\":\"supportkpi-tally\",\"version\":\"1.1\",");
            storedDaysOfTheMonth.add(stored);
        }
        Segmented<Channel, DurationStats> month = frt.empty();
        for (byte[] day : storedDaysOfTheMonth) {
            month = month.plus(format.fromBytes(frt, day));
        }
        // --- README example ends here
        assertThat(byDay).hasSizeGreaterThan(5);
        assertThat(month).isEqualTo(frt.over(tickets));
        assertThat(month.get(Channel.EMAIL).median()).isEqualTo(frt.over(tickets).get(Channel.EMAIL).median());
    }

    @Test
    void should_refuse_a_stored_tally_of_another_definition_naming_both() {
        List<Ticket> tickets = new RandomRecords(8).tickets(50);
        FirstContactResolution fcr = FirstContactResolution.of(FcrDefinition.DEFAULT);
        FirstContactResolution lenient = FirstContactResolution.of(
                new FcrDefinition(FcrEligibility.all(), new FcrCriteria(2, true, true, true)));
        byte[] stored = TallyFormat.standard().toBytes(lenient, lenient.over(tickets));
        String storedId = MetricIdentity.of(lenient).toString();
        String wantedId = MetricIdentity.of(fcr).toString();
        assertThat(storedId).isNotEqualTo(wantedId);
        assertThatThrownBy(() -> TallyFormat.standard().fromBytes(fcr, stored))
                .isInstanceOf(TallyFormatException.class)
                .hasMessageContaining("stored tally is of " + storedId)
                .hasMessageContaining("not of " + wantedId)
                .hasMessageContaining("the definitions differ");
    }
}
