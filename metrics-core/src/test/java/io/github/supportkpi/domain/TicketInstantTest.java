package io.github.supportkpi.domain;

import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.NetFlow;
import io.github.supportkpi.business.CostDenominator;
import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CostPerResolutionDefinition;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DefinedMetric;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.FirstContactResolutionWithoutRepeat;
import io.github.supportkpi.quality.LateReopenRate;
import io.github.supportkpi.quality.OneTouchResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.ReopenRateDefinition;
import io.github.supportkpi.quality.RepeatContactRate;
import io.github.supportkpi.quality.ResolutionConsistency;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.speed.AverageReplyTime;
import io.github.supportkpi.speed.FirstResponseAfterAssignment;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.speed.TimeInStatus;
import io.github.supportkpi.speed.TimeToFirstAssignment;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.AgentTouches;
import io.github.supportkpi.workload.AssigneeStations;
import io.github.supportkpi.workload.GroupStations;
import io.github.supportkpi.workload.RepliesPerTicket;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.TicketVolumeHeatmap;
import io.github.supportkpi.workload.TicketsHandledPerHour;
import io.github.supportkpi.workload.TicketsPerAgent;
import io.github.supportkpi.workload.TicketsSolvedPerHour;
import io.github.supportkpi.workload.VolumeByCategory;
import io.github.supportkpi.workload.VolumeByChannel;
import io.github.supportkpi.workload.VolumeHeatmapDefinition;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    void should_be_declared_by_each_catalogue_metric_of_tickets() {
        // GIVEN every catalogue metric of tickets, and those whose definition picks the instant both ways
        Map<Metric<Ticket, ?>, TicketInstant> expected = new LinkedHashMap<>();
        expected.put(TicketVolume.defaults(), TicketInstant.CREATED);
        expected.put(VolumeByChannel.defaults(), TicketInstant.CREATED);
        expected.put(VolumeByCategory.defaults(), TicketInstant.CREATED);
        expected.put(ResolutionRate.defaults(), TicketInstant.CREATED); // a cohort: by resolution it would be 100%
        expected.put(EscalationRate.defaults(), TicketInstant.CREATED);
        expected.put(RepeatContactRate.defaults(), TicketInstant.CREATED);
        expected.put(FirstContactResolutionWithoutRepeat.defaults(), TicketInstant.CREATED);
        expected.put(Backlog.at(T0), TicketInstant.CREATED);
        expected.put(NetFlow.between(T0, T0.plus(Duration.ofDays(7))), TicketInstant.CREATED);
        expected.put(AverageHandleTime.defaults(), TicketInstant.CREATED);
        expected.put(TicketsPerAgent.defaults(), TicketInstant.CREATED);
        expected.put(RepliesPerTicket.defaults(), TicketInstant.CREATED);
        expected.put(TicketsHandledPerHour.defaults(), TicketInstant.CREATED);
        expected.put(AgentTouches.defaults(), TicketInstant.CREATED);
        expected.put(AverageReplyTime.defaults(), TicketInstant.CREATED);
        expected.put(AssigneeStations.defaults(), TicketInstant.CREATED);
        expected.put(GroupStations.defaults(), TicketInstant.CREATED);
        expected.put(TimeToFirstAssignment.defaults(), TicketInstant.CREATED);
        expected.put(FirstResponseAfterAssignment.defaults(), TicketInstant.CREATED);
        expected.put(TimeInStatus.customerWait(), TicketInstant.CREATED);
        expected.put(SlaCompliance.of(SlaDefinition.of(SlaPolicies.NONE, T0)), TicketInstant.CREATED);
        expected.put(ResolvedTickets.defaults(), TicketInstant.RESOLVED);
        expected.put(TicketVolumeHeatmap.in(ZoneOffset.UTC), TicketInstant.CREATED);
        expected.put(TicketVolumeHeatmap.of(VolumeHeatmapDefinition.of(ZoneOffset.UTC).withInstant(TicketInstant.RESOLVED)),
                TicketInstant.RESOLVED);
        expected.put(TicketsSolvedPerHour.defaults(), TicketInstant.RESOLVED);
        expected.put(FirstContactResolution.of(FcrDefinition.DEFAULT), TicketInstant.RESOLVED);
        expected.put(ReopenRate.defaults(), TicketInstant.RESOLVED);
        expected.put(LateReopenRate.of(ReopenRateDefinition.DEFAULT), TicketInstant.RESOLVED);
        expected.put(OneTouchResolution.defaults(), TicketInstant.RESOLVED);
        expected.put(ResolutionConsistency.defaults(), TicketInstant.RESOLVED);
        expected.put(ResolutionTime.defaults(), TicketInstant.RESOLVED);
        expected.put(ResolutionTime.of(ResolutionTimeDefinition.DEFAULT.withPoint(ResolutionPoint.FIRST)),
                TicketInstant.FIRST_RESOLVED);
        expected.put(CostPerResolution.defaults(), TicketInstant.RESOLVED);
        expected.put(CostPerResolution.of(CostPerResolutionDefinition.DEFAULT.withDenominator(CostDenominator.ALL)),
                TicketInstant.CREATED);
        expected.put(FirstResponseTime.defaults(), TicketInstant.FIRST_RESPONSE);
        expected.put(FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true)),
                TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS);
        // WHEN / THEN each declares its instant
        expected.forEach((metric, instant) -> assertThat(metric.bucketInstant()).as(metric.id()).contains(instant));
        // and the list holds every catalogue metric of tickets
        assertThat(expected.keySet().stream().map(Object::getClass).distinct())
                .containsExactlyInAnyOrderElementsOf(catalogueMetricsOf(Ticket.class));
    }

    @Test
    void should_be_declared_explicitly_by_every_catalogue_metric_of_tickets_interactions_and_surveys() {
        for (Class<?> type : List.of(Ticket.class, Interaction.class, SurveyResponse.class)) {
            List<Class<?>> metrics = catalogueMetricsOf(type);
            assertThat(metrics).as("catalogue metrics of %s", type.getSimpleName()).isNotEmpty();
            for (Class<?> c : metrics) {
                assertThat(Arrays.stream(c.getDeclaredMethods()).map(Method::getName))
                        .as("%s declares its bucket instant", c.getSimpleName()).contains("bucketInstant");
            }
        }
    }

    @Test
    void should_bucket_interactions_and_responses_by_when_they_happened() throws ReflectiveOperationException {
        // GIVEN an interaction at T0 and a survey answered at T0
        Interaction call = Interaction.customerMessage(T0);
        SurveyResponse answer = SurveyResponse.csat(5, T0);
        // WHEN / THEN every catalogue metric of interactions or responses declares the record's instant
        for (Class<?> c : catalogueMetricsOf(Interaction.class)) {
            Metric<Interaction, ?> m = defaults(c);
            assertThat(m.bucketInstant().orElseThrow().apply(call)).as(m.id()).isEqualTo(T0);
        }
        for (Class<?> c : catalogueMetricsOf(SurveyResponse.class)) {
            Metric<SurveyResponse, ?> m = defaults(c);
            assertThat(m.bucketInstant().orElseThrow().apply(answer)).as(m.id()).isEqualTo(T0);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Metric<T, ?> defaults(Class<?> metricClass) throws ReflectiveOperationException {
        return (Metric<T, ?>) metricClass.getMethod("defaults").invoke(null);
    }

    /** The catalogue metrics ({@link DefinedMetric} classes) of a record type, found among the compiled classes. */
    private static List<Class<?>> catalogueMetricsOf(Class<?> recordType) {
        try {
            Path classes = Path.of(DefinedMetric.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    String name = classes.relativize(f).toString().replace(java.io.File.separatorChar, '.');
                    if (!name.endsWith(".class") || name.contains("$") || name.endsWith("-info.class")) {
                        continue;
                    }
                    Class<?> c = Class.forName(name.substring(0, name.length() - ".class".length()), false,
                            DefinedMetric.class.getClassLoader());
                    if (c.getSuperclass() == DefinedMetric.class
                            && c.getGenericSuperclass() instanceof ParameterizedType p
                            && p.getActualTypeArguments()[0] == recordType) {
                        found.add(c);
                    }
                }
            }
            return found;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("compiled classes must be readable: " + e, e);
        }
    }

    @Test
    void should_be_kept_by_filter_and_by() {
        // GIVEN FRT counting bot replies, bucketed by the first reply of a bot or an agent
        FirstResponseTime withBots = FirstResponseTime.of(ResponseDefinition.DEFAULT.withIncludeBots(true));
        // WHEN filtered or segmented, THEN the declared instant is kept, not taken from the id
        assertThat(withBots.filter(t -> true).bucketInstant()).contains(TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS);
        assertThat(withBots.by(TicketDimensions.CHANNEL).bucketInstant())
                .contains(TicketInstant.FIRST_RESPONSE_INCLUDING_BOTS);
        assertThat(ResolvedTickets.defaults().filter(t -> true).by(TicketDimensions.PRIORITY).bucketInstant())
                .contains(TicketInstant.RESOLVED);
        assertThat(withBots.filter(t -> true).id()).isEqualTo(FirstResponseTime.ID);
        // a metric of your own declares none, unless given one
        Metric<Ticket, Count> mine = Count.metric("my.count", (Ticket t) -> true);
        assertThat(mine.bucketInstant()).isEmpty();
        assertThat(mine.filter(Ticket::isResolved).by(TicketDimensions.TEAM).bucketInstant()).isEmpty();
        Metric<Ticket, Count> byResolution = mine.withBucketInstant(TicketInstant.RESOLVED);
        assertThat(byResolution.filter(Ticket::isResolved).bucketInstant()).contains(TicketInstant.RESOLVED);
        assertThat(byResolution.id()).isEqualTo("my.count");
    }

    @Test
    void should_bucket_tickets_by_an_instant_with_those_without_it_absent() {
        // GIVEN a ticket resolved in week 10 and an open one
        Ticket r = Ticket.builder("R", T0).resolved(T0.plusSeconds(60)).build();
        Ticket open = Ticket.builder("O", T0).status(Status.OPEN).build();
        // WHEN volume is bucketed by resolution week
        BucketSeries<Count> perWeek = BucketSeries.metric(TicketVolume.defaults(), TicketInstant.RESOLVED,
                T0, T0.plus(Duration.ofDays(14)), Granularity.WEEK, ZoneOffset.UTC).over(List.of(r, open));
        // THEN
        assertThat(perWeek.get(Bucket.of(LocalDate.parse("2024-03-04"), Granularity.WEEK, ZoneOffset.UTC)))
                .isEqualTo(Count.of(1));
        assertThat(perWeek.absent()).isEqualTo(Count.of(1));
    }
}
