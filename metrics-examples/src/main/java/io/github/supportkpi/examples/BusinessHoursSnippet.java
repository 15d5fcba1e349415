package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** The README's business-hours section, kept compiling and tested. */
final class BusinessHoursSnippet {
    private BusinessHoursSnippet() {}

    /** What the snippet computes, for the test. */
    record Result(Duration waited, Instant due, FirstResponseTime frt, List<String> weeks) {}

    static Result run(List<Ticket> tickets, Instant from, Instant to) {
        List<String> lines = new ArrayList<>();
        // --- README business hours begins
        BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(12, 30))
                .weekdays(LocalTime.of(13, 30), LocalTime.of(18, 0))          // lunch break
                .holiday(LocalDate.of(2024, 12, 25))
                .closed(LocalDateTime.of(2024, 12, 24, 12, 0), LocalDateTime.of(2024, 12, 24, 18, 0))
                .build();

        Instant created = Instant.parse("2024-03-01T16:55:00Z");               // Friday 17:55 in Berlin
        Duration waited = office.between(created, Instant.parse("2024-03-04T08:10:00Z")); // PT15M
        Instant due = office.deadline(created, Duration.ofHours(2));           // Monday 10:55 in Berlin

        FirstResponseTime frtInOfficeHours =
                FirstResponseTime.of(ResponseDefinition.DEFAULT.withElapsedTime(office));

        BucketSeries<Count> perDay = BucketSeries.metric(TicketVolume.defaults(), Ticket::created,
                from, to, Granularity.DAY, ZoneOffset.UTC).over(tickets);
        BucketSeries<Count> perWeek = perDay.rollUp(Granularity.WEEK);
        for (Bucket week : perWeek.range().buckets()) {
            lines.add(week + " " + perWeek.get(week)); // 2024-W09 42
        }
        // --- README business hours ends
        return new Result(waited, due, frtInOfficeHours, lines);
    }
}
