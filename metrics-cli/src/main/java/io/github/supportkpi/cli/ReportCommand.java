package io.github.supportkpi.cli;

import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.TicketDimensions;
import java.nio.file.Path;
import java.time.Instant;
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
            "Metrics: ticket.volume, resolution.rate, frt, resolution.time, fcr.rate, reopen.rate,"
                + " escalation.rate, one.touch.rate, reply.time, aht, csat, csat.mean.",
            "Dimensions: channel, priority, category, product, team, agent, customer, status, status.name, origin,"
                + " first.replier, attribute:NAME."})
final class ReportCommand extends ExportCommand<Ticket> {
    @Option(names = "--tickets", required = true, paramLabel = "FILE", description = "A ticket export (repeatable).")
    List<Path> tickets = new ArrayList<>();

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
