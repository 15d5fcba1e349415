package io.github.supportkpi.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.staffing.CallTimes;
import io.github.supportkpi.staffing.Estimate;
import io.github.supportkpi.staffing.IntradayPlan;
import io.github.supportkpi.staffing.StaffingGoal;
import io.github.supportkpi.staffing.StaffingOutcome;
import io.github.supportkpi.staffing.WeeklyPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code supportkpi staffing}: the agents a week needs, forecast from a call log with Erlang C or Erlang A. */
@Command(name = "staffing", mixinStandardHelpOptions = true,
        description = {"Agents needed for the week after a call log, interval by interval: each day forecast from"
                + " the mean calls of the same weekday in the log, the handle time (and, for Erlang A, the"
                + " callers' patience) estimated from the answered and abandoned calls.",
            "The calls are held in memory (a call log of a few million calls fits in a default heap)."})
final class StaffingCommand implements Callable<Integer> {
    /** The queueing models. */
    enum Model {
        /** Erlang C: nobody hangs up. */
        ERLANG_C,
        /** Erlang A: callers hang up after their patience. */
        ERLANG_A
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--calls", required = true, paramLabel = "FILE", description = "A call log (repeatable).")
    List<Path> calls = new ArrayList<>();

    @Option(names = "--mapping", required = true, paramLabel = "FILE|NAME", description = "The column mapping.")
    String mapping;

    @Option(names = "--zone", paramLabel = "ZONE", description = "The zone of the days (default: the mapping's).")
    String zone;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of history (default: the first call's).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of history (default: the last call's).")
    LocalDate to;

    @Option(names = "--interval", paramLabel = "DURATION", description = "Interval length (default: 1h; 30m, 15m).")
    String interval = "1h";

    @Option(names = "--service-level", paramLabel = "PERCENT", description = "Share answered in time (default: 80).")
    double serviceLevel = 80;

    @Option(names = "--within", paramLabel = "DURATION", description = "The answer time target (default: 20s).")
    String within = "20s";

    @Option(names = "--max-asa", paramLabel = "DURATION", description = "Also at most this average speed of answer.")
    String maxAsa;

    @Option(names = "--max-occupancy", paramLabel = "PERCENT", description = "Also at most this occupancy.")
    Double maxOccupancy;

    @Option(names = "--shrinkage", paramLabel = "PERCENT", description = "Time agents are not on the phones"
            + " (default: 0): positions = agents / (1 - shrinkage).")
    double shrinkage;

    @Option(names = "--model", paramLabel = "erlang-c|erlang-a", description = "Queueing model (default: erlang-a).",
            converter = ModelConverter.class)
    Model model = Model.ERLANG_A;

    @Option(names = "--format", paramLabel = "text|csv|json", description = "Output format (default: text).")
    Render.Format format = Render.Format.TEXT;

    @Option(names = "--intervals", description = "In text, each day's intervals too.")
    boolean intervals;

    /** Reads {@code erlang-c} and {@code erlang-a}. */
    static final class ModelConverter implements CommandLine.ITypeConverter<Model> {
        @Override
        public Model convert(String value) {
            return Model.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        Render.only(cl, format, Render.Format.TEXT, Render.Format.CSV, Render.Format.JSON);
        Mapping m = Inputs.mapping(cl, mapping, RecordKind.INTERACTIONS);
        ZoneId z = Inputs.zone(cl, zone, m);
        StaffingGoal goal;
        Duration step;
        try {
            step = Knobs.duration(interval);
            goal = StaffingGoal.ofPercent(serviceLevel, Knobs.duration(within)).withShrinkagePercent(shrinkage);
            if (maxAsa != null) {
                goal = goal.withMaxAverageSpeedOfAnswer(Knobs.duration(maxAsa));
            }
            if (maxOccupancy != null) {
                goal = goal.withMaxOccupancyPercent(maxOccupancy);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage(), e);
        }
        Inputs.readable(cl, "--calls: ", calls);
        List<Interaction> log = new ArrayList<>();
        Records sink = new Records() {
            @Override
            public void interaction(Interaction i) {
                log.add(i);
            }

            @Override
            public void survey(SurveyResponse s) {}
        };
        ExportReader reader = ExportReader.of(m).withZone(z);
        DataQuality quality = DataQuality.empty(ExportReader.EXAMPLES);
        for (Path p : calls) {
            quality = quality.plus(reader.read(p, sink).quality());
        }
        LocalDate first = from;
        LocalDate last = to;
        for (Interaction i : log) {
            LocalDate d = LocalDate.ofInstant(i.at(), z);
            first = from == null && (first == null || d.isBefore(first)) ? d : first;
            last = to == null && (last == null || d.isAfter(last)) ? d : last;
        }
        if (first == null) {
            throw new IllegalArgumentException("calls must include at least one call to forecast from: none kept");
        }
        List<LocalDate> history = first.datesUntil(last.plusDays(1)).toList();
        CallTimes times = CallTimes.estimate(log, Estimate.MEAN, Estimate.MEAN);
        times = model == Model.ERLANG_C ? times.withoutPatience() : times;
        WeeklyPlan plan = WeeklyPlan.forecast(log, history, last.plusDays(1), z, step, times, goal);

        String out;
        if (format == Render.Format.TEXT) {
            out = text(quality, history, times, plan);
        } else if (format == Render.Format.CSV) {
            out = csv(plan);
        } else {
            out = json(quality, history, times, plan);
        }
        PrintWriter w = cl.getOut();
        w.print(out);
        w.flush();
        return 0;
    }

    private String text(DataQuality q, List<LocalDate> history, CallTimes times, WeeklyPlan plan) {
        StringBuilder sb = new StringBuilder();
        sb.append(q.rows()).append(" rows, ").append(q.kept()).append(" kept, ").append(q.rejected())
                .append(" rejected\n");
        sb.append("history: ").append(history.get(0)).append(" to ").append(history.get(history.size() - 1))
                .append(" (").append(history.size()).append(" days)\n");
        sb.append("model: ").append(model == Model.ERLANG_C ? "Erlang C" : "Erlang A").append(", AHT ")
                .append(Render.duration(seconds(times.averageHandleTime()))).append(", patience ")
                .append(times.averagePatience().map(p -> Render.duration(seconds(p))).orElse("– (no abandoned call with a known wait)"))
                .append('\n').append('\n');
        sb.append(String.format(Locale.ROOT, "%-14s  %8s  %11s  %12s  %15s%n", "day", "calls", "peak agents",
                "agent hours", "scheduled hours"));
        for (Map.Entry<LocalDate, IntradayPlan> e : plan.days().entrySet()) {
            IntradayPlan p = e.getValue();
            sb.append(String.format(Locale.ROOT, "%-14s  %8.1f  %11d  %12.1f  %15.1f%n",
                    e.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ROOT) + " " + e.getKey(),
                    p.totalOffered(), p.peakAgents(), hours(p.agentTime()), hours(p.scheduledTime())));
        }
        sb.append(String.format(Locale.ROOT, "%-14s  %8.1f  %11d  %12.1f  %15.1f%n", "week", plan.totalOffered(),
                plan.peakAgents(), hours(plan.agentTime()), hours(plan.scheduledTime())));
        if (intervals) {
            for (Map.Entry<LocalDate, IntradayPlan> e : plan.days().entrySet()) {
                sb.append('\n').append(e.getKey()).append('\n').append(e.getValue().toTable());
            }
        }
        if (q.rejected() + q.ignored() + q.suspect() > 0) {
            sb.append("\nData quality\n").append(q).append('\n');
        }
        return sb.toString();
    }

    private static String csv(WeeklyPlan plan) {
        StringBuilder sb = new StringBuilder("day,start,offered,agents,positions,service_level.percent,asa.seconds,"
                + "occupancy.percent,abandoned.percent\r\n");
        for (Map.Entry<LocalDate, IntradayPlan> e : plan.days().entrySet()) {
            for (IntradayPlan.Row r : e.getValue().rows()) {
                sb.append(e.getKey()).append(',').append(r.start()).append(',').append(Render.fixed(r.offered(), 3))
                        .append(',').append(r.agents()).append(',').append(r.positions()).append(',');
                if (r.offered() > 0) {
                    StaffingOutcome o = r.outcome();
                    sb.append(Render.fixed(o.serviceLevelPercent(), 4)).append(',')
                            .append(o.averageSpeedOfAnswer().map(d -> Render.fixed(seconds(d), 3)).orElse(""))
                            .append(',').append(Render.fixed(o.occupancyPercent(), 4)).append(',')
                            .append(Render.fixed(o.probabilityOfAbandonmentPercent(), 4));
                } else {
                    sb.append(",,,");
                }
                sb.append("\r\n");
            }
        }
        return sb.toString();
    }

    private String json(DataQuality q, List<LocalDate> history, CallTimes times, WeeklyPlan plan) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("command", "staffing");
        root.put("model", model == Model.ERLANG_C ? "erlang-c" : "erlang-a");
        root.put("history_from", history.get(0).toString());
        root.put("history_to", history.get(history.size() - 1).toString());
        root.put("aht_seconds", seconds(times.averageHandleTime()));
        times.averagePatience().ifPresentOrElse(p -> root.put("patience_seconds", seconds(p)),
                () -> root.putNull("patience_seconds"));
        ArrayNode days = root.putArray("days");
        for (Map.Entry<LocalDate, IntradayPlan> e : plan.days().entrySet()) {
            ObjectNode d = days.addObject();
            d.put("day", e.getKey().toString());
            d.put("offered", e.getValue().totalOffered());
            d.put("peak_agents", e.getValue().peakAgents());
            d.put("agent_hours", hours(e.getValue().agentTime()));
            d.put("scheduled_hours", hours(e.getValue().scheduledTime()));
            ArrayNode rows = d.putArray("intervals");
            for (IntradayPlan.Row r : e.getValue().rows()) {
                ObjectNode row = rows.addObject();
                row.put("start", r.start().toString());
                row.put("offered", r.offered());
                row.put("agents", r.agents());
                row.put("positions", r.positions());
            }
        }
        root.set("quality", Render.quality(q));
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(Duration d) {
        return d.getSeconds() + d.getNano() / 1e9;
    }

    private static double hours(Duration d) {
        return seconds(d) / 3600;
    }
}
