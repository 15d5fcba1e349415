package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.ClockSkew;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.TicketVolume;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;

import static io.github.supportkpi.examples.Format.cell;
import static io.github.supportkpi.examples.Format.duration;
import static io.github.supportkpi.examples.Format.durations;
import static io.github.supportkpi.examples.Format.percent;
import static io.github.supportkpi.examples.Format.percentOnly;

/**
 * KPIs of a ticket export in the {@link TicketCsv} format, with what was refused and why.
 *
 * <pre>
 * mvn -B -q -pl metrics-examples -am compile exec:java -Dexec.mainClass=io.github.supportkpi.examples.CsvReport \
 *     -Dexec.args="path/to/tickets.csv Europe/Berlin PT2S"
 * </pre>
 */
public final class CsvReport {
    private CsvReport() {}

    /**
     * Prints the report.
     *
     * @param args the CSV path and, optionally, the zone its local times are in (default UTC) and how far
     *     before creation a response or resolution may be logged and kept as suspect (an ISO-8601 duration,
     *     default {@code PT0S})
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CsvReport <tickets.csv> [zone] [clock-skew tolerance, e.g. PT2S]");
            System.exit(2);
        }
        ZoneId zone = args.length > 1 ? ZoneId.of(args[1]) : ZoneOffset.UTC;
        ClockSkew skew = args.length > 2 ? ClockSkew.within(Duration.parse(args[2])) : ClockSkew.NONE;
        try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            System.out.print(render(TicketCsv.read(in, zone, skew)));
        }
    }

    static String render(TicketCsv.Result data) {
        TicketVolume volume = TicketVolume.defaults();
        ResolutionRate resolved = ResolutionRate.defaults();
        FirstResponseTime frt = FirstResponseTime.defaults();
        ResolutionTime resolution = ResolutionTime.defaults();
        MetricSet<Ticket> kpis = MetricSet.of(volume, resolved, frt, resolution);
        Segmented<Channel, Tallies<Ticket>> byChannel = kpis.by(TicketDimensions.CHANNEL).over(data.tickets());
        Tallies<Ticket> all = byChannel.total();
        StringBuilder out = new StringBuilder();
        String nl = System.lineSeparator();
        out.append("Data quality").append(nl).append(data.quality()).append(nl).append(nl);
        out.append(String.format(Locale.ROOT, "Tickets          %d%n", all.get(volume).value()));
        out.append(String.format(Locale.ROOT, "Resolution rate  %s%n", percent(all.get(resolved))));
        out.append(String.format(Locale.ROOT, "First response   %s%n", durations(all.get(frt))));
        out.append(String.format(Locale.ROOT, "Resolution time  %s%n", durations(all.get(resolution))));
        out.append(String.format(Locale.ROOT, "CSAT             %s%n",
                percent(CustomerSatisfaction.defaults().over(data.surveys()))));
        out.append(nl).append(cell("channel", 14)).append(cell("tickets", 9)).append(cell("resolved", 10))
                .append(cell("FRT median", 12)).append("resolution median").append(nl);
        for (Map.Entry<Channel, Tallies<Ticket>> e : byChannel.segments().entrySet()) {
            Tallies<Ticket> t = e.getValue();
            out.append(cell(e.getKey(), 14)).append(cell(t.get(volume).value(), 9))
                    .append(cell(percentOnly(t.get(resolved)), 10)).append(cell(duration(t.get(frt).median()), 12))
                    .append(duration(t.get(resolution).median())).append(nl);
        }
        return out.toString();
    }
}
