package io.github.supportkpi.contact;

import io.github.supportkpi.contact.ServiceLevelDefinition.Abandons;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.UnknownWait;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.DurationStats;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.staffing.Patience;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

/**
 * The rules for unknown queue waits, as properties over generated calls (some of whose waits are unknown):
 * an unknown wait never changes the offered count, never becomes a short abandon or a met target, and
 * {@link UnknownWait#EXCLUDE} differs from {@link UnknownWait#COUNT_AS_LONG} only by the calls whose wait
 * the definition needs and does not have. Each knob's metric obeys the {@link TallyContract}.
 */
class UnknownWaitPropertiesTest {
    private static final Duration[] THRESHOLDS = {Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(60)};

    /** The service-level definitions whose rules are compared, each under COUNT_AS_LONG. */
    private static final List<ServiceLevelDefinition> SERVICE_LEVELS = List.of(ServiceLevelDefinition.DEFAULT,
            ServiceLevelDefinition.DEFAULT.withAbandonsWithinTargetMeet(true),
            ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.EXCLUDED),
            ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.SHORT_EXCLUDED).withShortAbandonThreshold(
                    Duration.ofSeconds(5)),
            ServiceLevelDefinition.DEFAULT.withAbandons(Abandons.SHORT_EXCLUDED).withShortAbandonThreshold(
                    Duration.ofSeconds(30)).withAbandonsWithinTargetMeet(true));

    /** The same interaction with its queue wait unknown, when it is a call or chat. */
    static Interaction blank(Interaction i) {
        if (!i.kind().isQueued()) {
            return i;
        }
        return new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                i.channel(), i.direction(), Optional.empty(), i.abandoned(), i.talk(), i.hold(), i.afterContact(),
                i.articleId());
    }

    /** Every second call of the list with its wait made unknown. */
    static List<Interaction> blankEverySecond(List<Interaction> calls) {
        List<Interaction> out = new ArrayList<>(calls.size());
        for (int k = 0; k < calls.size(); k++) {
            out.add(k % 2 == 0 ? blank(calls.get(k)) : calls.get(k));
        }
        return out;
    }

    /** Whether the metric refuses this single interaction: its definition needs a wait it does not have. */
    static boolean refuses(Metric<Interaction, ?> refusing, Interaction i) {
        try {
            refusing.over(List.of(i));
            return false;
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static List<Interaction> without(List<Interaction> calls, Predicate<Interaction> left) {
        return calls.stream().filter(left.negate()).toList();
    }

    @Test
    void should_never_change_the_offered_count_of_the_abandonment_rate() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            for (Duration t : THRESHOLDS) {
                AbandonmentDefinition d = AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(t);
                long offered = calls.stream().filter(Interaction::isOffered).count();
                long knownShort = calls.stream().filter(i -> i.isOffered() && d.isShortAbandon(i)).count();
                long unknownAbandons = calls.stream()
                        .filter(i -> i.isOffered() && i.abandoned() && !i.hasQueueWait()).count();
                Ratio asLong = AbandonmentRate.of(d).over(calls);
                Ratio excluded = AbandonmentRate.of(d.withUnknownWait(UnknownWait.EXCLUDE)).over(calls);
                assertThat(asLong.denominator()).as("%s", t).isEqualTo(offered - knownShort);
                assertThat(excluded.denominator() + (t.isZero() ? 0 : unknownAbandons)).as("%s", t)
                        .isEqualTo(offered - knownShort);
            }
        });
    }

    @Test
    void should_never_make_an_abandon_short_by_blanking_its_wait() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            List<Interaction> blanked = calls.stream().map(UnknownWaitPropertiesTest::blank).toList();
            for (Duration t : THRESHOLDS) {
                AbandonmentDefinition d = AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(t);
                assertThat(blanked.stream().filter(d::isShortAbandon)).isEmpty();
                Ratio known = AbandonmentRate.of(d).over(calls);
                Ratio unknown = AbandonmentRate.of(d).over(blanked);
                // no short abandon is left out: every offered call counts, and so does every abandon
                assertThat(unknown.denominator()).isEqualTo(calls.stream().filter(Interaction::isOffered).count());
                assertThat(unknown.numerator()).isGreaterThanOrEqualTo(known.numerator());
                assertThat(unknown.denominator() - unknown.numerator())
                        .isEqualTo(known.denominator() - known.numerator());
            }
        });
    }

    @Test
    void should_not_need_waits_for_the_abandonment_rate_without_a_threshold() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            Ratio whole = AbandonmentRate.defaults().over(calls);
            List<Interaction> blanked = calls.stream().map(UnknownWaitPropertiesTest::blank).toList();
            for (UnknownWait rule : UnknownWait.values()) {
                assertThat(AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withUnknownWait(rule)).over(blanked))
                        .as("%s", rule).isEqualTo(whole);
            }
        });
    }

    @Test
    void should_differ_between_exclude_and_count_as_long_only_by_the_unknown_abandons() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            List<Interaction> some = blankEverySecond(calls);
            for (Duration t : THRESHOLDS) {
                AbandonmentDefinition d = AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(t);
                Metric<Interaction, Ratio> refusing = AbandonmentRate.of(d.withUnknownWait(UnknownWait.REFUSE));
                List<Interaction> needed = some.stream().filter(i -> refuses(refusing, i)).toList();
                assertThat(needed).allMatch(i -> !i.hasQueueWait() && i.abandoned());
                assertThat(some.stream().filter(d::lacksNeededWait).toList()).isEqualTo(needed);
                Ratio asLong = AbandonmentRate.of(d).over(some);
                Ratio excluded = AbandonmentRate.of(d.withUnknownWait(UnknownWait.EXCLUDE)).over(some);
                assertThat(excluded).isEqualTo(AbandonmentRate.of(d).over(without(some, needed::contains)));
                assertThat(asLong.numerator() - excluded.numerator()).isEqualTo(needed.size());
                assertThat(asLong.denominator() - excluded.denominator()).isEqualTo(needed.size());
            }
        });
    }

    @Test
    void should_differ_between_exclude_and_count_as_long_only_by_the_unknown_calls_in_the_service_level() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            List<Interaction> some = blankEverySecond(calls);
            for (ServiceLevelDefinition d : SERVICE_LEVELS) {
                Metric<Interaction, Ratio> refusing = ServiceLevel.of(d.withUnknownWait(UnknownWait.REFUSE));
                List<Interaction> needed = some.stream().filter(i -> refuses(refusing, i)).toList();
                assertThat(needed).allMatch(i -> !i.hasQueueWait());
                assertThat(some.stream().filter(d::lacksNeededWait).toList()).as("%s", d).isEqualTo(needed);
                Ratio asLong = ServiceLevel.of(d).over(some);
                Ratio excluded = ServiceLevel.of(d.withUnknownWait(UnknownWait.EXCLUDE)).over(some);
                // an unknown wait never meets the target: the numerators agree
                assertThat(asLong.numerator()).as("%s", d).isEqualTo(excluded.numerator());
                assertThat(asLong.denominator() - excluded.denominator()).as("%s", d).isEqualTo(needed.size());
                assertThat(excluded).isEqualTo(ServiceLevel.of(d).over(without(some, needed::contains)));
            }
        });
    }

    @Test
    void should_never_meet_the_service_level_by_blanking_a_wait() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            List<Interaction> some = blankEverySecond(calls);
            for (ServiceLevelDefinition d : SERVICE_LEVELS) {
                Ratio known = ServiceLevel.of(d).over(calls);
                Ratio unknown = ServiceLevel.of(d).over(some);
                assertThat(unknown.numerator()).as("%s", d).isLessThanOrEqualTo(known.numerator());
                assertThat(some.stream().filter(i -> !i.hasQueueWait()).filter(d::meets)).isEmpty();
            }
        });
    }

    @Test
    void should_count_every_offered_call_once_in_the_speed_of_answer_and_patience() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls()).checkAssert(calls -> {
            List<Interaction> some = blankEverySecond(calls);
            long offered = some.stream().filter(Interaction::isOffered).count();
            DurationStats asa = AverageSpeedOfAnswer.defaults().over(some);
            assertThat(asa.count() + asa.unmeasured()).isEqualTo(offered);
            assertThat(asa.count()).isEqualTo(
                    some.stream().filter(i -> i.isOffered() && !i.abandoned() && i.hasQueueWait()).count());
            Patience p = Patience.metric().over(some);
            assertThat(p.abandoned().count() + p.abandoned().unmeasured() + p.answered().count()
                    + p.answered().unmeasured()).isEqualTo(offered);
            assertThat(p.sampleSize()).isEqualTo(some.stream().filter(i -> i.isOffered() && i.hasQueueWait()).count());
        });
    }

    /** The tally laws for the abandonment rate leaving out abandons of unknown wait. */
    @Nested
    class AbandonmentRateExcluding implements TallyContract<Interaction, Ratio> {
        @Override
        public Metric<Interaction, Ratio> metric() {
            return AbandonmentRate.of(AbandonmentDefinition.DEFAULT.withShortAbandonThreshold(Duration.ofSeconds(5))
                    .withUnknownWait(UnknownWait.EXCLUDE));
        }

        @Override
        public Gen<List<Interaction>> records() {
            return Sources.calls();
        }

        @Override
        public Dimension<? super Interaction, ?> dimension() {
            return InteractionDimensions.AGENT;
        }

        @Override
        public DoubleStream values(Ratio tally) {
            return tally.percent().stream();
        }
    }

    /** The tally laws for the service level leaving out calls of unknown wait, abandons within it meeting. */
    @Nested
    class ServiceLevelExcluding implements TallyContract<Interaction, Ratio> {
        @Override
        public Metric<Interaction, Ratio> metric() {
            return ServiceLevel.of(ServiceLevelDefinition.DEFAULT.withAbandonsWithinTargetMeet(true)
                    .withUnknownWait(UnknownWait.EXCLUDE));
        }

        @Override
        public Gen<List<Interaction>> records() {
            return Sources.calls();
        }

        @Override
        public Dimension<? super Interaction, ?> dimension() {
            return InteractionDimensions.AGENT;
        }

        @Override
        public DoubleStream values(Ratio tally) {
            return tally.percent().stream();
        }
    }
}
