package io.github.supportkpi.cli;

import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.io.RecordKind;
import io.github.supportkpi.io.Records;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.SurveyDimensions;
import java.nio.file.Path;
import java.time.Instant;
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
            "Metrics: csat, csat.mean, nps, ces.easy, ces.mean.",
            "Dimensions: channel, agent, kind."})
final class SurveysCommand extends ExportCommand<SurveyResponse> {
    private static final Dimension<SurveyResponse, String> KIND = Dimension.of("kind",
            r -> r.kind().name().toLowerCase(Locale.ROOT));

    @Option(names = "--surveys", required = true, paramLabel = "FILE", description = "A survey export (repeatable).")
    List<Path> surveys = new ArrayList<>();

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
        throw new IllegalArgumentException("--by attribute:" + name + ": survey answers carry no attributes yet");
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
