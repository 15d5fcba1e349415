package io.github.supportkpi.examples;

import io.github.supportkpi.backlog.AgeBand;
import io.github.supportkpi.backlog.AgeBands;
import io.github.supportkpi.backlog.Backlog;
import io.github.supportkpi.backlog.BacklogDefinition;
import io.github.supportkpi.backlog.FlowDefinition;
import io.github.supportkpi.backlog.FlowTally;
import io.github.supportkpi.backlog.NetFlow;
import io.github.supportkpi.business.CostPerResolution;
import io.github.supportkpi.business.CustomerChurn;
import io.github.supportkpi.business.CustomerLifetimeValue;
import io.github.supportkpi.business.CustomerTally;
import io.github.supportkpi.contact.AbandonmentDefinition;
import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.contact.KnowledgeBaseViews;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.contact.ServiceLevelDefinition;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.AverageCustomerEffort;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.metric.BucketSeries;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.report.PeriodChange;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaTable;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.speed.TimeInStatus;
import io.github.supportkpi.staffing.IntradayPlan;
import io.github.supportkpi.staffing.StaffingGoal;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.workload.AgentWork;
import io.github.supportkpi.workload.LoggedInTime;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.RepliesPerTicket;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.TicketsPerAgent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

import static io.github.supportkpi.examples.Format.cell;
import static io.github.supportkpi.examples.Format.duration;
import static io.github.supportkpi.examples.Format.durations;
import static io.github.supportkpi.examples.Format.mean;
import static io.github.supportkpi.examples.Format.nps;
import static io.github.supportkpi.examples.Format.percent;
import static io.github.supportkpi.examples.Format.percentOnly;

/**
 * The main example: generates a seeded help-desk dataset (six weeks, five channels, ten agents, surveys,
 * calls) and prints a KPI report, overall and by channel, computed in one pass per record type.
 *
 * <pre>
 * mvn -B -q -pl metrics-examples -am compile exec:java            # seed 42
 * mvn -B -q -pl metrics-examples -am compile exec:java -Dexec.args=7
 * </pre>
 */
public final class KpiReport {
    /** The help desk's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The first day of the generated data: a Monday. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);

    private KpiReport() {}

    /**
     * Prints the report.
     *
     * @param args an optional seed (default 42)
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        System.out.print(render(HelpDeskDataset.generate(seed, START, 6, ZONE), seed));
    }

    /** The office hours every business-time figure is measured in: weekdays 08:00-18:00, Easter closed. */
    static BusinessCalendar officeHours() {
        return BusinessCalendar.builder(ZONE)
                .weekdays(LocalTime.of(8, 0), LocalTime.of(18, 0))
                .holiday(LocalDate.of(2026, 4, 3))  // Good Friday
                .holiday(LocalDate.of(2026, 4, 6))  // Easter Monday
                .build();
    }

    /**
     * The report as text.
     *
     * @param data the dataset
     * @param seed the seed it was generated from, for the heading
     * @return the report
     */
    static String render(HelpDeskDataset data, long seed) {
        StringBuilder out = new StringBuilder();
        BusinessCalendar office = officeHours();

        // Ticket metrics: one pass over the tickets, segmented by channel; the total is the merge of the segments.
        TicketVolume volume = TicketVolume.defaults();
        ResolvedTickets resolved = ResolvedTickets.defaults();
        FirstResponseTime frt = FirstResponseTime.defaults();
        FirstResponseTime frtBusiness = FirstResponseTime.of(ResponseDefinition.DEFAULT.withElapsedTime(office));
        ResolutionTime resolution = ResolutionTime.defaults();
        ResolutionTime resolutionBusiness =
                ResolutionTime.of(ResolutionTimeDefinition.DEFAULT.withElapsedTime(office));
        FirstContactResolution fcr = FirstContactResolution.defaults();
        ReopenRate reopen = ReopenRate.defaults();
        EscalationRate escalation = EscalationRate.defaults();
        RepliesPerTicket replies = RepliesPerTicket.defaults();
        TimeInStatus customerWait = TimeInStatus.customerWait();
        TicketsPerAgent perAgent = TicketsPerAgent.defaults();
        CostPerResolution costPerResolution = CostPerResolution.defaults();
        MetricSet<Ticket> ticketKpis = MetricSet.of(volume, resolved, frt, frtBusiness, resolution,
                resolutionBusiness, fcr, reopen, escalation, replies, customerWait, perAgent, costPerResolution);
        Segmented<Channel, Tallies<Ticket>> byChannel = ticketKpis.by(TicketDimensions.CHANNEL).over(data.tickets());
        Tallies<Ticket> t = byChannel.total();

        // Survey metrics: one pass over the responses.
        CustomerSatisfaction csat = CustomerSatisfaction.defaults();
        NetPromoterScore nps = NetPromoterScore.defaults();
        AverageCustomerEffort ces = AverageCustomerEffort.defaults();
        MetricSet<SurveyResponse> surveyKpis = MetricSet.of(csat, nps, ces);
        Segmented<Channel, Tallies<SurveyResponse>> surveysByChannel =
                surveyKpis.by(SurveyDimensions.CHANNEL).over(data.surveys());
        Tallies<SurveyResponse> s = surveysByChannel.total();

        // Contact centre: one pass over the calls. Calls abandoned within 5 s are misdials: excluded.
        AbandonmentRate abandon = AbandonmentRate.of(
                AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(5)));
        ServiceLevel serviceLevel = ServiceLevel.of(ServiceLevelDefinition.DEFAULT
                .withAbandons(ServiceLevelDefinition.Abandons.SHORT_EXCLUDED)
                .withShortAbandonThreshold(Duration.ofSeconds(5)));
        AverageSpeedOfAnswer asa = AverageSpeedOfAnswer.defaults();
        var aht = AverageHandleTime.overInteractions(io.github.supportkpi.contact.HandleTimeDefinition.DEFAULT);
        Occupancy occupancy = Occupancy.defaults();
        var offered = Count.<Interaction>metric("calls.offered", Interaction::isOffered);
        MetricSet<Interaction> callKpis = MetricSet.of(offered, abandon, serviceLevel, asa, aht, occupancy);
        Tallies<Interaction> c = callKpis.over(data.calls());

        // Workload: handle time from the calls' pass, logged-in time from the sessions; the two tallies add up.
        AgentWork work = c.get(occupancy).plus(LoggedInTime.defaults().over(data.sessions()));

        line(out, "supportkpi - KPI report over a generated help desk");
        line(out, "seed %d, %s to %s, %s; office hours weekdays 08:00-18:00, Easter closed", seed, data.start(),
                data.end().minusDays(1), data.zone());
        line(out, "%d tickets, %d survey responses, %d calls, %d agent sessions, %d article views, %d customers",
                data.tickets().size(), data.surveys().size(), data.calls().size(), data.sessions().size(),
                data.articleViews().size(), data.customers().size());

        section(out, "Executive view");
        row(out, "Ticket volume", t.get(volume).value() + " tickets, " + t.get(resolved).value() + " resolved");
        row(out, "CSAT (4-5 of 5)", percent(s.get(csat)));
        row(out, "NPS", nps(s.get(nps)) + "  " + s.get(nps));
        row(out, "CES (mean of 1-7)", mean(s.get(ces)));
        row(out, "First response", durations(t.get(frt)));
        row(out, "  in office hours", durations(t.get(frtBusiness)));
        row(out, "Resolution time", durations(t.get(resolution)));
        row(out, "  in office hours", durations(t.get(resolutionBusiness)));
        row(out, "FCR", percent(t.get(fcr)));
        row(out, "Reopen rate", percent(t.get(reopen)));
        row(out, "Escalation rate", percent(t.get(escalation)));
        row(out, "Replies per ticket", mean(t.get(replies)));
        row(out, "Customer wait", durations(t.get(customerWait)));

        section(out, "SLA compliance by priority, as of " + data.end() + " 00:00");
        Segmented<Priority, SlaTally> slaByPriority =
                sla(office, data.end().atStartOfDay(data.zone()).toInstant()).by(TicketDimensions.PRIORITY)
                        .over(data.tickets());
        out.append(SlaTable.of(slaByPriority));

        section(out, "Backlog and flow");
        backlog(out, data, sla(office, data.end().atStartOfDay(data.zone()).toInstant()));

        section(out, "By channel");
        line(out, "%s%s%s%s%s%s", cell("channel", 14), cell("tickets", 9), cell("FRT median", 12),
                cell("FRT (office)", 14), cell("FCR", 8), cell("CSAT", 8));
        for (Map.Entry<Channel, Tallies<Ticket>> e : byChannel.segments().entrySet()) {
            Tallies<Ticket> ch = e.getValue();
            line(out, "%s%s%s%s%s%s", cell(e.getKey(), 14), cell(ch.get(volume).value(), 9),
                    cell(duration(ch.get(frt).median()), 12), cell(duration(ch.get(frtBusiness).median()), 14),
                    cell(percentOnly(ch.get(fcr)), 8), cell(percentOnly(surveysByChannel.get(e.getKey()).get(csat)), 8));
        }

        section(out, "Contact centre");
        row(out, "Calls offered", String.valueOf(c.get(offered).value()));
        row(out, "Abandonment (>= 5 s)", percent(c.get(abandon)));
        row(out, "Service level 20 s", percent(c.get(serviceLevel)));
        row(out, "Speed of answer", durations(c.get(asa)));
        row(out, "Handle time", durations(c.get(aht)));
        row(out, "Occupancy (calls)", work.occupancyPercent().isPresent()
                ? String.format(Locale.ROOT, "%.1f%% (%s handled of %s logged in)", work.occupancyPercent().getAsDouble(),
                        duration(java.util.Optional.of(work.handleTime())), duration(java.util.Optional.of(work.loggedIn())))
                : "n/a");
        row(out, "Tickets per agent", String.valueOf(t.get(perAgent)));
        row(out, "Top articles", KnowledgeBaseViews.defaults().over(data.articleViews()).top(3).toString());

        section(out, "Customers and cost");
        CustomerTally customers = CustomerChurn.defaults().over(data.customers());
        row(out, "Retention", percent(customers.retention()));
        row(out, "Churn", percent(customers.churn()));
        BigDecimal cost = new BigDecimal("185000.00");
        row(out, "Cost per resolution", t.get(costPerResolution).withCost(cost).perUnit()
                .map(v -> "$" + v.setScale(2, java.math.RoundingMode.HALF_EVEN) + " ($" + cost + " support cost)")
                .orElse("n/a"));
        row(out, "Lifetime value", CustomerLifetimeValue.defaults().value(customers)
                .map(v -> "$" + v.setScale(2, java.math.RoundingMode.HALF_EVEN)).orElse("n/a"));

        section(out, "Weekly trend (" + data.zone() + ")");
        weekly(out, data, volume, frt, csat);

        LocalDate day = data.start().plusDays(1);
        section(out, "Intraday staffing for " + day + " (Erlang C, 80% in 20 s, 30% shrinkage)");
        IntradayPlan plan = IntradayPlan.forDay(data.calls(), day, data.zone(), Duration.ofMinutes(60),
                StaffingGoal.ofPercent(80, Duration.ofSeconds(20)).withShrinkagePercent(30));
        // The plan's own table lists every hour of the day; print the staffed ones.
        String[] table = plan.toTable().split("\\R");
        out.append(table[0]).append(System.lineSeparator());
        for (int i = 0; i < plan.rows().size(); i++) {
            if (plan.rows().get(i).offered() > 0) {
                out.append(table[i + 1]).append(System.lineSeparator());
            }
        }
        line(out, "peak: %d agents, %d positions; %.0f calls offered", plan.peakAgents(), plan.peakPositions(),
                plan.totalOffered());

        // Next week, forecast hour by hour from the same weekdays of the generated weeks, under both models.
        section(out, "Staffing the week of " + data.end() + " (forecast from " + data.start() + " to "
                + data.end().minusDays(1) + "; hourly, 80% in 20 s and ASA <= 30 s, 30% shrinkage)");
        out.append(StaffingSnippet.week(data.calls(), data.start(), data.end(), data.zone()).table()
                .replace("\n", System.lineSeparator()));
        return out.toString();
    }

    /** Backlog at the end of the period by age and priority, past SLA, and the net flow per week. */
    private static void backlog(StringBuilder out, HelpDeskDataset data, SlaCompliance sla) {
        Instant end = data.end().atStartOfDay(data.zone()).toInstant();
        AgeBands bands = AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));
        Segmented<AgeBand, Count> byAge = Backlog.at(end).byAge(bands).over(data.tickets());
        Segmented<Priority, Count> byPriority = Backlog.at(end).by(TicketDimensions.PRIORITY).over(data.tickets());
        row(out, "Open at " + data.end(), byAge.total() + " tickets");
        row(out, "  by age", byAge.segments().toString());
        row(out, "  by priority", byPriority.segments().toString());
        BacklogDefinition pastSla = BacklogDefinition.pastSlaDeadline(sla.definedBy(), SlaTarget.RESOLUTION);
        row(out, "  past resolution SLA", Backlog.at(end, pastSla).over(data.tickets()).toString());
        Instant start = data.start().atStartOfDay(data.zone()).toInstant();
        BucketSeries<FlowTally> flow = NetFlow.of(FlowDefinition.between(start, end).withGranularity(Granularity.WEEK)
                .withZone(data.zone())).over(data.tickets());
        flow.buckets().forEach((week, f) -> row(out, "Net flow " + week,
                String.format(Locale.ROOT, "%+d (created %d, resolved %d)", f.net(), f.created(), f.resolved())));
    }

    /**
     * The SLA policies: urgent tickets around the clock, the rest in office hours; the first-response and
     * next-response clocks stop while the ticket waits on the customer only after the first reply.
     */
    static SlaCompliance sla(BusinessCalendar office, Instant now) {
        SlaPolicies policies = SlaPolicies.builder()
                .policy(SlaPolicy.of("urgent", SlaCondition.priority(Priority.URGENT),
                                BusinessCalendar.twentyFourSeven(ZONE))
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(1))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(2))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(8)))
                .policy(SlaPolicy.of("high", SlaCondition.priority(Priority.HIGH), office)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(2))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(4))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(16)))
                .otherwise(SlaPolicy.of("standard", SlaCondition.always(), office)
                        .withTarget(SlaTarget.FIRST_RESPONSE, Duration.ofHours(4))
                        .withTarget(SlaTarget.NEXT_RESPONSE, Duration.ofHours(8))
                        .withTarget(SlaTarget.RESOLUTION, Duration.ofHours(30)))
                .build();
        return SlaCompliance.of(SlaDefinition.of(policies, now));
    }

    /** Volume by creation, FRT by first response, CSAT by answer time: each bucketed by its default instant. */
    private static void weekly(StringBuilder out, HelpDeskDataset data, TicketVolume volume, FirstResponseTime frt,
            CustomerSatisfaction csat) {
        Instant from = data.start().atStartOfDay(data.zone()).toInstant();
        Instant to = data.end().atStartOfDay(data.zone()).toInstant();
        BucketSeries<Count> volumes = Trend.metric(volume, from, to, Granularity.WEEK, data.zone())
                .over(data.tickets());
        BucketSeries<DurationStats> frts = Trend.metric(frt, from, to, Granularity.WEEK, data.zone())
                .over(data.tickets());
        BucketSeries<Ratio> csats = Trend.metric(csat, SurveyResponse::at, from, to, Granularity.WEEK, data.zone())
                .over(data.surveys());
        List<PeriodChange> changes = Trend.changes(volumes, Trend::count);
        line(out, "%s%s%s%s%s", cell("week", 10), cell("tickets", 9), cell("change", 9), cell("FRT median", 12),
                cell("CSAT", 8));
        int i = 0;
        for (Bucket week : volumes.buckets().keySet()) {
            OptionalDouble change = i == 0 ? OptionalDouble.empty() : changes.get(i - 1).percent();
            line(out, "%s%s%s%s%s", cell(week, 10), cell(volumes.get(week).value(), 9),
                    cell(change.isPresent() ? String.format(Locale.ROOT, "%+.1f%%", change.getAsDouble()) : "", 9),
                    cell(duration(frts.get(week).median()), 12), cell(percentOnly(csats.get(week)), 8));
            i++;
        }
        line(out, "average %.1f tickets a week; not in any week: %d", Trend.averageCount(volumes).orElse(0),
                volumes.outOfRange().plus(volumes.absent()).value());
    }

    private static void section(StringBuilder out, String title) {
        out.append(System.lineSeparator()).append(title).append(System.lineSeparator())
                .append("-".repeat(title.length())).append(System.lineSeparator());
    }

    private static void row(StringBuilder out, String label, String value) {
        line(out, "  %s%s", cell(label, 22), value);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append(System.lineSeparator());
    }
}
