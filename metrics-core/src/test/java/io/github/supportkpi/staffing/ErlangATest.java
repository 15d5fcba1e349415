package io.github.supportkpi.staffing;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Worked examples of the Erlang A model (M/M/n+M; Garnett, Mandelbaum and Reiman, "Designing a call center
 * with impatient customers", M&amp;SOM 4(3), 2002).
 *
 * <p>Reference values come from {@link QueueReference#erlangA}, an independent computation in this test
 * source: the birth-death chain truncated thousands of states past {@code n}, Little's law, uniformisation of
 * the tagged caller's chain and first-step analysis; the library sums closed forms instead. The closed form
 * of Mandelbaum and Zeltyn ("The M/M/n+G queue: summary of performance measures") for
 * {@code P(abandon | wait)} is checked with its incomplete gamma function integrated numerically here.
 */
class ErlangATest {
    private static final Duration TWENTY_SECONDS = Duration.ofSeconds(20);
    private static final Duration HALF_HOUR = Duration.ofMinutes(30);
    /** The classic traffic, 100 calls per 30 minutes at 180 s (10 Erlangs), callers patient 5 minutes on average. */
    private static final ErlangA CLASSIC = ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(180), Duration.ofMinutes(5));

    private static void assertMatchesReference(ErlangA model, int agents, Duration target, int beyond, double tolerance) {
        double lambda = model.arrivals() / Load.seconds(model.interval());
        double[] ref = QueueReference.erlangA(lambda, Load.seconds(model.averageHandleTime()),
                Load.seconds(model.averagePatience()), agents, Load.seconds(target), beyond);
        StaffingOutcome o = model.outcome(agents, target);
        assertThat(o.probabilityOfWaiting()).as("P_w(%s)", agents).isCloseTo(ref[0], within(tolerance));
        assertThat(o.probabilityOfAbandonment()).as("P_ab(%s)", agents).isCloseTo(ref[1], within(tolerance));
        assertThat(o.serviceLevel()).as("SL(%s)", agents).isCloseTo(ref[2], within(tolerance));
        assertThat(o.averageSpeedOfAnswer().orElseThrow().toNanos() / 1e9).as("ASA(%s)", agents)
                .isCloseTo(ref[3], within(Math.max(1e-9, tolerance * ref[3]))); // ASA is kept to the nanosecond
        assertThat(o.occupancy()).as("occupancy(%s)", agents).isCloseTo(ref[4], within(tolerance));
    }

    @Test
    void should_agree_with_the_truncated_birth_death_chain_on_the_classic_traffic() {
        // GIVEN 10 Erlangs, patience 5 minutes; WHEN / THEN for 8 (overloaded) to 16 agents
        for (int n = 8; n <= 16; n++) {
            assertMatchesReference(CLASSIC, n, TWENTY_SECONDS, 3000, 1e-10);
        }
    }

    @Test
    void should_agree_with_the_chain_for_impatient_callers_and_other_targets() {
        // GIVEN callers patient 30 s on average, 60 calls per 15 minutes at 240 s: 16 Erlangs
        ErlangA impatient = ErlangA.of(60, Duration.ofMinutes(15), Duration.ofSeconds(240), Duration.ofSeconds(30));
        // WHEN / THEN from 5 agents (most callers hang up) to 20, at targets 0, 10 s and 60 s
        for (int n = 5; n <= 20; n += 5) {
            assertMatchesReference(impatient, n, Duration.ZERO, 600, 1e-10);
            assertMatchesReference(impatient, n, Duration.ofSeconds(10), 600, 1e-10);
            assertMatchesReference(impatient, n, Duration.ofSeconds(60), 600, 1e-10);
        }
    }

    @Test
    void should_stay_accurate_for_hundreds_of_agents() {
        // GIVEN 10,000 calls an hour at 300 s (833.3 Erlangs), callers patient 10 minutes
        ErlangA heavy = ErlangA.of(10_000, Duration.ofHours(1), Duration.ofSeconds(300), Duration.ofMinutes(10));
        // WHEN / THEN below, at and above the traffic intensity
        for (int n : new int[] {780, 820, 834, 850, 870}) {
            assertMatchesReference(heavy, n, TWENTY_SECONDS, 4000, 1e-9);
        }
    }

    @Test
    void should_give_the_abandonment_of_the_closed_form_of_mandelbaum_and_zeltyn() {
        // GIVEN 14 agents on the classic traffic: a = λ/θ = 16.67, b = nμ/θ = 23.33, ρ = a/b
        double a = 100.0 / 1800 * 300;
        double b = 14 * 300.0 / 180;
        double rho = a / b;
        // A(b, a) = (b e^a / a^b) γ(b, a), γ by Simpson's rule on 200,000 panels of its integral
        double gamma = 0;
        int panels = 200_000;
        double h = a / panels;
        for (int i = 0; i <= panels; i++) {
            double u = i * h;
            double f = u == 0 ? 0 : Math.exp((b - 1) * Math.log(u) - u);
            gamma += (i == 0 || i == panels ? 1 : i % 2 == 1 ? 4 : 2) * f;
        }
        gamma *= h / 3;
        double bigA = b * Math.exp(a - b * Math.log(a)) * gamma;
        double abandonGivenWait = 1 / (rho * bigA) + 1 - 1 / rho;
        // WHEN
        StaffingOutcome o = CLASSIC.outcome(14, TWENTY_SECONDS);
        // THEN P(abandon) = P(abandon | wait) · P(wait)
        assertThat(o.probabilityOfAbandonment() / o.probabilityOfWaiting()).isCloseTo(abandonGivenWait, within(1e-9));
    }

    @Test
    void should_need_fewer_agents_than_erlang_c_when_callers_hang_up() {
        // GIVEN the classic goal, 80% in 20 s
        // WHEN
        StaffingRequirement a = CLASSIC.requirement(StaffingGoal.DEFAULT);
        StaffingRequirement c = CLASSIC.withoutPatience().requirement(StaffingGoal.DEFAULT);
        // THEN the smallest n whose reference service level reaches 80%
        int expected = 1;
        while (QueueReference.erlangA(100.0 / 1800, 180, 300, expected, 20, 3000)[2] < 0.8) {
            expected++;
        }
        assertThat(a.agents()).isEqualTo(expected).isEqualTo(13);
        assertThat(c.agents()).isEqualTo(14);
        assertThat(a.outcome().serviceLevel()).isGreaterThanOrEqualTo(0.8);
        assertThat(CLASSIC.outcome(12, TWENTY_SECONDS).serviceLevel()).isLessThan(0.8);
    }

    @Test
    void should_staff_for_an_abandonment_cap() {
        // GIVEN at most 1% of callers hanging up
        StaffingGoal goal = StaffingGoal.NONE.withMaxAbandonmentPercent(1);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN the smallest n whose reference abandonment is at most 1%
        int expected = 1;
        while (QueueReference.erlangA(100.0 / 1800, 180, 300, expected, 20, 3000)[1] > 0.01) {
            expected++;
        }
        assertThat(need.agents()).isEqualTo(expected);
        assertThat(need.outcome().probabilityOfAbandonment()).isLessThanOrEqualTo(0.01);
        assertThat(CLASSIC.outcome(expected - 1, TWENTY_SECONDS).probabilityOfAbandonment()).isGreaterThan(0.01);
    }

    @Test
    void should_staff_for_a_combined_goal() {
        // GIVEN 80/20 and ASA at most 5 s and occupancy at most 70% and abandonment at most 2%
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxAverageSpeedOfAnswer(Duration.ofSeconds(5))
                .withMaxOccupancyPercent(70).withMaxAbandonmentPercent(2);
        // WHEN
        StaffingRequirement need = CLASSIC.requirement(goal);
        // THEN the smallest n meeting all four by the reference chain
        int expected = 1;
        while (true) {
            double[] r = QueueReference.erlangA(100.0 / 1800, 180, 300, expected, 20, 3000);
            if (r[2] >= 0.8 && r[3] <= 5 && r[4] <= 0.7 && r[1] <= 0.02) {
                break;
            }
            expected++;
        }
        assertThat(need.agents()).isEqualTo(expected);
        assertThat(need.outcome().meets(goal)).isTrue();
        assertThat(CLASSIC.outcome(expected - 1, TWENTY_SECONDS).meets(goal)).isFalse();
    }

    @Test
    void should_require_no_agents_for_no_traffic() {
        // GIVEN no calls
        ErlangA none = ErlangA.of(0, HALF_HOUR, Duration.ofSeconds(180), Duration.ofMinutes(5));
        // WHEN
        StaffingRequirement need = none.requirement(StaffingGoal.DEFAULT);
        // THEN
        assertThat(need.agents()).isZero();
        assertThat(need.outcome().serviceLevel()).isEqualTo(1.0);
        assertThat(need.outcome().probabilityOfAbandonment()).isZero();
        assertThat(need.outcome().averageSpeedOfAnswer()).contains(Duration.ZERO);
    }

    @Test
    void should_stay_stable_and_finite_when_heavily_overloaded() {
        // GIVEN 10 Erlangs and one agent: most callers hang up
        // WHEN
        StaffingOutcome o = CLASSIC.outcome(1, TWENTY_SECONDS);
        // THEN the chain's values; no NaN, a finite ASA
        assertMatchesReference(CLASSIC, 1, TWENTY_SECONDS, 3000, 1e-10);
        assertThat(o.isStable()).isTrue();
        assertThat(o.probabilityOfAbandonment()).isGreaterThan(0.8);
    }

    @Test
    void should_compute_the_largest_agent_count_and_tiny_caps_at_once() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            // GIVEN / WHEN every int of agents
            StaffingOutcome o = CLASSIC.outcome(Integer.MAX_VALUE, TWENTY_SECONDS);
            // THEN nobody waits
            assertThat(o.probabilityOfWaiting()).isZero();
            assertThat(o.serviceLevel()).isEqualTo(1.0);
            assertThat(o.probabilityOfAbandonment()).isZero();
            // AND an occupancy cap of 0.001%: at least 10 / 0.00001 = 1,000,000 agents, by bisection
            StaffingRequirement need = CLASSIC.requirement(StaffingGoal.DEFAULT.withMaxOccupancy(1e-5));
            assertThat(need.agents()).isEqualTo(1_000_000);
        });
    }

    @Test
    void should_refuse_a_goal_needing_more_than_the_maximum_of_agents() {
        // GIVEN 10 Erlangs at most 0.00001% busy: 100,000,000 agents
        StaffingGoal goal = StaffingGoal.DEFAULT.withMaxOccupancy(1e-7);
        // WHEN / THEN
        assertThatThrownBy(() -> CLASSIC.requirement(goal))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("goal must be met by at most 10000000 agents (StaffingModel.MAX_AGENTS) for"
                        + " 10.0 Erlangs: StaffingGoal[serviceLevel=0.8, targetAnswerTime=PT20S, maxOccupancy=1.0E-7");
    }

    @Test
    void should_refuse_bad_patience() {
        assertThatThrownBy(() -> ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(180), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("averagePatience must be positive: PT0S");
        assertThatThrownBy(() -> ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(180), null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("averagePatience");
        assertThatThrownBy(() -> ErlangA.of(100, HALF_HOUR, Duration.ofSeconds(180), Duration.ofDays(10_000)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("arrivals per averagePatience must be at most 10000000: 4.8E7"
                        + " (100.0 arrivals per PT30M, averagePatience PT240000H)");
    }

    @Test
    void should_refuse_zero_or_negative_agents_for_positive_traffic() {
        assertThatThrownBy(() -> CLASSIC.outcome(0, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents must be positive for positive traffic (10.0 Erlangs): 0");
        assertThatThrownBy(() -> CLASSIC.outcome(-3, TWENTY_SECONDS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("agents must not be negative: -3");
    }

    @Test
    void should_convert_between_erlang_c_and_erlang_a() {
        // GIVEN / WHEN / THEN
        ErlangC c = ErlangC.of(100, HALF_HOUR, Duration.ofSeconds(180));
        assertThat(c.withAveragePatience(Duration.ofMinutes(5))).isEqualTo(CLASSIC);
        assertThat(CLASSIC.withoutPatience()).isEqualTo(c);
        assertThat(CLASSIC.trafficIntensity()).isEqualTo(10.0);
        assertThat(new StaffingOutcome(1, TWENTY_SECONDS, 0.5, 0.5, Optional.of(Duration.ZERO), 0.5))
                .extracting(StaffingOutcome::probabilityOfAbandonment).isEqualTo(0.0);
    }
}
