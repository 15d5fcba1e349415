package io.github.supportkpi.cli;

import io.github.supportkpi.contact.AbandonmentDefinition;
import io.github.supportkpi.contact.AbandonmentRate;
import io.github.supportkpi.contact.AnswerSpeedDefinition;
import io.github.supportkpi.contact.AverageHandleTime;
import io.github.supportkpi.contact.AverageSpeedOfAnswer;
import io.github.supportkpi.contact.HandleTimeDefinition;
import io.github.supportkpi.contact.ServiceLevel;
import io.github.supportkpi.contact.ServiceLevelDefinition;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import io.github.supportkpi.experience.AverageCustomerEffort;
import io.github.supportkpi.experience.AverageCustomerSatisfaction;
import io.github.supportkpi.experience.CustomerEffort;
import io.github.supportkpi.experience.CustomerSatisfaction;
import io.github.supportkpi.experience.EffortDefinition;
import io.github.supportkpi.experience.NetPromoterScore;
import io.github.supportkpi.experience.SatisfactionDefinition;
import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.quality.ContactResolution;
import io.github.supportkpi.quality.ContactResolutionDefinition;
import io.github.supportkpi.quality.EscalationRate;
import io.github.supportkpi.quality.FcrDefinition;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.OneTouchResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.quality.ReopenRateDefinition;
import io.github.supportkpi.quality.ResolutionRate;
import io.github.supportkpi.speed.AssignmentTimeDefinition;
import io.github.supportkpi.speed.AverageReplyTime;
import io.github.supportkpi.speed.FirstResponseAfterAssignment;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.speed.ResolutionTimeDefinition;
import io.github.supportkpi.speed.ResponseDefinition;
import io.github.supportkpi.speed.TimeToFirstAssignment;
import io.github.supportkpi.workload.TicketVolume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The metrics the command line offers, by the library's metric ids, each with its default definition and
 * a way to make it from a definition with knobs set ({@code --definition frt.includeBots=true}).
 */
final class Catalogue {
    private Catalogue() {}

    /**
     * A metric the command line offers.
     *
     * @param id the metric's id
     * @param label its column heading
     * @param byDefault whether it is reported when {@code --metrics} is not given
     * @param make makes the metric from knobs
     * @param <T> the record type
     */
    record Entry<T>(String id, String label, boolean byDefault, Function<Map<String, String>, Metric<T, ?>> make) {}

    private static <T, D> Entry<T> defined(String id, String label, boolean byDefault, D definition,
            Function<D, Metric<T, ?>> of) {
        return new Entry<>(id, label, byDefault, knobs -> of.apply(Knobs.set(id, definition, knobs)));
    }

    private static <T> Entry<T> fixed(String id, String label, boolean byDefault, Metric<T, ?> metric) {
        return new Entry<>(id, label, byDefault, knobs -> {
            if (!knobs.isEmpty()) {
                throw new IllegalArgumentException("--definition " + id + ": this metric has no knobs to set");
            }
            return metric;
        });
    }

    /** @return the ticket metrics, in report order */
    static List<Entry<Ticket>> tickets() {
        List<Entry<Ticket>> l = new ArrayList<>();
        l.add(fixed(TicketVolume.ID, "tickets", true, TicketVolume.defaults()));
        l.add(fixed(ResolutionRate.ID, "resolved", true, ResolutionRate.defaults()));
        l.add(defined(FirstResponseTime.ID, "first response", true, ResponseDefinition.DEFAULT, FirstResponseTime::of));
        l.add(defined(ResolutionTime.ID, "resolution time", true, ResolutionTimeDefinition.DEFAULT, ResolutionTime::of));
        l.add(defined(FirstContactResolution.ID, "FCR", true, FcrDefinition.DEFAULT, FirstContactResolution::of));
        l.add(defined(ReopenRate.ID, "reopened", true, ReopenRateDefinition.DEFAULT, ReopenRate::of));
        l.add(fixed(EscalationRate.ID, "escalated", false, EscalationRate.defaults()));
        l.add(fixed(OneTouchResolution.ID, "one touch", false, OneTouchResolution.defaults()));
        l.add(defined(AverageReplyTime.ID, "reply time", false, ResponseDefinition.DEFAULT, AverageReplyTime::of));
        l.add(defined(AverageHandleTime.ID, "handle time", false, HandleTimeDefinition.DEFAULT, AverageHandleTime::of));
        l.add(defined(TimeToFirstAssignment.ID, "first assignment", false, AssignmentTimeDefinition.DEFAULT,
                TimeToFirstAssignment::of));
        l.add(defined(FirstResponseAfterAssignment.ID, "first response after assignment", false,
                ResponseDefinition.DEFAULT, FirstResponseAfterAssignment::of));
        return l;
    }

    /** @return the interaction metrics, in report order */
    static List<Entry<Interaction>> interactions() {
        List<Entry<Interaction>> l = new ArrayList<>();
        Metric<Interaction, Count> all = Count.metric("contacts", i -> true);
        l.add(fixed("contacts", "contacts", true, Metric.of("contacts", "count(interactions)", all.empty(),
                all::newAccumulator)));
        l.add(defined(AbandonmentRate.ID, "abandoned", true, AbandonmentDefinition.DEFAULT, AbandonmentRate::of));
        l.add(defined(ServiceLevel.ID, "service level", true, ServiceLevelDefinition.DEFAULT, ServiceLevel::of));
        l.add(defined(AverageSpeedOfAnswer.ID, "speed of answer", true, AnswerSpeedDefinition.DEFAULT,
                AverageSpeedOfAnswer::of));
        l.add(defined(AverageHandleTime.ID, "handle time", true, HandleTimeDefinition.DEFAULT,
                AverageHandleTime::overInteractions));
        l.add(defined(ContactResolution.ID, "resolved on contact", true, ContactResolutionDefinition.DEFAULT,
                ContactResolution::of));
        return l;
    }

    /** @return the survey metrics, in report order */
    static List<Entry<SurveyResponse>> surveys() {
        List<Entry<SurveyResponse>> l = new ArrayList<>();
        l.add(defined(CustomerSatisfaction.ID, "CSAT", true, SatisfactionDefinition.DEFAULT, CustomerSatisfaction::of));
        l.add(defined(AverageCustomerSatisfaction.ID, "CSAT mean", false, AverageCustomerSatisfaction.defaults()
                .definedBy(), AverageCustomerSatisfaction::of));
        return l;
    }

    /** @return the metrics of a survey export, in report order */
    static List<Entry<SurveyResponse>> surveyAnswers() {
        List<Entry<SurveyResponse>> l = new ArrayList<>(surveys());
        l.add(fixed(NetPromoterScore.ID, "NPS", true, NetPromoterScore.defaults()));
        l.add(defined(CustomerEffort.ID, "CES easy", true, EffortDefinition.DEFAULT, CustomerEffort::of));
        l.add(defined(AverageCustomerEffort.ID, "CES mean", false, EffortDefinition.DEFAULT, AverageCustomerEffort::of));
        return l;
    }

    /**
     * The metrics chosen: those named, in the order named, or the defaults.
     *
     * @param entries the metrics offered
     * @param chosen the ids named; empty for the defaults
     * @param knobs knobs by metric id
     * @return the metrics
     * @throws IllegalArgumentException for an unknown id or knob
     */
    static <T> List<Metric<T, ?>> choose(List<Entry<T>> entries, List<String> chosen, Map<String, Map<String, String>> knobs) {
        Map<String, Entry<T>> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        List<Metric<T, ?>> out = new ArrayList<>();
        if (chosen.isEmpty()) {
            for (Entry<T> e : entries) {
                if (e.byDefault()) {
                    out.add(e.make().apply(knobs.getOrDefault(e.id(), Map.of())));
                }
            }
        } else {
            for (String id : chosen) {
                Entry<T> e = byId.get(id);
                if (e == null) {
                    throw new IllegalArgumentException("--metrics: unknown metric " + id + " (known: "
                            + String.join(", ", byId.keySet()) + ")");
                }
                out.add(e.make().apply(knobs.getOrDefault(id, Map.of())));
            }
        }
        return out;
    }

    /**
     * The heading of a metric.
     *
     * @param entries the metrics offered
     * @param id a metric id
     * @return its label, or the id
     */
    static <T> String label(List<Entry<T>> entries, String id) {
        for (Entry<T> e : entries) {
            if (e.id().equals(id)) {
                return e.label();
            }
        }
        return id;
    }
}
