package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Metric;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VolumeHeatmapTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static Ticket created(String at) {
        return Ticket.builder("T-" + at, Instant.parse(at)).build();
    }

    @Test
    void should_place_tickets_by_the_local_hour_and_day_of_creation() {
        // GIVEN tickets created Monday 2024-03-04 08:15 and 08:45 UTC (09:xx in Berlin, CET) and Sunday 23:30 UTC
        // (Monday 00:30 in Berlin)
        List<Ticket> tickets = List.of(created("2024-03-04T08:15:00Z"), created("2024-03-04T08:45:00Z"),
                created("2024-03-03T23:30:00Z"));
        // WHEN
        VolumeHeatmap map = TicketVolumeHeatmap.in(BERLIN).over(tickets);
        // THEN Monday 09:00-10:00 holds two, Monday 00:00-01:00 one, Sunday none
        assertThat(map.count(DayOfWeek.MONDAY, 9)).isEqualTo(2);
        assertThat(map.count(DayOfWeek.MONDAY, 0)).isEqualTo(1);
        assertThat(map.dayTotal(DayOfWeek.SUNDAY)).isZero();
        assertThat(map.dayTotal(DayOfWeek.MONDAY)).isEqualTo(3);
        assertThat(map.hourTotal(9)).isEqualTo(2);
        assertThat(map.total()).isEqualTo(3);
        assertThat(map.busiestDay()).contains(DayOfWeek.MONDAY);
        assertThat(map.busiestHour()).hasValue(9);
        assertThat(map.busiestSlot()).contains(new VolumeHeatmap.Slot(DayOfWeek.MONDAY, 9, 2));
    }

    @Test
    void should_skip_the_missing_hour_when_clocks_go_forward_and_double_the_repeated_one_when_they_go_back() {
        // GIVEN Berlin's spring-forward night (Sunday 2024-03-31, 02:00 CET becomes 03:00 CEST): one ticket each UTC
        // hour from 00:30 to 02:30; and the fall-back night (Sunday 2024-10-27, 03:00 CEST becomes 02:00 CET)
        List<Ticket> spring = List.of(created("2024-03-31T00:30:00Z"), created("2024-03-31T01:30:00Z"),
                created("2024-03-31T02:30:00Z"));
        List<Ticket> autumn = List.of(created("2024-10-27T00:30:00Z"), created("2024-10-27T01:30:00Z"));
        // WHEN
        VolumeHeatmap forward = TicketVolumeHeatmap.in(BERLIN).over(spring);
        VolumeHeatmap back = TicketVolumeHeatmap.in(BERLIN).over(autumn);
        // THEN by local time: 01:30, then 03:30 and 04:30, nothing at 02:00; in autumn both real hours are 02:30
        assertThat(forward.count(DayOfWeek.SUNDAY, 1)).isEqualTo(1);
        assertThat(forward.count(DayOfWeek.SUNDAY, 2)).isZero();
        assertThat(forward.count(DayOfWeek.SUNDAY, 3)).isEqualTo(1);
        assertThat(forward.count(DayOfWeek.SUNDAY, 4)).isEqualTo(1);
        assertThat(back.count(DayOfWeek.SUNDAY, 2)).isEqualTo(2);
        assertThat(back.total()).isEqualTo(2);
    }

    @Test
    void should_count_tickets_without_the_instant_as_unplaced() {
        // GIVEN a resolved ticket and an open one, placed by resolution
        Ticket resolved = Ticket.builder("T-1", Instant.parse("2024-03-04T08:00:00Z"))
                .resolved(Instant.parse("2024-03-05T16:10:00Z")).build();
        Ticket open = created("2024-03-04T09:00:00Z");
        Metric<Ticket, VolumeHeatmap> byResolution =
                TicketVolumeHeatmap.of(VolumeHeatmapDefinition.of(ZoneOffset.UTC).withInstant(TicketInstant.RESOLVED));
        // WHEN
        VolumeHeatmap map = byResolution.over(List.of(resolved, open));
        // THEN
        assertThat(map.count(DayOfWeek.TUESDAY, 16)).isEqualTo(1);
        assertThat(map.total()).isEqualTo(1);
        assertThat(map.unplaced()).isEqualTo(1);
        assertThat(byResolution.bucketInstant()).contains(TicketInstant.RESOLVED);
    }

    @Test
    void should_name_the_earliest_when_counts_tie() {
        // GIVEN one ticket on Tuesday 14:00 and one on Monday 15:00 (UTC)
        VolumeHeatmap map = TicketVolumeHeatmap.in(ZoneOffset.UTC).over(List.of(created("2024-03-05T14:00:00Z"),
                created("2024-03-04T15:00:00Z")));
        // THEN Monday before Tuesday, 14:00 before 15:00, and the slot earliest in the week
        assertThat(map.busiestDay()).contains(DayOfWeek.MONDAY);
        assertThat(map.busiestHour()).hasValue(14);
        assertThat(map.busiestSlot()).contains(new VolumeHeatmap.Slot(DayOfWeek.MONDAY, 15, 1));
    }

    @Test
    void should_have_zero_counts_and_no_busiest_with_no_tickets() {
        VolumeHeatmap empty = TicketVolumeHeatmap.in(BERLIN).over(List.of());
        assertThat(empty).isEqualTo(VolumeHeatmap.empty(BERLIN));
        assertThat(empty.total()).isZero();
        assertThat(empty.busiestDay()).isEmpty();
        assertThat(empty.busiestHour()).isEmpty();
        assertThat(empty.busiestSlot()).isEmpty();
    }

    @Test
    void should_refuse_bad_parts_and_merges_of_different_zones() {
        assertThatThrownBy(() -> VolumeHeatmap.empty(BERLIN).plus(VolumeHeatmap.empty(ZoneOffset.UTC)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("zone must match to merge: Europe/Berlin and Z");
        assertThatThrownBy(() -> VolumeHeatmap.of(BERLIN, new long[24], 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("counts must be 168 (7 days x 24 hours): 24");
        long[] negative = new long[VolumeHeatmap.CELLS];
        negative[25] = -1;
        assertThatThrownBy(() -> VolumeHeatmap.of(BERLIN, negative, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must not be negative: -1 at TUESDAY hour 1");
        assertThatThrownBy(() -> VolumeHeatmap.of(BERLIN, new long[VolumeHeatmap.CELLS], -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unplaced must not be negative: -2");
        assertThatThrownBy(() -> VolumeHeatmap.empty(BERLIN).count(DayOfWeek.MONDAY, 24))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("hour must be within 0 to 23: 24");
    }

    @Test
    void should_state_its_definition() {
        assertThat(TicketVolumeHeatmap.in(BERLIN).id()).isEqualTo("ticket.volume.heatmap");
        assertThat(TicketVolumeHeatmap.in(BERLIN).definition()).contains("Europe/Berlin").contains("CREATED");
        assertThat(TicketVolumeHeatmap.in(BERLIN)).isEqualTo(TicketVolumeHeatmap.in(ZoneId.of("Europe/Berlin")))
                .isNotEqualTo(TicketVolumeHeatmap.in(ZoneOffset.UTC));
    }
}
