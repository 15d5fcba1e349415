package io.github.supportkpi.examples;

import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.BacklogDefinition;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaOutcome;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTable;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

/** The README's SLA section, kept compiling and tested. */
final class SlaSnippet {
    private SlaSnippet() {}

    /** What the snippet computes, for the test. */
    record Result(String table, Ratio firstResponse, long breaches, SlaOutcome outcome, Count pastSla) {}

    static Result run(List<Ticket> tickets, Ticket ticket) {
        // --- README SLA begins
        BusinessCalendar officeHours = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
                .weekdays(LocalTime.of(9, 0), LocalTime.of(17, 0))
                .holiday(LocalDate.of(2024, 12, 25))
                .build();
        SlaPolicies policies = SlaPolicies.builder()
                .policy(SlaPolicy.of("Urgent", SlaCondition.priority(Priority.URGENT),
                                BusinessCalendar.twentyFourSeven(ZoneOffset.UTC))
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8)))
                .policy(SlaPolicy.of("High chat",
                                SlaCondition.priority(Priority.HIGH).and(SlaCondition.channel(Channel.CHAT)), officeHours)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofMinutes(15)))
                .otherwise(SlaPolicy.of("Standard", SlaCondition.always(), officeHours)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(4))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(8))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofDays(3)))
                .build();

        Instant now = Instant.parse("2024-03-05T12:00:00Z");
        SlaCompliance sla = SlaCompliance.of(SlaDefinition.of(policies, now)
                .withPauseFirstResponse(false)        // default: pending does not stop the first-response clock
                .withOverdueAsBreached(true));        // default: an unanswered ticket past its deadline is a breach

        Segmented<Priority, SlaTally> byPriority = sla.by(TicketDimensions.PRIORITY).over(tickets);
        String table = SlaTable.of(byPriority);                            // the team lead's table
        Ratio frt = byPriority.total().compliance(SlaTarget.FIRST_RESPONSE);
        long breaches = byPriority.total().breaches(SlaTarget.RESOLUTION);

        SlaOutcome o = sla.outcome(ticket, SlaTarget.FIRST_RESPONSE);     // status, deadline, remaining, overdue
        Count pastSla = Backlog.at(now, BacklogDefinition.pastSlaDeadline(sla.definedBy(), SlaTarget.RESOLUTION))
                .over(tickets);
        // --- README SLA ends
        return new Result(table, frt, breaches, o, pastSla);
    }
}
