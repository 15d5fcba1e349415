package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.workload.TicketVolume;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.github.supportkpi.examples.Format.cell;
import static io.github.supportkpi.examples.Format.duration;
import static io.github.supportkpi.examples.Format.durations;
import static io.github.supportkpi.examples.Format.percent;
import static io.github.supportkpi.examples.Format.percentOnly;

/**
 * KPIs of a ticket export, with what was refused and why: the export is read by metrics-io's
 * {@link ExportReader} through the mapping {@code ticket-export.json} shipped with the examples (columns
 * {@code Ticket_ID}, {@code Created_Date} ({@code yyyy-MM-dd HH:mm:ss}), {@code Ticket_Type},
 * {@code Priority}, {@code Status}, {@code Channel}, {@code Product}, {@code Category},
 * {@code Assigned_Agent}, {@code First_Response_Time_Hours} and {@code Resolution_Time_Hours} (hours after
 * creation), {@code CSAT_Score} (1 to 5, may be blank)), or through a mapping file of your own.
 *
 * <pre>
 * mvn -B -q -pl metrics-examples -am compile exec:java -Dexec.mainClass=io.github.supportkpi.examples.CsvReport \
 *     -Dexec.args="path/to/tickets.csv Europe/Berlin PT2S [mapping.json]"
 * </pre>
 */
public final class CsvReport {
    private CsvReport() {}

    /**
     * What was read.
     *
     * @param tickets the accepted tickets
     * @param surveys the CSAT answers of the accepted tickets
     * @param quality what was kept, refused, ignored and flagged as suspect, by column and rule
     */
    record Read(List<Ticket> tickets, List<SurveyResponse> surveys, DataQuality quality) {}

    /**
     * Prints the report.
     *
     * @param args the CSV path and, optionally, the zone its local times are in (default UTC), how far
     *     before creation a response or resolution may be logged and kept as suspect (an ISO-8601 duration,
     *     default {@code PT0S}), and a mapping file (default the examples' {@code ticket-export.json})
     * @throws IOException if a file cannot be read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CsvReport <tickets.csv> [zone] [clock-skew tolerance, e.g. PT2S] [mapping.json]");
            System.exit(2);
        }
        ZoneId zone = args.length > 1 ? ZoneId.of(args[1]) : ZoneOffset.UTC;
        Duration skew = args.length > 2 ? Duration.parse(args[2]) : Duration.ZERO;
        Mapping mapping = args.length > 3 ? Mapping.read(Path.of(args[3])) : mapping();
        Path file = Path.of(args[0]);
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            System.out.print(render(read(in, file.getFileName().toString(), mapping, zone, skew)));
        }
    }

    /** @return the mapping of the examples' ticket export layout */
    static Mapping mapping() {
        try (InputStream in = CsvReport.class.getResourceAsStream("ticket-export.json")) {
            return Mapping.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads an export leniently.
     *
     * @param in the CSV text
     * @param source the export's name, for the examples
     * @param mapping the mapping
     * @param zone the zone of its local times
     * @param skew how far before creation a response or resolution may be logged, kept as at creation
     * @return the tickets, surveys and data-quality report
     * @throws IOException if reading fails
     */
    static Read read(Reader in, String source, Mapping mapping, ZoneId zone, Duration skew) throws IOException {
        Records.Collected out = Records.collect();
        DataQuality q = ExportReader.of(mapping.withSkew(skew)).withZone(zone).read(in, source, out).quality();
        return new Read(out.tickets(), out.surveys(), q);
    }

    static String render(Read data) {
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
