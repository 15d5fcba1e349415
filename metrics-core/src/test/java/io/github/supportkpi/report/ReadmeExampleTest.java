package io.github.supportkpi.report;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the README's "Trends and targets" example compiling and running. */
class ReadmeExampleTest {
    @Test
    void should_run_the_readme_example() {
        List<Ticket> tickets = new RandomRecords(7).tickets(500); // March and April 2024
        StringBuilder out = new StringBuilder();

        // --- README example, verbatim (System.out replaced by out) ---
        ZoneId zone = ZoneId.of("Europe/Berlin");
        Instant from = LocalDate.of(2024, 3, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(2024, 5, 1).atStartOfDay(zone).toInstant();

        // Volume per week by creation (ticket.volume's default instant); a quiet week shows 0, not a gap
        BucketSeries<Count> volume = Trend.metric(TicketVolume.defaults(), from, to, Granularity.WEEK, zone)
                .over(tickets);
        OptionalDouble perWeek = Trend.averageCount(volume);                   // M31: empty weeks included
        List<PeriodChange> weekOverWeek = Trend.changes(volume, Trend::count); // absolute and percent
        Count notCounted = volume.outOfRange().plus(volume.absent());          // never silently dropped

        // FRT per day, bucketed by the first response (its default), rolled up to months
        BucketSeries<DurationStats> frt = Trend.metric(FirstResponseTime.defaults(), TicketInstant.FIRST_RESPONSE,
                from, to, Granularity.DAY, zone).over(tickets);
        BucketSeries<DurationStats> frtByMonth = frt.rollUp(Granularity.MONTH);
        frtByMonth.values(DurationStats::meanSeconds).forEach((month, seconds) ->
                out.append(month).append(": ").append(seconds.isPresent() ? seconds.getAsDouble() + " s" : "n/a")
                        .append('\n'));

        // Target: FRT down 20% from March to April
        Target<DurationStats> faster = Target.downBy("frt down 20%", DurationStats::meanSeconds, 20);
        Bucket march = frtByMonth.buckets().firstKey();
        TargetResult result = faster.evaluate(frtByMonth.get(march), frtByMonth.get(march.next()));
        out.append(result).append('\n'); // e.g. "frt down 20%: MISSED (actual ..., baseline ..., change ...%)"
        // --- end of README example ---

        assertThat(volume.buckets()).hasSize(10); // 2024-W09 to 2024-W18
        assertThat(perWeek).isPresent();
        assertThat(weekOverWeek).hasSize(9);
        assertThat(volume.total().value()).isEqualTo(500);
        assertThat(notCounted.value()).isEqualTo(500 - volume.inRange().value());
        assertThat(out.toString()).startsWith("2024-03: ").contains("frt down 20%: ");
        assertThat(result.outcome()).isNotNull();
    }
}
