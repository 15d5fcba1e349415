package io.github.supportkpi.domain;

import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CostPerResolutionDefinition;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.quality.TicketDenominator;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TicketInstantTest {
    private static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");

    @Test
    void should_take_each_instant_of_a_ticket() {
        // GIVEN a ticket answered by a bot after 1 min and an agent after 1 h, solved at 2 h, reopened, solved at 5 h
        Ticket t = Ticket.builder("T", T0)
                .interaction(Interaction.customerMessage(T0))
                .interaction(Interaction.botReply(T0.plusSeconds(60)))
                .interaction(Interaction.agentReply(T0.plusSeconds(3600), "ana"))
                .statusChange(StatusChange.of(T0.plusSeconds(7200), Status.SOLVED))
                .statusChange(StatusChange.of(T0.plusSeconds(10800), Status.OPEN))
                .statusChange(StatusChange.of(T0.plusSeconds(18000), Status.SOLVED))
                .resolved(T0.plusSeconds(18000))
                .build();
        // WHEN / THEN
        assertThat(TicketInstant.CREATED.instantOf(t)).isEqualTo(T0);
        assertThat(TicketInstant.FIRST_RESPONSE.instantOf(t)).isEqualTo(T0.plusSeconds(3600));
        assertThat(TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS.instantOf(t)).isEqualTo(T0.plusSeconds(60));
        assertThat(TicketInstant.RESOLVED.instantOf(t)).isEqualTo(T0.plusSeconds(18000));
        assertThat(TicketInstant.FIRST_RESOLVED.instantOf(t)).isEqualTo(T0.plusSeconds(7200));
    }

    @Test
    void should_fall_back_to_the_recorded_first_response_without_interactions() {
        // GIVEN a ticket with no interactions, as FirstResponseTime reads it
        Ticket t = Ticket.builder("T", T0).firstResponse(T0.plusSeconds(600)).status(Status.OPEN).build();
        // WHEN / THEN
        assertThat(TicketInstant.FIRST_RESPONSE.instantOf(t)).isEqualTo(T0.plusSeconds(600));
        assertThat(TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS.instantOf(t)).isEqualTo(T0.plusSeconds(600));
        assertThat(TicketInstant.FIRST_RESOLVED.instantOf(t)).isNull();
    }

    @Test
    void should_have_no_instant_where_the_ticket_has_none() {
        // GIVEN an open ticket with a customer message only; its recorded first response is ignored, as in FRT
        Ticket t = Ticket.builder("T", T0).interaction(Interaction.customerMessage(T0))
                .firstResponse(T0.plusSeconds(60)).status(Status.PENDING).build();
        // WHEN / THEN
        assertThat(TicketInstant.FIRST_RESPONSE.instantOf(t)).isNull();
        assertThat(TicketInstant.RESOLVED.instantOf(t)).isNull();
        assertThat(TicketInstant.FIRST_RESOLVED.instantOf(t)).isNull();
        // and a resolved ticket without history is first resolved when it is resolved
        Ticket r = Ticket.builder("R", T0).resolved(T0.plusSeconds(60)).build();
        assertThat(TicketInstant.FIRST_RESOLVED.instantOf(r)).isEqualTo(T0.plusSeconds(60));
    }

    @Test
    void should_give_the_documented_default_of_each_metric() {
        assertThat(TicketInstant.defaultFor(TicketVolume.defaults())).isEqualTo(TicketInstant.CREATED);
        assertThat(TicketInstant.defaultFor(ResolutionRate.defaults())).isEqualTo(TicketInstant.CREATED);
        assertThat(TicketInstant.defaultFor(ResolvedTickets.defaults())).isEqualTo(TicketInstant.RESOLVED);
        assertThat(TicketInstant.defaultFor(ResolutionTime.defaults())).isEqualTo(TicketInstant.RESOLVED);
        assertThat(TicketInstant.defaultFor(ResolutionTime.of(
                ResolutionTimeDefinition.DEFAULT.withPoint(ResolutionPoint.FIRST))))
                .isEqualTo(TicketInstant.FIRST_RESOLVED);
        assertThat(TicketInstant.defaultFor(FirstContactResolution.of(FcrDefinition.DEFAULT)))
                .isEqualTo(TicketInstant.RESOLVED);
        assertThat(TicketInstant.defaultFor(FirstResponseTime.defaults())).isEqualTo(TicketInstant.FIRST_RESPONSE);
        assertThat(TicketInstant.defaultFor(FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true))))
                .isEqualTo(TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS);
        assertThat(TicketInstant.defaultFor(CostPerResolution.defaults())).isEqualTo(TicketInstant.RESOLVED);
        assertThat(TicketInstant.defaultFor(CostPerResolution.of(
                CostPerResolutionDefinition.DEFAULT.withDenominator(TicketDenominator.ALL))))
                .isEqualTo(TicketInstant.CREATED);
        // a filtered catalogue metric keeps its id, so its default
        assertThat(TicketInstant.defaultFor(FirstResponseTime.defaults().filter(t -> true)))
                .isEqualTo(TicketInstant.FIRST_RESPONSE);
        assertThat(TicketInstant.defaultFor(ResolvedTickets.defaults().filter(t -> true)))
                .isEqualTo(TicketInstant.RESOLVED);
        // an unknown metric: creation
        assertThat(TicketInstant.defaultFor(Count.metric("my.count", (Ticket t) -> true)))
                .isEqualTo(TicketInstant.CREATED);
    }

    @Test
    void should_bucket_tickets_by_an_instant_with_those_without_it_absent() {
        // GIVEN a ticket resolved in week 10 and an open one
        Ticket r = Ticket.builder("R", T0).resolved(T0.plusSeconds(60)).build();
        Ticket open = Ticket.builder("O", T0).status(Status.OPEN).build();
        // WHEN volume is bucketed by resolution week
        BucketSeries<Count> perWeek = BucketSeries.metric(TicketVolume.defaults(), TicketInstant.RESOLVED::instantOf,
                T0, T0.plus(Duration.ofDays(14)), Granularity.WEEK, ZoneOffset.UTC).over(List.of(r, open));
        // THEN
        assertThat(perWeek.get(Bucket.of(LocalDate.parse("2024-03-04"), Granularity.WEEK, ZoneOffset.UTC)))
                .isEqualTo(Count.of(1));
        assertThat(perWeek.absent()).isEqualTo(Count.of(1));
    }
}
