package io.github.supportkpi.catalogue;

import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ContactHistory;
import io.github.supportkpi.quality.RepeatContactDefinition;
import io.github.supportkpi.quality.RepeatContactRate;
import io.github.supportkpi.wire.TallyFormat;
import io.github.supportkpi.workload.AgentWork;
import io.github.supportkpi.workload.LoggedInTime;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Tallies made from pre-aggregated counts with {@link Metric#counted}: of the metric's shape, so they merge
 * with the tallies of records and are stored as the metric's.
 */
class CountedTalliesTest {
    private static final Instant APRIL = Instant.parse("2026-04-01T09:00:00Z");

    /** April's record-level calls of agent ana: 4 answered (5 min talk each), 1 abandoned. */
    private static List<Interaction> aprilCalls() {
        List<Interaction> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(Interaction.builder(InteractionKind.CALL, APRIL.plusSeconds(600L * i)).agentId("ana")
                    .queueWait(Duration.ofSeconds(20)).talk(Duration.ofMinutes(5)).build());
        }
        calls.add(Interaction.builder(InteractionKind.CALL, APRIL.plusSeconds(3000)).agentId("ana")
                .queueWait(Duration.ofSeconds(40)).abandoned(true).actor(Actor.CUSTOMER).build());
        return calls;
    }

    @Test
    void should_merge_an_agent_month_row_with_the_record_level_tallies_of_the_same_metrics() {
        // GIVEN the export's row "agent ana, 2026-03: offered 120, answered 110, abandoned 10, talk 33,000 s"
        // and April's calls as records
        AbandonmentRate abandonment = AbandonmentRate.defaults();
        Occupancy occupancy = Occupancy.defaults();
        Ratio marchAbandons = abandonment.counted(Ratio.of(10, 120));
        AgentWork marchWork = occupancy.counted(new AgentWork(0, 110, Duration.ofSeconds(33_000).toNanos(), 0, 0));
        // WHEN merged with April's record-level tallies
        Ratio abandons = marchAbandons.plus(abandonment.over(aprilCalls()));
        AgentWork work = marchWork.plus(occupancy.over(aprilCalls()));
        // THEN abandoned 10 + 1 of offered 120 + 5 = 11/125 = 8.8%
        assertThat(abandons).isEqualTo(Ratio.of(11, 125));
        assertThat(abandons.percent().getAsDouble()).isEqualTo(8.8, within(1e-12));
        // AND handled 110 + 4 = 114 interactions, 33,000 s + 4 x 300 s = 34,200 s of handle time; with 40 h
        // logged in (144,000 s), occupancy is 34,200 / 144,000 = 23.75%
        assertThat(work.interactions()).isEqualTo(114);
        assertThat(work.handleNanos()).isEqualTo(Duration.ofSeconds(34_200).toNanos());
        AgentWork withTime = work.plus(LoggedInTime.defaults().counted(new AgentWork(0, 0, 0, 1,
                Duration.ofHours(40).toNanos())));
        assertThat(withTime.occupancyPercent().getAsDouble()).isEqualTo(23.75, within(1e-9));
        // AND the counted tallies are stored as the metric's, and read back equal
        TallyFormat format = TallyFormat.standard();
        assertThat(format.fromBytes(abandonment, format.toBytes(abandonment, marchAbandons))).isEqualTo(marchAbandons);
        assertThat(format.fromBytes(occupancy, format.toBytes(occupancy, marchWork))).isEqualTo(marchWork);
    }

    @Test
    void should_merge_the_row_s_talk_seconds_as_a_mean_with_the_handle_times_of_records_and_leave_percentiles_unknown() {
        // GIVEN the same row for handle time per interaction: 110 handled calls, 33,000 s of talk, 10 not
        // handled (abandoned: unmeasured), counted as TOTALS
        Metric<Interaction, DurationStats> aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        DurationStats march = aht.counted(DurationStats.ofTotals(110, Duration.ofSeconds(33_000), 10));
        // WHEN merged with April's calls: 4 handled, 5 min each, and 1 abandoned
        DurationStats both = march.plus(aht.over(aprilCalls()));
        // THEN 114 handle times summing to 33,000 s + 1,200 s = 34,200 s: mean 300 s; 11 unmeasured
        assertThat(both.count()).isEqualTo(114);
        assertThat(both.sum()).isEqualTo(Duration.ofSeconds(34_200));
        assertThat(both.mean()).contains(Duration.ofMinutes(5));
        assertThat(both.unmeasured()).isEqualTo(11);
        // AND percentiles, min and max are unknown from the row, so empty rather than wrong
        assertThat(both.summary()).isEqualTo(DurationStats.Summary.TOTALS);
        assertThat(both.median()).isEmpty();
        assertThat(both.percentile(90)).isEmpty();
        assertThat(both.max()).isEmpty();
        // AND it is stored as aht's
        TallyFormat format = TallyFormat.standard();
        assertThat(format.fromBytes(aht, format.toBytes(aht, both))).isEqualTo(both);
        assertThat(format.fromJson(aht, format.toJson(aht, both))).isEqualTo(both);
    }

    @Test
    void should_merge_counted_rows_per_agent_with_segmented_record_level_tallies() {
        // GIVEN the March row of ana (10 of 120 abandoned) and of bo (3 of 50), counted per agent
        Metric<Interaction, Segmented<String, Ratio>> byAgent = AbandonmentRate.defaults()
                .by(InteractionDimensions.AGENT);
        Segmented<String, Ratio> march = byAgent.counted(Segmented.of("agent", Ratio.EMPTY,
                Map.of("ana", Ratio.of(10, 120), "bo", Ratio.of(3, 50)), Ratio.EMPTY));
        // WHEN merged with April's calls, all ana's
        Segmented<String, Ratio> both = march.plus(byAgent.over(aprilCalls()));
        // THEN ana 11/125, bo 3/50, total 14/175 = 8%
        assertThat(both.get("ana")).isEqualTo(Ratio.of(11, 125));
        assertThat(both.get("bo")).isEqualTo(Ratio.of(3, 50));
        assertThat(both.total()).isEqualTo(Ratio.of(14, 175));
    }

    @Test
    void should_refuse_a_tally_of_another_shape_naming_the_metric() {
        // GIVEN a repeat-contact history of a 3-day window, for the default 7-day repeat-contact rate
        RepeatContactRate repeat = RepeatContactRate.defaults();
        ContactHistory threeDays = ContactHistory.empty(RepeatContactDefinition.DEFAULT.withWindow(Duration.ofDays(3)));
        // THEN refused, naming the metric
        assertThatThrownBy(() -> repeat.counted(threeDays)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tally must merge with repeat.contact.rate's: window and sameCategory must match");
        // AND a tally segmented by channel is refused by the metric segmented by agent
        Metric<Interaction, Segmented<String, Ratio>> byAgent = AbandonmentRate.defaults()
                .by(InteractionDimensions.AGENT);
        Segmented<String, Ratio> byChannel = Segmented.of("channel", Ratio.EMPTY, Map.of("phone", Ratio.of(1, 2)),
                Ratio.EMPTY);
        assertThatThrownBy(() -> byAgent.counted(byChannel)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tally must merge with abandon.rate's:");
        // AND the tallies of another set
        MetricSet<io.github.supportkpi.domain.Ticket> one = MetricSet.of(TicketVolume.defaults());
        MetricSet<io.github.supportkpi.domain.Ticket> other = MetricSet.of(TicketVolume.defaults(),
                TicketVolume.defaults().by(TicketDimensions.CHANNEL));
        Tallies<io.github.supportkpi.domain.Ticket> ofOther = other.empty();
        assertThatThrownBy(() -> one.counted(ofOther)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("tally must merge with ticket.volume's: tallies must come from equal metric sets");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void should_refuse_a_tally_of_another_type_naming_the_metric_and_both_types() {
        // GIVEN a duration tally given, unchecked, to a rate
        Metric raw = AbandonmentRate.defaults();
        // THEN refused, naming the metric and both types
        assertThatThrownBy(() -> raw.counted(DurationStats.of(Duration.ofSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("tally of abandon.rate must be a Ratio: DurationStats");
    }
}
