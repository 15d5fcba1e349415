package io.github.supportkpi.cli;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.InteractionDimensions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code supportkpi calls}: contact-centre KPIs of a call or chat log. */
@Command(name = "calls", mixinStandardHelpOptions = true,
        description = {"Contact-centre KPIs of a call or chat log: contacts, abandonment, service level, speed of"
                + " answer, handle time, resolution on the contact and CSAT, by bucket and segment.",
            "Contacts are bucketed and filtered by their arrival; a blank wait is unknown, never zero.",
            "Metrics: contacts, abandon.rate, service.level, asa, aht, contact.resolution, csat, csat.mean.",
            "Dimensions: channel, agent, routed.agent, kind, attribute:NAME."})
final class CallsCommand extends ExportCommand<Interaction> {
    @Option(names = "--calls", required = true, paramLabel = "FILE", description = "A call or chat log (repeatable).")
    List<Path> calls = new ArrayList<>();

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
