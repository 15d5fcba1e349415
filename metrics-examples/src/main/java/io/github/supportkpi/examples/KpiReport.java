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
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.SurveyDimensions;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.report.Cell;
import io.github.supportkpi.report.Cells;
import io.github.supportkpi.report.Column;
import io.github.supportkpi.report.Dashboard;
import io.github.supportkpi.report.Labels;
import io.github.supportkpi.report.Leaderboard;
import io.github.supportkpi.report.LeaderboardCriterion;
import io.github.supportkpi.report.LeaderboardDefinition;
import io.github.supportkpi.report.LeaderboardScores;
import io.github.supportkpi.report.PeriodChange;
import io.github.supportkpi.report.ProportionChange;
import io.github.supportkpi.report.Report;
import io.github.supportkpi.report.ReportFormat;
import io.github.supportkpi.report.ReportRenderer;
import io.github.supportkpi.report.Section;
import io.github.supportkpi.report.Standing;
import io.github.supportkpi.report.Target;
import io.github.supportkpi.report.Trend;
import io.github.supportkpi.report.Unit;
import io.github.supportkpi.sla.SlaCompliance;
import io.github.supportkpi.sla.SlaCondition;
import io.github.supportkpi.sla.SlaCounts;
import io.github.supportkpi.sla.SlaDefinition;
import io.github.supportkpi.sla.SlaPolicies;
import io.github.supportkpi.sla.SlaPolicy;
import io.github.supportkpi.sla.SlaStatus;
import io.github.supportkpi.sla.SlaTally;
import io.github.supportkpi.sla.SlaTarget;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.speed.TimeBandCounts;
import io.github.supportkpi.speed.TimeInStatus;
import io.github.supportkpi.staffing.IntradayPlan;
import io.github.supportkpi.staffing.StaffingGoal;
import io.github.supportkpi.staffing.WeeklyPlan;
import io.github.supportkpi.time.Bucket;
import io.github.supportkpi.time.BusinessCalendar;
import io.github.supportkpi.time.Granularity;
import io.github.supportkpi.time.TimeBand;
import io.github.supportkpi.time.TimeBands;
import io.github.supportkpi.workload.AgentWork;
import io.github.supportkpi.workload.LoggedInTime;
import io.github.supportkpi.workload.Occupancy;
import io.github.supportkpi.workload.RepliesPerTicket;
import io.github.supportkpi.workload.ResolvedTickets;
import io.github.supportkpi.workload.TicketVolume;
import io.github.supportkpi.workload.TicketVolumeHeatmap;
import io.github.supportkpi.workload.VolumeHeatmap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The main example: generates a seeded help-desk dataset (six weeks, five channels, ten agents, surveys,
 * calls), builds one {@link Report} of its KPIs, prints it as text and writes it as an HTML dashboard.
 *
 * <pre>
 * ./mvnw -B -q -pl metrics-examples -am compile exec:java            # seed 42, dashboard in target/
 * ./mvnw -B -q -pl metrics-examples -am compile exec:java -Dexec.args="7 /tmp/dashboard.html"
 * </pre>
 *
 * <p>Every figure comes from a tally with its sample; rates carry 95% Wilson intervals and NPS its margin of
 * error; a value from fewer than 30 records is marked too few. One {@link ReportFormat} writes every value.
 */
public final class KpiReport {
    /** The help desk's zone. */
    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** The first day of the generated data: a Monday. */
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    /** Where the dashboard is written when no path is given. */
    static final Path DASHBOARD = Path.of("target", "supportkpi-dashboard.html");
    /** How every value of the report is written. */
    static final ReportFormat FORMAT = ReportFormat.defaults(ZONE);
    /** The support cost of the period, for the cost per resolution. */
    static final BigDecimal SUPPORT_COST = new BigDecimal("185000.00");

    private KpiReport() {}

    /**
     * Prints the report and writes the dashboard.
     *
     * @param args an optional seed (default 42) and an optional dashboard path (default
     *     {@code target/supportkpi-dashboard.html})
     */
    public static void main(String[] args) {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 42;
        Path dashboard = args.length > 1 ? Path.of(args[1]) : DASHBOARD;
        Report report = report(HelpDeskDataset.generate(seed, START, 6, ZONE), seed);
        System.out.print(ReportRenderer.text().render(report, FORMAT));
        try {
            if (dashboard.toAbsolutePath().getParent() != null) {
                Files.createDirectories(dashboard.toAbsolutePath().getParent());
            }
            Dashboard.write(report, FORMAT, dashboard);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the dashboard to " + dashboard, e);
        }
        System.out.println();
        System.out.println("dashboard: " + dashboard.toAbsolutePath());
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
        return ReportRenderer.text().render(report(data, seed), FORMAT);
    }

    /**
     * The report.
     *
     * @param data the dataset
     * @param seed the seed it was generated from, for the heading
     * @return the report
     */
    static Report report(HelpDeskDataset data, long seed) {
        BusinessCalendar office = officeHours();
        Cells cells = Cells.defaults();
        Instant from = data.start().atStartOfDay(data.zone()).toInstant();
        Instant end = data.end().atStartOfDay(data.zone()).toInstant();

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
        CostPerResolution costPerResolution = CostPerResolution.defaults();
        MetricSet<Ticket> ticketKpis = MetricSet.of(volume, resolved, frt, frtBusiness, resolution,
                resolutionBusiness, fcr, reopen, escalation, replies, customerWait, costPerResolution);
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

        // SLA and backlog at the end of the period.
        SlaCompliance sla = sla(office, end);
        Segmented<Priority, SlaTally> slaByPriority = sla.by(TicketDimensions.PRIORITY).over(data.tickets());
        AgeBands bands = AgeBands.of(Duration.ofHours(4), Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));
        Segmented<AgeBand, Count> openByAge = Backlog.at(end).byAge(bands).over(data.tickets());
        long open = openByAge.total().value();

        Target<Ratio> csatTarget = Target.atLeast("CSAT >= 80%", Ratio::percent, 80);
        Target<Ratio> fcrTarget = Target.atLeast("FCR >= 50%", Ratio::percent, 50);
        Target<DurationStats> frtTarget = Target.atMost("FRT median <= 1h",
                d -> d.median().map(m -> OptionalDouble.of(seconds(m))).orElse(OptionalDouble.empty()), 3600);
        Target<Ratio> slaTarget = Target.atLeast("resolution SLA >= 90%", Ratio::percent, 90);
        Ratio resolutionSla = slaByPriority.total().compliance(SlaTarget.RESOLUTION);

        Report.Builder report = Report.builder("supportkpi - KPI report over a generated help desk", data.zone())
                .subtitle(String.format(Locale.ROOT, "seed %d, %s to %s (%s); office hours weekdays 08:00-18:00,"
                                + " Easter closed", seed, data.start(), data.end().minusDays(1), data.zone()),
                        String.format(Locale.ROOT, "%,d tickets, %,d survey responses, %,d calls, %,d agent sessions,"
                                        + " %,d article views, %,d customers", data.tickets().size(),
                                data.surveys().size(), data.calls().size(), data.sessions().size(),
                                data.articleViews().size(), data.customers().size()),
                        "rates with 95% intervals (Wilson; NPS: margin of error); (too few) marks fewer than "
                                + cells.minimumSample() + " records")
                .asOf(end);

        report.section(Section.builder("executive", "Executive view", Section.Kind.TILES)
                .columns("value")
                .row("Tickets", cells.count(t.get(volume)))
                .row("Resolved", cells.count(t.get(resolved)))
                .row("Open at the end", cells.count(open))
                .row("CSAT (4-5 of 5)", cells.withTarget(cells.percent(s.get(csat)), csatTarget.evaluate(s.get(csat))))
                .row("NPS", cells.nps(s.get(nps)))
                .row("CES (mean of 1-7)", cells.mean(s.get(ces)))
                .row("First response, median",
                        cells.withTarget(cells.medianDuration(t.get(frt)), frtTarget.evaluate(t.get(frt))))
                .row("Resolution time, median", cells.medianDuration(t.get(resolution)))
                .row("FCR", cells.withTarget(cells.percent(t.get(fcr)), fcrTarget.evaluate(t.get(fcr))))
                .row("Resolution SLA", cells.withTarget(cells.percent(resolutionSla), slaTarget.evaluate(resolutionSla)))
                .row("Reopen rate", cells.percent(t.get(reopen)))
                .row("Escalation rate", cells.percent(t.get(escalation)))
                .row("Replies per ticket", cells.mean(t.get(replies)))
                .note("Targets: " + csatTarget.name() + ", " + frtTarget.name() + ", " + fcrTarget.name() + ", "
                        + slaTarget.name() + "."));

        report.section(Section.builder("durations", "Response and resolution times", Section.Kind.TABLE)
                .columns("median", "mean", "90th percentile", "not measured")
                .row(durationRow("First response", t.get(frt), cells))
                .row(durationRow("  in office hours", t.get(frtBusiness), cells))
                .row(durationRow("Resolution time", t.get(resolution), cells))
                .row(durationRow("  in office hours", t.get(resolutionBusiness), cells))
                .row(durationRow("Customer wait", t.get(customerWait), cells))
                .note("Not measured: first response, tickets not replied to yet; resolution and customer wait,"
                        + " tickets still open."));

        frtBands(report, t.get(frt), cells);
        slaSection(report, slaByPriority, cells, end);
        backlog(report, data, sla, openByAge, cells, from, end);

        Section.Builder channels = Section.builder("channels", "By channel", Section.Kind.TABLE)
                .columns("tickets", "FRT median", "FRT (office)", "FCR", "CSAT");
        for (Channel c : byChannel.segments().keySet()) {
            channelRow(channels, Labels.segment(c), byChannel.get(c), surveysByChannel.get(c), volume, frt,
                    frtBusiness, fcr, csat, cells);
        }
        channelRow(channels, Labels.ALL, t, s, volume, frt, frtBusiness, fcr, csat, cells);
        report.section(channels);

        weekly(report, data, volume, frt, csat, cells, from, end);
        heatmap(report, data);
        leaderboard(report, data, resolved, fcr, frt, csat, cells);
        contactCentre(report, data, cells);
        customers(report, data, t.get(costPerResolution), cells);
        staffing(report, data);
        coverage(report, data, t, s, frt, resolution, csat, nps, ces, cells);
        return report.build();
    }

    private static void channelRow(Section.Builder section, String label, Tallies<Ticket> tickets,
            Tallies<SurveyResponse> surveys, TicketVolume volume, FirstResponseTime frt,
            FirstResponseTime frtBusiness, FirstContactResolution fcr, CustomerSatisfaction csat, Cells cells) {
        section.row(label, cells.count(tickets.get(volume)), cells.medianDuration(tickets.get(frt)),
                cells.medianDuration(tickets.get(frtBusiness)), cells.percent(tickets.get(fcr)),
                cells.percent(surveys.get(csat)));
    }

    private static io.github.supportkpi.report.Row durationRow(String label, DurationStats d, Cells cells) {
        return io.github.supportkpi.report.Row.of(label, cells.medianDuration(d), cells.meanDuration(d),
                cells.percentileDuration(d, 90), Cell.Measure.count(d.unmeasured()));
    }

    /** First responses in Chatwoot's bands. */
    private static void frtBands(Report.Builder report, DurationStats frt, Cells cells) {
        Section.Builder section = Section.builder("frt-bands", "First response times in bands", Section.Kind.BARS)
                .columns("tickets", "share");
        Optional<TimeBandCounts> counts = TimeBandCounts.of(TimeBands.chatwoot(), frt);
        counts.ifPresent(c -> {
            for (TimeBand band : c.bands().bands()) {
                section.row(band.label(), cells.count(c.count(band)), cells.percent(c.share(band)));
            }
        });
        report.section(section.note("Bands 0-1h, 1-4h, 4-8h, 8-24h, 24h+ (Chatwoot's); " + frt.unmeasured()
                + " tickets not replied to yet are in no band."));
    }

    /** SLA compliance per priority and target, with the counts behind each rate. */
    private static void slaSection(Report.Builder report, Segmented<Priority, SlaTally> byPriority, Cells cells,
            Instant asOf) {
        Section.Builder section = Section.builder("sla", "SLA compliance by priority", Section.Kind.TABLE)
                .columns("compliance", "achieved", "breached", "in progress", "paused", "not applicable");
        List<Map.Entry<String, SlaTally>> rows = new ArrayList<>();
        byPriority.segments().forEach((p, tally) -> rows.add(Map.entry(Labels.segment(p), tally)));
        rows.add(Map.entry(Labels.ALL, byPriority.total()));
        for (Map.Entry<String, SlaTally> e : rows) {
            for (SlaTarget target : SlaTarget.values()) {
                SlaCounts c = e.getValue().counts(target);
                if (c.total() == 0) {
                    continue;
                }
                section.row(e.getKey() + " " + Labels.segment(target).replace('_', ' '),
                        cells.percent(c.compliance()), cells.count(c.achieved()), cells.count(c.breached()),
                        cells.count(c.inProgress()), cells.count(c.paused()), cells.count(c.notApplicable()));
            }
        }
        report.section(section.note("As of " + FORMAT.instant(new Cell.Moment(asOf))
                + "; compliance = achieved / (achieved + breached): clocks still running or paused are not judged yet."));
    }

    /** Backlog at the end of the period by age and priority, past SLA, and the net flow per week. */
    private static void backlog(Report.Builder report, HelpDeskDataset data, SlaCompliance sla,
            Segmented<AgeBand, Count> byAge, Cells cells, Instant from, Instant end) {
        Segmented<Priority, Count> byPriority = Backlog.at(end).by(TicketDimensions.PRIORITY).over(data.tickets());
        BacklogDefinition pastSla = BacklogDefinition.pastSlaDeadline(sla.definedBy(), SlaTarget.RESOLUTION);
        long past = Backlog.at(end, pastSla).over(data.tickets()).value();
        SlaCounts clocks = sla.over(data.tickets()).counts(SlaTarget.RESOLUTION);
        long open = byAge.total().value();

        Section.Builder ages = Section.builder("backlog-age", "Open tickets by age", Section.Kind.BARS)
                .columns("open tickets");
        byAge.segments().forEach((band, count) -> ages.row(Labels.segment(band), cells.count(count)));
        ages.row(Labels.ALL, cells.count(open));
        report.section(ages.note(String.format(Locale.ROOT, "%d tickets open at %s: %d past their resolution SLA"
                        + " deadline, %d within it (clock running %d, paused %d).", open,
                FORMAT.instant(new Cell.Moment(end)), past, open - past, clocks.inProgress(), clocks.paused())));

        Section.Builder priorities = Section.builder("backlog-priority", "Open tickets by priority",
                Section.Kind.BARS).columns("open tickets");
        byPriority.segments().forEach((p, count) -> priorities.row(Labels.segment(p), cells.count(count)));
        priorities.row(Labels.ALL, cells.count(byPriority.total()));
        report.section(priorities);

        BucketSeries<FlowTally> flow = NetFlow.of(FlowDefinition.between(from, end).withGranularity(Granularity.WEEK)
                .withZone(data.zone())).over(data.tickets());
        Section.Builder flows = Section.builder("flow", "Net flow per week", Section.Kind.TREND)
                .columns("created", "resolved", "net");
        flow.buckets().forEach((week, f) -> flows.row(Labels.bucket(week), cells.count(f.created()),
                cells.count(f.resolved()), Cell.Measure.of(Unit.COUNT, OptionalDouble.of(f.net()),
                        f.created() + f.resolved())));
        report.section(flows.note("net = created - resolved: a positive week grows the backlog."));
    }

    /** Volume by creation, FRT by first response, CSAT by answer time: each bucketed by its default instant. */
    private static void weekly(Report.Builder report, HelpDeskDataset data, TicketVolume volume,
            FirstResponseTime frt, CustomerSatisfaction csat, Cells cells, Instant from, Instant to) {
        BucketSeries<Count> volumes = Trend.metric(volume, from, to, Granularity.WEEK, data.zone())
                .over(data.tickets());
        BucketSeries<DurationStats> frts = Trend.metric(frt, from, to, Granularity.WEEK, data.zone())
                .over(data.tickets());
        BucketSeries<Ratio> csats = Trend.metric(csat, SurveyResponse::at, from, to, Granularity.WEEK, data.zone())
                .over(data.surveys());
        List<PeriodChange> changes = Trend.changes(volumes, Trend::count);
        List<ProportionChange> csatChanges = Trend.proportionChanges(csats, Cells.DEFAULT_LEVEL);
        Section.Builder section = Section.builder("weekly", "Weekly trend", Section.Kind.TREND)
                .columns("tickets", "change", "FRT median", "CSAT", "CSAT change");
        int i = 0;
        List<String> significant = new ArrayList<>();
        for (Bucket week : volumes.buckets().keySet()) {
            // The first week has no week before it: its changes are undefined, written n/a.
            Cell change = Cell.Measure.of(Unit.PERCENT, i == 0 ? OptionalDouble.empty()
                    : changes.get(i - 1).percent(), volumes.get(week).value());
            Cell csatChange = Cell.Measure.of(Unit.POINTS, OptionalDouble.empty(), csats.get(week).sampleSize());
            if (i > 0) {
                ProportionChange c = csatChanges.get(i - 1);
                Cell.Measure m = Cell.Measure.of(Unit.POINTS, c.difference(), csats.get(week).sampleSize());
                csatChange = c.interval().isPresent() ? m.withInterval(c.interval().get()) : m;
                if (c.significant()) {
                    significant.add(Labels.bucket(week));
                }
            }
            section.row(Labels.bucket(week), cells.count(volumes.get(week)), change,
                    cells.medianDuration(frts.get(week)), cells.percent(csats.get(week)), csatChange);
            i++;
        }
        section.note("Weeks are ISO weeks in " + data.zone() + "; tickets by creation, FRT by first reply, CSAT by"
                + " answer time.");
        section.note(significant.isEmpty()
                ? "No week's CSAT change from the week before is significant at 95% (two-proportion z test):"
                        + " the swings are within what the sample sizes allow."
                : "CSAT changes significant at 95% (two-proportion z test): " + String.join(", ", significant) + ".");
        long outside = volumes.outOfRange().plus(volumes.absent()).value();
        if (outside > 0) {
            section.note(outside + " tickets fall in no week of the range.");
        }
        report.section(section);
    }

    /** Tickets created by weekday and hour of day. */
    private static void heatmap(Report.Builder report, HelpDeskDataset data) {
        VolumeHeatmap map = TicketVolumeHeatmap.in(data.zone()).over(data.tickets());
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < VolumeHeatmap.HOURS; h++) {
            hours.add(String.format(Locale.ROOT, "%02d", h));
        }
        Section.Builder section = Section.builder("heatmap", "Tickets created by weekday and hour",
                Section.Kind.HEATMAP).columns(hours);
        for (DayOfWeek day : DayOfWeek.values()) {
            Cell[] row = new Cell[VolumeHeatmap.HOURS];
            for (int h = 0; h < VolumeHeatmap.HOURS; h++) {
                row[h] = Cell.Measure.count(map.count(day, h));
            }
            section.row(day.getDisplayName(TextStyle.SHORT, Locale.ROOT), row);
        }
        map.busiestSlot().ifPresent(slot -> section.note(String.format(Locale.ROOT,
                "Busiest hour: %s %02d:00-%02d:00 (%d tickets); busiest day: %s. Local time in %s.",
                slot.day().getDisplayName(TextStyle.FULL, Locale.ROOT), slot.hour(), slot.hour() + 1, slot.count(),
                map.busiestDay().map(d -> d.getDisplayName(TextStyle.FULL, Locale.ROOT)).orElse("n/a"),
                data.zone())));
        report.section(section);
    }

    /** The agent leaderboard (M48): solved, then FCR, then CSAT, each from at least 20 records. */
    private static void leaderboard(Report.Builder report, HelpDeskDataset data, ResolvedTickets resolved,
            FirstContactResolution fcr, FirstResponseTime frt, CustomerSatisfaction csat, Cells cells) {
        Segmented<String, Tallies<Ticket>> byAgent = MetricSet.of(resolved, fcr, frt)
                .by(TicketDimensions.AGENT).over(data.tickets());
        Segmented<String, Ratio> csatByAgent = csat.by(SurveyDimensions.AGENT).over(data.surveys());
        LeaderboardScores scores = LeaderboardScores.empty()
                .with(LeaderboardCriterion.TICKETS_SOLVED, byAgent, a -> a.get(resolved))
                .with(LeaderboardCriterion.FCR_RATE, byAgent, a -> a.get(fcr))
                .with(LeaderboardCriterion.CSAT, csatByAgent)
                .with(LeaderboardCriterion.FRT_MEDIAN, byAgent, a -> a.get(frt));
        LeaderboardDefinition definition = LeaderboardDefinition.lexicographic(
                new LeaderboardDefinition.Rule(LeaderboardCriterion.TICKETS_SOLVED, 20, 1),
                new LeaderboardDefinition.Rule(LeaderboardCriterion.FCR_RATE, 20, 1),
                new LeaderboardDefinition.Rule(LeaderboardCriterion.CSAT, 20, 1),
                new LeaderboardDefinition.Rule(LeaderboardCriterion.FRT_MEDIAN, 20, 1));
        Leaderboard board = definition.rank(scores);
        Section.Builder section = Section.builder("leaderboard", "Agent leaderboard", Section.Kind.TABLE)
                .columns("rank", "solved", "FCR", "CSAT", "FRT median");
        for (Standing st : board.standings()) {
            String agent = st.agent();
            Tallies<Ticket> a = byAgent.get(agent);
            section.row(agent, st.ranked() ? cells.text(String.valueOf(st.rank().getAsInt()))
                            : cells.text("unranked: " + st.reason().orElse("")),
                    cells.count(a.get(resolved)), cells.percent(a.get(fcr)), cells.percent(csatByAgent.get(agent)),
                    cells.medianDuration(a.get(frt)));
        }
        long unassigned = byAgent.absent().get(resolved).value();
        report.section(section.note("Ranked by tickets solved, then FCR, then CSAT, then FRT median (lower first);"
                        + " agents share a rank when every criterion ties. A criterion from fewer than 20 records does"
                        + " not count.")
                .note(unassigned + " solved tickets had no assignee and are on no agent's row."));
    }

    /** The contact centre: one pass over the calls. Calls abandoned within 5 s are misdials: excluded. */
    private static void contactCentre(Report.Builder report, HelpDeskDataset data, Cells cells) {
        Duration misdial = Duration.ofSeconds(5);
        AbandonmentRate abandon = AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(misdial));
        ServiceLevel serviceLevel = ServiceLevel.of(ServiceLevelDefinition.DEFAULT
                .withAbandons(ServiceLevelDefinition.Abandons.SHORT_EXCLUDED)
                .withShortAbandonThreshold(misdial));
        AverageSpeedOfAnswer asa = AverageSpeedOfAnswer.defaults();
        var aht = AverageHandleTime.overInteractions(HandleTimeDefinition.DEFAULT);
        Occupancy occupancy = Occupancy.defaults();
        var offered = Count.<Interaction>metric("calls.offered", Interaction::isOffered);
        var answered = Count.<Interaction>metric("calls.answered", Interaction::isAnswered);
        MetricSet<Interaction> callKpis = MetricSet.of(offered, answered, abandon, serviceLevel, asa, aht, occupancy);
        Tallies<Interaction> c = callKpis.over(data.calls());
        // Workload: handle time from the calls' pass, logged-in time from the sessions; the two tallies add up.
        AgentWork work = c.get(occupancy).plus(LoggedInTime.defaults().over(data.sessions()));
        long offeredCalls = c.get(offered).value();
        long judged = c.get(abandon).denominator();
        Frequencies<String> articles = KnowledgeBaseViews.defaults().over(data.articleViews());

        Section.Builder section = Section.builder("contact", "Contact centre", Section.Kind.TABLE)
                .columns("value")
                .row("Calls offered", cells.count(c.get(offered)))
                .row("Calls answered", cells.count(c.get(answered)))
                .row("Abandonment (5 s and longer)", cells.percent(c.get(abandon)))
                .row("Service level (20 s)", cells.percent(c.get(serviceLevel)))
                .row("Speed of answer, mean", cells.meanDuration(c.get(asa)))
                .row("Handle time, mean", cells.meanDuration(c.get(aht)))
                .row("Occupancy", Cell.Measure.of(Unit.PERCENT, work.occupancyPercent(), work.sampleSize()))
                .row("Logged in", Cell.Measure.of(Unit.DURATION, OptionalDouble.of(seconds(work.loggedIn())),
                        work.sampleSize()))
                .row("Handling calls", Cell.Measure.of(Unit.DURATION, OptionalDouble.of(seconds(work.handleTime())),
                        work.sampleSize()));
        for (Map.Entry<String, Long> e : articles.top(3)) {
            section.row("Article " + e.getKey() + " views", cells.count(e.getValue()));
        }
        report.section(section.note(String.format(Locale.ROOT, "Abandonment and service level are over %,d of the"
                        + " %,d calls offered: the %,d abandoned within %d s are misdials and counted in neither.",
                judged, offeredCalls, offeredCalls - judged, misdial.getSeconds()))
                .note("Speed of answer and handle time are over the answered calls only."));
    }

    /** Retention, churn and cost. */
    private static void customers(Report.Builder report, HelpDeskDataset data,
            io.github.supportkpi.business.CostPerUnit costPerResolution, Cells cells) {
        CustomerTally customers = CustomerChurn.defaults().over(data.customers());
        var cost = costPerResolution.withCost(SUPPORT_COST);
        Section.Builder section = Section.builder("customers", "Customers and cost", Section.Kind.TABLE)
                .columns("value")
                .row("Retention", cells.percent(customers.retention()))
                .row("Churn", cells.percent(customers.churn()))
                .row("Cost per resolution", Cell.Measure.of(Unit.MONEY,
                        cost.perUnit().map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty()),
                        costPerResolution.sampleSize()))
                .row("Lifetime value", Cell.Measure.of(Unit.MONEY, CustomerLifetimeValue.defaults().value(customers)
                        .map(v -> OptionalDouble.of(v.doubleValue())).orElse(OptionalDouble.empty()),
                        customers.sampleSize()));
        report.section(section.note("Cost per resolution: $" + SUPPORT_COST.toPlainString()
                + " support cost over the resolved tickets; money in dollars."));
    }

    /** Intraday staffing for the first Tuesday, and next week's forecast under Erlang C and Erlang A. */
    private static void staffing(Report.Builder report, HelpDeskDataset data) {
        LocalDate day = data.start().plusDays(1);
        IntradayPlan plan = IntradayPlan.forDay(data.calls(), day, data.zone(), Duration.ofMinutes(60),
                StaffingGoal.ofPercent(80, Duration.ofSeconds(20)).withShrinkagePercent(30));
        Section.Builder intraday = Section.builder("staffing-day", "Intraday staffing for " + day
                        + " (Erlang C, 80% in 20 s, 30% shrinkage)", Section.Kind.TABLE)
                .columns("calls", "agents", "positions", "service level", "speed of answer", "occupancy");
        for (IntradayPlan.Row r : plan.rows()) {
            if (r.offered() == 0) {
                continue;
            }
            var o = r.outcome();
            long n = Math.round(r.offered());
            intraday.row(r.start().toString(), Cell.Measure.of(Unit.NUMBER, OptionalDouble.of(r.offered()), n),
                    Cell.Measure.count(r.agents()), Cell.Measure.count(r.positions()),
                    Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(100 * o.serviceLevel()), n),
                    Cell.Measure.of(Unit.DURATION, o.averageSpeedOfAnswer().map(a -> OptionalDouble.of(seconds(a)))
                            .orElse(OptionalDouble.empty()), n),
                    Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(100 * o.occupancy()), n));
        }
        report.section(intraday.note(String.format(Locale.ROOT, "Peak: %d agents, %d positions; %.0f calls offered;"
                + " hours without calls are left out.", plan.peakAgents(), plan.peakPositions(), plan.totalOffered())));

        StaffingSnippet.Week week = StaffingSnippet.week(data.calls(), data.start(), data.end(), data.zone());
        Section.Builder forecast = Section.builder("staffing-week", "Staffing the week of " + data.end()
                        + " (hourly, 80% in 20 s and ASA <= 30 s, 30% shrinkage)", Section.Kind.TABLE)
                .columns("calls", "Erlang C peak", "Erlang C agent hours", "Erlang A peak", "Erlang A agent hours");
        for (LocalDate d : week.erlangC().days().keySet()) {
            IntradayPlan c = week.erlangC().days().get(d);
            IntradayPlan a = week.erlangA().days().get(d);
            long n = Math.round(c.totalOffered());
            forecast.row(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + d,
                    Cell.Measure.of(Unit.NUMBER, OptionalDouble.of(c.totalOffered()), n),
                    Cell.Measure.count(c.peakAgents()),
                    Cell.Measure.of(Unit.NUMBER, OptionalDouble.of(seconds(c.agentTime()) / 3600), n),
                    Cell.Measure.count(a.peakAgents()),
                    Cell.Measure.of(Unit.NUMBER, OptionalDouble.of(seconds(a.agentTime()) / 3600), n));
        }
        report.section(forecast.note("Forecast from " + data.start() + " to " + data.end().minusDays(1)
                + ", the same weekday's hours averaged. Erlang C: nobody hangs up; Erlang A: callers hang up with"
                + " the patience measured in the calls. AHT " + FORMAT.value(Unit.DURATION,
                        seconds(week.times().averageHandleTime())) + "."));
    }

    /** What each figure was computed over, and why the rest was left out: the report's data-quality summary. */
    private static void coverage(Report.Builder report, HelpDeskDataset data, Tallies<Ticket> t,
            Tallies<SurveyResponse> s, FirstResponseTime frt, ResolutionTime resolution, CustomerSatisfaction csat,
            NetPromoterScore nps, AverageCustomerEffort ces, Cells cells) {
        long tickets = data.tickets().size();
        long surveys = data.surveys().size();
        long unassigned = data.tickets().stream().filter(x -> x.assignee().isEmpty()).count();
        Section.Builder section = Section.builder("quality", "Data quality and coverage", Section.Kind.TABLE)
                .columns("records", "used", "left out")
                .row("First response", cells.count(tickets), cells.count(t.get(frt).count()),
                        cells.count(t.get(frt).unmeasured()))
                .row("Resolution time", cells.count(tickets), cells.count(t.get(resolution).count()),
                        cells.count(t.get(resolution).unmeasured()))
                .row("Agent leaderboard", cells.count(tickets), cells.count(tickets - unassigned),
                        cells.count(unassigned))
                .row("CSAT", cells.count(surveys), cells.count(s.get(csat).denominator()),
                        cells.count(surveys - s.get(csat).denominator()))
                .row("NPS", cells.count(surveys), cells.count(s.get(nps).sampleSize()),
                        cells.count(surveys - s.get(nps).sampleSize()))
                .row("CES", cells.count(surveys), cells.count(s.get(ces).sampleSize()),
                        cells.count(surveys - s.get(ces).sampleSize()));
        report.section(section
                .note("Left out: a first response of a ticket not replied to yet; a resolution time of a ticket"
                        + " still open; from the leaderboard, a ticket without an assignee; from each survey"
                        + " score, the answers to the other two surveys.")
                .note("The generated records are all valid: an export read through metrics-io adds its rows"
                        + " read, kept, rejected and flagged here (see the command line's --format html)."));
    }

    /**
     * The SLA policies: urgent tickets around the clock, the rest in office hours; the first-response and
     * next-response clocks stop while the ticket waits on the customer only after the first reply.
     *
     * @param office the office hours
     * @param now the instant the clocks are read at
     * @return the SLA compliance metric
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

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }
}
