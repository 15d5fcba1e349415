package io.github.supportkpi.workload;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.domain.TicketInstant;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The tally contract of the heatmap by resolution in a zone with daylight saving time, and its own laws. */
class VolumeHeatmapPropertiesTest implements TallyContract<Ticket, VolumeHeatmap> {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @Override
    public Metric<Ticket, VolumeHeatmap> metric() {
        return TicketVolumeHeatmap.of(VolumeHeatmapDefinition.of(NEW_YORK).withInstant(TicketInstant.RESOLVED));
    }

    @Override
    public Gen<List<Ticket>> records() {
        return Sources.tickets();
    }

    @Override
    public Dimension<? super Ticket, ?> dimension() {
        return TicketDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(VolumeHeatmap tally) {
        return DoubleStream.of(tally.total(), tally.unplaced());
    }

    @Test
    void should_place_each_ticket_in_the_cell_of_its_local_time_or_count_it_unplaced() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            VolumeHeatmap map = metric().over(ts);
            long[] expected = new long[VolumeHeatmap.CELLS];
            long unplaced = 0;
            for (Ticket t : ts) {
                if (t.resolved().isEmpty()) {
                    unplaced++;
                } else {
                    ZonedDateTime local = t.resolved().get().atZone(NEW_YORK);
                    expected[(local.getDayOfWeek().getValue() - 1) * 24 + local.getHour()]++;
                }
            }
            assertThat(map.toArray()).containsExactly(expected);
            assertThat(map.unplaced()).isEqualTo(unplaced);
            assertThat(map.total() + map.unplaced()).isEqualTo(ts.size());
        });
    }

    @Test
    void should_add_rows_and_columns_up_to_the_total() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            VolumeHeatmap map = TicketVolumeHeatmap.in(NEW_YORK).over(ts);
            long rows = 0;
            for (DayOfWeek d : DayOfWeek.values()) {
                long row = 0;
                for (int h = 0; h < 24; h++) {
                    row += map.count(d, h);
                }
                assertThat(map.dayTotal(d)).isEqualTo(row);
                rows += row;
            }
            long columns = 0;
            for (int h = 0; h < 24; h++) {
                columns += map.hourTotal(h);
            }
            assertThat(rows).isEqualTo(map.total());
            assertThat(columns).isEqualTo(map.total());
            assertThat(map.total()).isEqualTo(ts.size());
            assertThat(map.sampleSize()).isEqualTo(map.total());
        });
    }

    @Test
    void should_name_as_busiest_the_earliest_of_the_largest() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            VolumeHeatmap map = TicketVolumeHeatmap.in(NEW_YORK).over(ts);
            if (map.total() == 0) {
                assertThat(map.busiestDay()).isEmpty();
                assertThat(map.busiestHour()).isEmpty();
                assertThat(map.busiestSlot()).isEmpty();
                return;
            }
            DayOfWeek day = map.busiestDay().orElseThrow();
            for (DayOfWeek d : DayOfWeek.values()) {
                assertThat(map.dayTotal(d)).isLessThanOrEqualTo(map.dayTotal(day));
                if (d.compareTo(day) < 0) {
                    assertThat(map.dayTotal(d)).isLessThan(map.dayTotal(day));
                }
            }
            int hour = map.busiestHour().getAsInt();
            for (int h = 0; h < 24; h++) {
                assertThat(map.hourTotal(h)).isLessThanOrEqualTo(map.hourTotal(hour));
                if (h < hour) {
                    assertThat(map.hourTotal(h)).isLessThan(map.hourTotal(hour));
                }
            }
            VolumeHeatmap.Slot slot = map.busiestSlot().orElseThrow();
            assertThat(map.count(slot.day(), slot.hour())).isEqualTo(slot.count());
            assertThat(Arrays.stream(map.toArray()).max().orElseThrow()).isEqualTo(slot.count());
        });
    }

    @Test
    void should_be_equal_with_equal_hash_codes_exactly_when_the_counts_are() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(integers().between(0, VolumeHeatmap.CELLS - 1),
                longs().between(0, 1000), longs().between(0, 3)).checkAssert((cell, count, unplaced) -> {
            long[] counts = new long[VolumeHeatmap.CELLS];
            counts[cell] = count;
            VolumeHeatmap a = VolumeHeatmap.of(NEW_YORK, counts, unplaced);
            VolumeHeatmap b = VolumeHeatmap.of(NEW_YORK, counts.clone(), unplaced);
            assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
            counts[(cell + 1) % VolumeHeatmap.CELLS]++;
            assertThat(VolumeHeatmap.of(NEW_YORK, counts, unplaced)).isNotEqualTo(a);
            assertThat(VolumeHeatmap.of(NEW_YORK, a.toArray(), unplaced + 1)).isNotEqualTo(a);
            assertThat(VolumeHeatmap.of(ZoneId.of("UTC"), a.toArray(), unplaced)).isNotEqualTo(a);
        });
    }

    @Test
    void should_place_an_instant_as_java_time_does_in_any_zone() {
        List<ZoneId> zones = List.of(ZoneId.of("Europe/Berlin"), ZoneId.of("Australia/Lord_Howe"),
                ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Apia"), ZoneId.of("UTC"));
        qt().withExamples(500).forAll(longs().between(-2_208_988_800L, 4_102_444_799L), integers().between(0, 5))
                .checkAssert((second, z) -> {
                    ZoneId zone = zones.get(z);
                    Instant at = Instant.ofEpochSecond(second);
                    VolumeHeatmap map = VolumeHeatmap.<Instant>metric("instants", zone, i -> i).over(List.of(at));
                    ZonedDateTime local = at.atZone(zone);
                    assertThat(map.count(local.getDayOfWeek(), local.getHour())).as("%s in %s", at, zone).isEqualTo(1);
                });
    }
}
