package io.github.supportkpi.report;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Interval;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BucketRange;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportModelTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Cells CELLS = Cells.plain();

    @Test
    void should_refuse_an_invalid_measure() {
        assertThatThrownBy(() -> Cell.Measure.of(Unit.NUMBER, OptionalDouble.of(Double.NaN), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Cell value must be finite: NaN");
        assertThatThrownBy(() -> Cell.Measure.of(Unit.NUMBER, OptionalDouble.of(1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Cell sampleSize must not be negative: -1");
        assertThatThrownBy(() -> new Cell.Measure(Unit.PERCENT, OptionalDouble.of(50), 2, OptionalLong.of(1),
                OptionalLong.empty(), Optional.empty(), Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given together");
        assertThatThrownBy(() -> Cell.Measure.of(Unit.PERCENT, OptionalDouble.empty(), 0)
                .withInterval(Interval.of(1, 2, 0.95)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Cell interval needs a value");
        assertThatThrownBy(() -> Cell.Measure.count(-3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Cell.Moment(null)).isInstanceOf(NullPointerException.class).hasMessage("instant");
    }

    @Test
    void should_refuse_an_invalid_interval() {
        assertThatThrownBy(() -> Interval.of(2, 1, 0.95)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Interval upper must not be below lower: 1.0 < 2.0");
        assertThatThrownBy(() -> Interval.of(1, 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Interval level must be strictly between 0 and 1: 1.0");
        assertThatThrownBy(() -> Interval.of(Double.NaN, 2, 0.9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Interval.of(0.1, 0.2, 0.9).scaled(0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Interval.of(0.4712, 0.6105, 0.95)).hasToString("[0.4712, 0.6105] at 95%");
        assertThat(Interval.of(0.1, 0.3, 0.9).contains(0.3)).isTrue();
        assertThat(Interval.of(0.1, 0.3, 0.9).contains(0.31)).isFalse();
    }

    @Test
    void should_refuse_an_invalid_section() {
        assertThatThrownBy(() -> Section.builder("Executive", "x", Section.Kind.TILES).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowercase words");
        assertThatThrownBy(() -> Section.builder("a..b", "x", Section.Kind.TILES).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Section.builder("speed", "Speed", Section.Kind.TABLE).columns("mean", "median")
                .row("chat", CELLS.count(1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Section speed row 'chat' has 1 cells for 2 columns");
        assertThatThrownBy(() -> Section.builder("speed", "Speed", Section.Kind.TABLE).columns("mean").columns("median"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("columns are set already");
        assertThatThrownBy(() -> Row.of("x", (Cell) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void should_refuse_two_sections_with_one_id() {
        Section a = Section.builder("sla", "SLA", Section.Kind.TILES).build();
        assertThatThrownBy(() -> Report.builder("r", BERLIN).section(a).section(a).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Report section id must be unique: sla");
    }

    @Test
    void should_build_a_report_of_tiles() {
        // GIVEN
        Report report = Report.builder("Support KPIs", BERLIN).subtitle("March 2026", "all channels")
                .asOf(Instant.parse("2026-04-01T00:00:00Z"))
                .section(Section.builder("executive", "Executive view", Section.Kind.TILES)
                        .row("CSAT", CELLS.percent(Ratio.of(105, 120)))
                        .row("Tickets", CELLS.count(1204))
                        .note("CSAT counts answers 4 and 5."))
                .build();
        // THEN
        assertThat(report.subtitle()).containsExactly("March 2026", "all channels");
        assertThat(report.asOf()).contains(Instant.parse("2026-04-01T00:00:00Z"));
        Section s = report.section("executive").orElseThrow();
        assertThat(s.columns()).as("a section given no columns has one: value").containsExactly("value");
        assertThat(s.rows()).extracting(Row::label).containsExactly("CSAT", "Tickets");
        assertThat(s.notes()).containsExactly("CSAT counts answers 4 and 5.");
        assertThat(report.section("sla")).isEmpty();
    }

    private static Ticket ticket(String id, Channel channel, Priority priority, boolean resolved) {
        Instant t0 = Instant.parse("2026-03-10T09:00:00Z");
        Ticket.Builder b = Ticket.builder(id, t0);
        if (channel != null) {
            b.channel(channel);
        }
        if (priority != null) {
            b.priority(priority);
        }
        if (resolved) {
            b.resolved(t0.plusSeconds(3600));
        }
        return b.build();
    }

    @Test
    void should_write_enum_and_channel_segments_by_one_rule() {
        // GIVEN tickets by priority (an enum) and by channel (a name)
        List<Ticket> tickets = List.of(ticket("T-1", Channel.EMAIL, Priority.URGENT, true),
                ticket("T-2", Channel.CHAT, Priority.LOW, false), ticket("T-3", Channel.CHAT, Priority.LOW, true),
                ticket("T-4", null, null, true));
        TicketVolume volume = TicketVolume.defaults();
        ResolutionRate resolved = ResolutionRate.defaults();
        MetricSet<Ticket> kpis = MetricSet.of(volume, resolved);
        List<Column<Tallies<Ticket>>> columns = List.of(Column.of("tickets", t -> CELLS.count(t.get(volume))),
                Column.of("resolved", t -> CELLS.percent(t.get(resolved))));
        Segmented<Priority, Tallies<Ticket>> byPriority = kpis.by(TicketDimensions.PRIORITY).over(tickets);
        Segmented<Channel, Tallies<Ticket>> byChannel = kpis.by(TicketDimensions.CHANNEL).over(tickets);
        // WHEN
        Section p = Section.builder("priority", "By priority", Section.Kind.TABLE).segments(byPriority, columns).build();
        Section c = Section.builder("channel", "By channel", Section.Kind.TABLE).segments(byChannel, columns).build();
        // THEN lower case names, key order, the keyless records, then all
        assertThat(p.columns()).containsExactly("tickets", "resolved");
        assertThat(p.rows()).extracting(Row::label).containsExactly("low", "urgent", "(none)", "all");
        assertThat(c.rows()).extracting(Row::label).containsExactly("chat", "email", "(none)", "all");
        assertThat(p.rows().get(0).cells()).containsExactly(CELLS.count(2), CELLS.percent(Ratio.of(1, 2)));
        assertThat(p.rows().get(3).cells()).containsExactly(CELLS.count(4), CELLS.percent(Ratio.of(3, 4)));
        assertThat(Labels.segment(Priority.MEDIUM)).isEqualTo("medium");
        assertThat(Labels.segment(Channel.SELF_SERVICE)).isEqualTo("self_service");
    }

    @Test
    void should_leave_out_the_none_row_when_every_record_has_a_key() {
        Segmented<Channel, Count> s = Segmented.of("channel", Count.ZERO, Map.of(Channel.EMAIL, Count.of(2),
                Channel.CHAT, Count.of(3)), Count.ZERO);
        Section section = Section.builder("channel", "By channel", Section.Kind.BARS)
                .segments(s, List.of(Column.<Count>of("tickets", CELLS::count))).build();
        assertThat(section.rows()).extracting(Row::label).containsExactly("chat", "email", "all");
        assertThat(section.rows().get(2).cells()).containsExactly(CELLS.count(5));
    }

    @Test
    void should_write_a_trend_by_bucket_in_time_order_with_empty_buckets() {
        // GIVEN three ISO weeks from Monday 2026-03-09 in Berlin, tickets in the second only
        Instant from = LocalDate.of(2026, 3, 9).atStartOfDay(BERLIN).toInstant();
        Instant to = LocalDate.of(2026, 3, 30).atStartOfDay(BERLIN).toInstant();
        BucketRange weeks = BucketRange.of(from, to, Granularity.WEEK, BERLIN);
        Bucket second = Bucket.of(LocalDate.of(2026, 3, 17), Granularity.WEEK, BERLIN);
        BucketSeries<Count> series = BucketSeries.of(weeks, Count.ZERO, Map.of(second, Count.of(5)), Count.of(7),
                Count.ZERO);
        // WHEN
        Section trend = Section.builder("volume.weekly", "Tickets per week", Section.Kind.TREND)
                .buckets(series, List.of(Column.<Count>of("tickets", CELLS::count))).build();
        // THEN
        assertThat(trend.rows()).extracting(Row::label).containsExactly("2026-W11", "2026-W12", "2026-W13");
        assertThat(trend.rows()).extracting(r -> r.cells().get(0))
                .containsExactly(CELLS.count(0), CELLS.count(5), CELLS.count(0));
        BucketSeries<Count> days = BucketSeries.of(BucketRange.of(from, from.plusSeconds(2 * 86_400), Granularity.DAY,
                BERLIN), Count.ZERO, Map.of(), Count.ZERO, Count.ZERO);
        assertThat(Section.builder("daily", "Daily", Section.Kind.TREND)
                .buckets(days, List.of(Column.<Count>of("tickets", CELLS::count))).build().rows())
                .extracting(Row::label).containsExactly("2026-03-09", "2026-03-10");
    }

    @Test
    void should_write_frequencies_as_counts_and_shares() {
        Frequencies<String> categories = Frequencies.of(Map.of("login", 1L, "billing", 3L), 1);
        Section s = Section.builder("category", "By category", Section.Kind.BARS).frequencies(categories, CELLS).build();
        assertThat(s.columns()).containsExactly("count", "share");
        assertThat(s.rows().stream().map(r -> r.label() + " " + ReportFormat.defaults(BERLIN).summary(r.cells().get(0))
                + " " + ReportFormat.defaults(BERLIN).summary(r.cells().get(1))).collect(Collectors.toList()))
                .containsExactly("billing 3 60.0% of 5", "login 1 20.0% of 5", "(none) 1 20.0% of 5");
    }

    @Test
    void should_name_the_column_whose_cell_is_null() {
        Segmented<Channel, Count> s = Segmented.of("channel", Count.ZERO, Map.of(Channel.EMAIL, Count.of(2)),
                Count.ZERO);
        assertThatThrownBy(() -> Section.builder("x", "x", Section.Kind.TABLE)
                .segments(s, List.of(Column.<Count>of("broken", t -> null))))
                .isInstanceOf(NullPointerException.class).hasMessage("Column broken cell");
    }
}
