package io.github.supportkpi.cli;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.io.AggregateRow;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.Tally;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code supportkpi calls}: contact-centre KPIs of a call or chat log. */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = {"Contact-centre KPIs of a call or chat log: contacts, abandonment, service level, speed of"
                + " answer, handle time, resolution on the contact and CSAT, by bucket and segment.",
            "Contacts are bucketed and filtered by their arrival; a blank wait is unknown, never zero.",
            "Metrics: contacts, abandon.rate, service.level, asa, aht, contact.resolution, csat, csat.mean.",
            "Dimensions: channel, agent, routed.agent, kind, attribute:NAME.",
            "With --aggregates, pre-aggregated rows (one per agent or queue and period) are counted with the calls:"
                + " their tallies merge with the records' (means exact, medians unknown)."})
final class CallsCommand extends ExportCommand<Interaction> {
    @Option(names = "--calls", required = true, paramLabel = "FILE", description = "A call or chat log (repeatable).")
    List<Path> calls = new ArrayList<>();

    @Option(names = "--aggregates", paramLabel = "FILE",
            description = "A pre-aggregated export to count with the calls (repeatable).")
    List<Path> aggregates = new ArrayList<>();

    @Option(names = "--aggregates-mapping", paramLabel = "FILE|NAME",
            description = "The column mapping of the pre-aggregated export.")
    String aggregatesMapping;

    @Override
    List<Path> inputs() {
        return calls;
    }

    @Override
    String inputOption() {
        return "--calls";
    }

    @Override
    RecordKind kind() {
        return RecordKind.INTERACTIONS;
    }

    @Override
    List<Catalogue.Entry<Interaction>> entries() {
        return Catalogue.interactions();
    }

    @Override
    Map<String, Dimension<Interaction, ?>> dimensions() {
        Map<String, Dimension<Interaction, ?>> m = new LinkedHashMap<>();
        for (Dimension<Interaction, ?> d : List.<Dimension<Interaction, ?>>of(InteractionDimensions.CHANNEL,
                InteractionDimensions.AGENT, InteractionDimensions.ROUTED_AGENT, InteractionDimensions.KIND)) {
            m.put(d.name(), d);
        }
        return m;
    }

    @Override
    Dimension<Interaction, ?> attribute(String name) {
        return InteractionDimensions.attribute(name);
    }

    @Override
    Instant instantOf(Interaction record) {
        return record.at();
    }

    @Override
    Extra extra(Rows<Interaction> rows, MetricSet<Interaction> set, ZoneId z, Dimension<Interaction, ?> dimension)
            throws IOException {
        CommandLine cl = spec.commandLine();
        if (aggregates.isEmpty()) {
            if (aggregatesMapping != null) {
                throw new CommandLine.ParameterException(cl, "--aggregates-mapping needs --aggregates");
            }
            return super.extra(rows, set, z, dimension);
        }
        if (aggregatesMapping == null) {
            throw new CommandLine.ParameterException(cl, "--aggregates needs --aggregates-mapping");
        }
        if (dimension != null && !AggregateRow.KEYS.contains(dimension.name())) {
            throw new CommandLine.ParameterException(cl, "--by " + dimension.name() + " cannot segment aggregate"
                    + " rows: they are keyed by " + String.join(", ", AggregateRow.KEYS));
        }
        Mapping m = Inputs.mapping(cl, "--aggregates-mapping", aggregatesMapping, RecordKind.AGGREGATES);
        Inputs.readable(cl, "--aggregates: ", aggregates);
        ExportReader reader = ExportReader.of(m).withZone(z);
        reader = strict ? reader.strict() : reader;
        long[] undated = new long[1];
        long[] outside = new long[1];
        Set<String> untallied = new LinkedHashSet<>();
        Records sink = new Records() {
            @Override
            public void aggregate(AggregateRow row) {
                List<String> key = new ArrayList<>(2);
                if (bucket != null || from != null || to != null) {
                    if (row.start().isEmpty()) {
                        undated[0]++;
                        return;
                    }
                    if (!counts(LocalDate.ofInstant(row.start().get(), z))) {
                        outside[0]++;
                        return;
                    }
                    if (bucket != null) {
                        key.add(bucket.labelOf(row.start().get(), z));
                    }
                }
                if (dimension != null) {
                    String value = row.keys().get(dimension.name());
                    key.add(value == null ? Grouping.NONE
                            : dimension.name().equals("channel") ? Channel.of(value).toString() : value);
                }
                if (set == null) {
                    return;
                }
                List<Tally<?>> tallies = new ArrayList<>();
                for (Metric<Interaction, ?> metric : set.metrics()) {
                    tallies.add(tallyOf(row, metric, untallied));
                }
                rows.add(key, Tallies.of(set, tallies));
            }
        };
        DataQuality quality = DataQuality.empty(ExportReader.EXAMPLES);
        List<String> names = new ArrayList<>();
        for (Path p : aggregates) {
            names.add(p.getFileName().toString());
            quality = quality.plus(reader.read(p, sink).quality());
        }
        List<String> notes = new ArrayList<>();
        if (undated[0] > 0) {
            notes.add(undated[0] + " aggregate rows without a period start, not counted by --bucket, --from or --to");
        }
        if (outside[0] > 0) {
            notes.add(outside[0] + " aggregate rows outside the days asked for, not counted");
        }
        if (!untallied.isEmpty()) {
            notes.add("aggregate rows give no tally of " + String.join(", ", untallied) + ": records alone");
        }
        return new Extra(names, quality, notes);
    }

    private static <S extends Tally<S>> S tallyOf(AggregateRow row, Metric<Interaction, S> metric,
            Set<String> untallied) {
        if (!AggregateRow.tallies(metric)) {
            untallied.add(metric.id());
        }
        return row.tallyOf(metric).orElseGet(metric::empty);
    }

    @Override
    Records sink(Consumer<Interaction> main, Consumer<SurveyResponse> survey) {
        return new Records() {
            @Override
            public void interaction(Interaction interaction) {
                main.accept(interaction);
            }

            @Override
            public void survey(SurveyResponse answer) {
                survey.accept(answer);
            }
        };
    }
}
