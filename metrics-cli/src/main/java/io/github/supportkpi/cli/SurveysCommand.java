package io.github.supportkpi.cli;

import io.github.supportkpi.domain.DataQuality;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.experience.ResponseRateTally;
import io.github.supportkpi.experience.SurveyResponseRate;
import io.github.supportkpi.io.ExportReader;
import io.github.supportkpi.io.Mapping;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Accumulator;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.SurveyDimensions;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code supportkpi surveys}: satisfaction, promoter and effort scores of a survey export. */
@Command(name = "surveys", mixinStandardHelpOptions = true,
        description = {"Satisfaction, promoter and effort scores of a survey export (one row per answer), by bucket"
                + " and segment.",
            "Answers are bucketed and filtered by when they were given; each metric counts the answers of its own"
                + " kind (CSAT, NPS, CES); a row without a score on its scale is rejected.",
            "Metrics: csat, csat.mean, nps, ces.easy, ces.mean. An export with invitations (a mapping's invited"
                + " texts, such as zendesk-satisfaction's offered) also has its response rate (survey.response.rate)"
                + " in the notes; a mapping on the thumbs scale 0..1 sets csat to satisfied at 1.",
            "Dimensions: channel, agent, kind, attribute:NAME."})
final class SurveysCommand extends ExportCommand<SurveyResponse> {
    private static final Dimension<SurveyResponse, String> KIND = Dimension.of("kind",
            r -> r.kind().name().toLowerCase(Locale.ROOT));

    @Option(names = "--surveys", required = true, paramLabel = "FILE", description = "A survey export (repeatable).")
    List<Path> surveys = new ArrayList<>();

    private Accumulator<SurveyRecord, ResponseRateTally> rate;
    private ZoneId zoneOfDays;

    @Override
    List<Path> inputs() {
        return surveys;
    }

    @Override
    String inputOption() {
        return "--surveys";
    }

    @Override
    RecordKind kind() {
        return RecordKind.SURVEYS;
    }

    @Override
    List<Catalogue.Entry<SurveyResponse>> entries() {
        return Catalogue.surveyAnswers();
    }

    @Override
    List<Catalogue.Entry<SurveyResponse>> answerEntries() {
        return List.of();
    }

    @Override
    Map<String, Dimension<SurveyResponse, ?>> dimensions() {
        Map<String, Dimension<SurveyResponse, ?>> m = new LinkedHashMap<>();
        for (Dimension<SurveyResponse, ?> d : List.<Dimension<SurveyResponse, ?>>of(SurveyDimensions.CHANNEL,
                SurveyDimensions.AGENT, KIND)) {
            m.put(d.name(), d);
        }
        return m;
    }

    @Override
    Dimension<SurveyResponse, ?> attribute(String name) {
        return Dimension.of(name, r -> r.attributes().get(name));
    }

    @Override
    Map<String, Map<String, String>> impliedKnobs(Mapping m) {
        if (m.scale().equals(Scale.THUMBS)) {
            return Map.of("csat", Map.of("scale", "0..1", "satisfiedThreshold", "1"));
        }
        return Map.of();
    }

    @Override
    Records wrap(Records sink, ZoneId z) {
        zoneOfDays = z;
        rate = SurveyResponseRate.defaults().newAccumulator();
        return new Records() {
            @Override
            public void survey(SurveyResponse answer) {
                if (counts(LocalDate.ofInstant(answer.at(), z))) {
                    rate.accept(answer);
                }
                sink.survey(answer);
            }

            @Override
            public void invitation(SurveyInvitation invitation) {
                if (counts(LocalDate.ofInstant(invitation.at(), z))) {
                    rate.accept(invitation);
                }
            }
        };
    }

    @Override
    Extra extra(Rows<SurveyResponse> rows, MetricSet<SurveyResponse> set, ZoneId z,
            Dimension<SurveyResponse, ?> dimension) {
        List<String> notes = new ArrayList<>();
        ResponseRateTally t = rate.tally();
        for (SurveyKind kind : SurveyKind.values()) {
            if (t.sent(kind) == 0) {
                continue;
            }
            Ratio r = t.rate(kind);
            String percent = r.value().isPresent() ? String.format(Locale.ROOT, "%.1f%%", 100 * r.value().getAsDouble())
                    : "n/a";
            notes.add(SurveyResponseRate.ID + " " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": "
                    + percent + " (" + r.numerator() + " of " + r.denominator() + " invitations answered; "
                    + t.answers(kind) + " answers; " + SurveyResponseRate.FORMULA + ")");
        }
        return new Extra(List.of(), DataQuality.empty(ExportReader.EXAMPLES), notes);
    }

    @Override
    Instant instantOf(SurveyResponse record) {
        return record.at();
    }

    @Override
    Records sink(Consumer<SurveyResponse> main, Consumer<SurveyResponse> survey) {
        return new Records() {
            @Override
            public void survey(SurveyResponse answer) {
                main.accept(answer);
            }
        };
    }
}
