package io.github.supportkpi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.Reconciliation;
import io.github.supportkpi.io.Reconciliation.Outcome;
import io.github.supportkpi.io.Reconciliation.Pair;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.ZendeskMetricEvents;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code supportkpi reconcile}: the help desk's own computed times beside ours, per ticket and by rule. */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
        description = {"Sets the times a help desk computes itself (the mapping's vendor section: Zendesk's reply"
                + " time and full resolution time in minutes) beside ours for each ticket, and counts how many are"
                + " equal within the tolerance, differ, or have a value on one side only, each by a named rule.",
            "With --metric-events, theirs are the first reply and the final solve of Zendesk's ticket metric events"
                + " (less the ticket's creation) instead, and the mapping needs no vendor section."})
final class ReconcileCommand implements Callable<Integer> {
    private static final Map<Outcome, String> LABELS = Map.of(Outcome.EQUAL, "equal", Outcome.DIFFERENT, "different",
            Outcome.ONLY_OURS, "only ours", Outcome.ONLY_THEIRS, "only theirs", Outcome.NEITHER, "neither");

    @Spec
    CommandSpec spec;

    @Option(names = "--tickets", required = true, paramLabel = "FILE", description = "The ticket export.")
    Path tickets;

    @Option(names = "--mapping", required = true, paramLabel = "FILE|NAME",
            description = "The mapping, with a vendor section (such as zendesk-tickets).")
    String mapping;

    @Option(names = "--metric-events", paramLabel = "FILE",
            description = "Zendesk ticket metric events (JSON): theirs from reply_time and resolution_time fulfills.")
    Path metricEvents;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone of local times (default: the mapping's).")
    String zone;

    @Option(names = "--tolerance", paramLabel = "MINUTES",
            description = "How many minutes ours and theirs may differ and be equal (default: 1).")
    long tolerance = 1;

    @Option(names = "--examples", paramLabel = "N", description = "Example tickets kept per outcome (default: 3).")
    int examples = ExportReader.EXAMPLES;

    @Option(names = "--pairs", description = "List every ticket's two values, not only the examples.")
    boolean pairs;

    @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text).")
    Render.Format format = Render.Format.TEXT;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Render.only(cl, format, Render.Format.TEXT, Render.Format.CSV, Render.Format.JSON);
        if (format == Render.Format.CSV) {
            throw new CommandLine.ParameterException(cl, "--format must be text or json for reconcile");
        }
        if (examples < 0 || tolerance < 0) {
            throw new CommandLine.ParameterException(cl, "--examples and --tolerance must not be negative: "
                    + examples + ", " + tolerance);
        }
        Mapping m = Inputs.mapping(cl, mapping, RecordKind.TICKETS);
        if (m.vendor().isEmpty() && metricEvents == null) {
            throw new CommandLine.ParameterException(cl, "--mapping " + mapping + " names no vendor values of tickets"
                    + " to reconcile");
        }
        ExportReader reader = ExportReader.of(m).withZone(Inputs.zone(cl, zone, m));
        Inputs.readable(cl, "--tickets: ", List.of(tickets));
        ZendeskMetricEvents events = null;
        if (metricEvents != null) {
            Inputs.readable(cl, "--metric-events: ", List.of(metricEvents));
            events = ZendeskMetricEvents.read(metricEvents);
        }
        List<Pair> all = new ArrayList<>();
        Reconciliation base = events == null ? Reconciliation.of(reader) : Reconciliation.of(reader, events);
        Reconciliation.Report report = base.withTolerance(Duration.ofMinutes(tolerance))
                .withExamples(examples).read(tickets, p -> {
                    if (pairs) {
                        all.add(p);
                    }
                });
        String name = tickets.getFileName().toString();
        String out = format == Render.Format.JSON ? json(name, report, all) : text(name, report, all);
        if (events != null && format != Render.Format.JSON) {
            out = metricEvents.getFileName() + ": " + events.quality().kept() + " metric events read, "
                    + events.quality().rejected() + " rejected; used " + events.used() + "\n" + out;
        }
        PrintWriter w = cl.getOut();
        w.print(out);
        w.flush();
        return 0;
    }

    private String text(String name, Reconciliation.Report report, List<Pair> all) {
        StringBuilder t = new StringBuilder();
        t.append(name).append(": ").append(report.read().quality().kept()).append(" tickets read, ")
                .append(report.read().quality().rejected()).append(" rows rejected (see supportkpi quality)\n");
        for (Reconciliation.Measure m : report.measures().values()) {
            t.append('\n').append(m.measure()).append(", ours beside ").append(m.column()).append(", equal within ")
                    .append(tolerance).append(" min\n");
            for (Outcome o : Outcome.values()) {
                t.append(String.format(Locale.ROOT, "  %-12s %6d%n", LABELS.get(o), m.count(o)));
            }
            t.append("  by rule:\n");
            m.rules().forEach((rule, n) -> t.append(String.format(Locale.ROOT, "    %-36s %6d%n", rule, n)));
            boolean any = m.examples().values().stream().anyMatch(l -> !l.isEmpty());
            if (any && !pairs) {
                t.append("  examples:\n");
                for (Outcome o : Outcome.values()) {
                    for (Pair p : m.examples().get(o)) {
                        t.append("    ").append(line(p)).append('\n');
                    }
                }
            }
        }
        if (pairs) {
            t.append("\nticket, measure, ours (min), theirs (min), outcome, rule\n");
            for (Pair p : all) {
                t.append(line(p)).append('\n');
            }
        }
        return t.toString();
    }

    private static String line(Pair p) {
        return p.ticketId() + ", " + p.measure() + ", " + minutes(p.ours()).orElse("-") + ", "
                + minutes(p.theirs()).orElse("-") + ", " + LABELS.get(p.outcome()) + ", " + p.rule();
    }

    private static Optional<String> minutes(Optional<Duration> d) {
        return d.map(x -> new BigDecimal(x.toMillis()).divide(BigDecimal.valueOf(60_000), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString());
    }

    private String json(String name, Reconciliation.Report report, List<Pair> all) {
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = json.createObjectNode();
        root.put("command", "reconcile");
        root.put("file", name);
        root.put("toleranceMinutes", tolerance);
        root.set("quality", Render.quality(report.read().quality()));
        ObjectNode measures = root.putObject("measures");
        for (Reconciliation.Measure m : report.measures().values()) {
            ObjectNode o = measures.putObject(m.measure());
            o.put("column", m.column());
            o.put("tickets", m.tickets());
            ObjectNode outcomes = o.putObject("outcomes");
            m.outcomes().forEach((k, v) -> outcomes.put(k.name().toLowerCase(Locale.ROOT), v));
            ObjectNode rules = o.putObject("rules");
            m.rules().forEach(rules::put);
            ArrayNode ex = o.putArray("examples");
            m.examples().values().forEach(l -> l.forEach(p -> pair(ex.addObject(), p)));
        }
        if (pairs) {
            ArrayNode a = root.putArray("pairs");
            all.forEach(p -> pair(a.addObject(), p));
        }
        try {
            return json.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pair(ObjectNode o, Pair p) {
        o.put("ticket", p.ticketId());
        o.put("measure", p.measure());
        p.ours().ifPresentOrElse(d -> o.put("oursSeconds", d.toMillis() / 1000.0), () -> o.putNull("oursSeconds"));
        p.theirs().ifPresentOrElse(d -> o.put("theirsSeconds", d.toMillis() / 1000.0),
                () -> o.putNull("theirsSeconds"));
        o.put("outcome", p.outcome().name().toLowerCase(Locale.ROOT));
        o.put("rule", p.rule());
    }
}
