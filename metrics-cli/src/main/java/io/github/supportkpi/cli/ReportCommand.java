package io.github.supportkpi.cli;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.io.ZendeskAudits;
import io.github.supportkpi.io.ZendeskMetricEvents;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.TicketDimensions;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code supportkpi report}: ticket KPIs of a ticket export, with the CSAT answers it holds. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Ticket KPIs of a ticket export: volume, resolution, first response and resolution time,"
                + " FCR, reopens and CSAT, by bucket and segment.",
            "Tickets are bucketed and filtered by their creation; a CSAT answer counts in its ticket's row.",
            "With --audits (Zendesk's Ticket Audits API), each ticket gets its status and assignment history; with"
                + " --metric-events (Ticket Metric Events API), a ticket read without a first response gets Zendesk's"
                + " first reply.",
            "Metrics: ticket.volume, resolution.rate, frt, resolution.time, fcr.rate, reopen.rate,"
                + " escalation.rate, one.touch.rate, reply.time, aht, first.assignment.time, frt.after.assignment,"
                + " csat, csat.mean.",
            "Dimensions: channel, priority, category, product, team, agent, customer, status, status.name, origin,"
                + " first.replier, attribute:NAME."})
final class ReportCommand extends ExportCommand<Ticket> {
    @Option(names = "--tickets", required = true, paramLabel = "FILE", description = "A ticket export (repeatable).")
    List<Path> tickets = new ArrayList<>();

    @Option(names = "--audits", paramLabel = "FILE",
            description = "Zendesk ticket audits (JSON, repeatable): the tickets' status and assignment history.")
    List<Path> audits = new ArrayList<>();

    @Option(names = "--metric-events", paramLabel = "FILE",
            description = "Zendesk ticket metric events (JSON): the first reply of a ticket read without one.")
    Path metricEvents;

    private final List<ZendeskAudits> histories = new ArrayList<>();
    private ZendeskMetricEvents events;

    @Override
    List<Path> inputs() {
        return tickets;
    }

    @Override
    String inputOption() {
        return "--tickets";
    }

    @Override
    RecordKind kind() {
        return RecordKind.TICKETS;
    }

    @Override
    List<Catalogue.Entry<Ticket>> entries() {
        return Catalogue.tickets();
    }

    @Override
    Map<String, Dimension<Ticket, ?>> dimensions() {
        Map<String, Dimension<Ticket, ?>> m = new LinkedHashMap<>();
        for (Dimension<Ticket, ?> d : List.<Dimension<Ticket, ?>>of(TicketDimensions.CHANNEL, TicketDimensions.PRIORITY,
                TicketDimensions.CATEGORY, TicketDimensions.PRODUCT, TicketDimensions.TEAM, TicketDimensions.AGENT,
                TicketDimensions.CUSTOMER, TicketDimensions.STATUS, TicketDimensions.STATUS_NAME,
                TicketDimensions.ORIGIN, TicketDimensions.FIRST_REPLIER)) {
            m.put(d.name(), d);
        }
        return m;
    }

    @Override
    Dimension<Ticket, ?> attribute(String name) {
        return TicketDimensions.attribute(name);
    }

    @Override
    Instant instantOf(Ticket record) {
        return record.created();
    }

    @Override
    Records wrap(Records sink, ZoneId z) throws IOException {
        Inputs.readable(spec.commandLine(), "--audits: ", audits);
        if (metricEvents != null) {
            Inputs.readable(spec.commandLine(), "--metric-events: ", List.of(metricEvents));
        }
        Records out = sink;
        for (Path p : audits) {
            ZendeskAudits a = ZendeskAudits.read(p);
            histories.add(a);
            out = a.joining(out);
        }
        if (metricEvents != null) {
            events = ZendeskMetricEvents.read(metricEvents);
            out = events.fillingFirstResponse(out);
        }
        return out;
    }

    @Override
    Extra extra(Rows<Ticket> rows, MetricSet<Ticket> set, ZoneId z, Dimension<Ticket, ?> dimension) {
        List<String> names = new ArrayList<>();
        DataQuality quality = DataQuality.empty(ExportReader.EXAMPLES);
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            ZendeskAudits a = histories.get(i);
            names.add(audits.get(i).getFileName().toString());
            quality = quality.plus(a.quality());
            notes.add("audits " + audits.get(i).getFileName() + ": " + a.joined() + " tickets with their history, "
                    + a.refused() + " whose history disagrees with the ticket (left out), " + a.withoutAudits()
                    + " without audits; audits of " + a.unmatched().size() + " tickets not in the ticket export");
        }
        if (events != null) {
            names.add(metricEvents.getFileName().toString());
            quality = quality.plus(events.quality());
            long unused = events.unused().values().stream().mapToLong(Long::longValue).sum();
            notes.add("metric events " + metricEvents.getFileName() + ": first response of " + events.filled()
                    + " tickets from reply_time fulfill; " + unused + " events not used");
        }
        return new Extra(names, quality, notes);
    }

    @Override
    Records sink(Consumer<Ticket> main, Consumer<SurveyResponse> survey) {
        return new Records() {
            @Override
            public void ticket(Ticket ticket) {
                main.accept(ticket);
            }

            @Override
            public void survey(SurveyResponse answer) {
                survey.accept(answer);
            }
        };
    }
}
