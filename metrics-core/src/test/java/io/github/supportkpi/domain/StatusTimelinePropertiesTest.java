package io.github.supportkpi.domain;

import io.github.supportkpi.testing.RandomRecords;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.time.ElapsedTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

/**
 * Properties of the status timeline over generated tickets, with a recorded history and without one. The
 * reference walks are written out here from the rules the timeline documents.
 */
class StatusTimelinePropertiesTest {
    private static final int EXAMPLES = TallyContract.EXAMPLES;

    /** Tickets with a status history and tickets without one, together. */
    private static Gen<List<Ticket>> tickets() {
        return Sources.ticketsWithHistory().zip(Sources.tickets(), (a, b) -> {
            List<Ticket> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        });
    }

    /** Instants across the generated six weeks and a few weeks beyond, to the minute. */
    private static Gen<Instant> instants() {
        return integers().between(-24 * 60, 70 * 24 * 60).map(m -> RandomRecords.EPOCH.plus(Duration.ofMinutes(m)));
    }

    /** Any set of statuses, the empty one and all of them included. */
    private static Gen<Set<Status>> statusSets() {
        Status[] all = Status.values();
        return integers().between(0, (1 << all.length) - 1).map(mask -> {
            EnumSet<Status> s = EnumSet.noneOf(Status.class);
            for (Status x : all) {
                if ((mask & (1 << x.ordinal())) != 0) {
                    s.add(x);
                }
            }
            return s;
        });
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /** The status in force at an instant, walked from the ticket's own fields. */
    private static Status referenceStatusAt(Ticket t, Instant at) {
        if (t.statusHistory().isEmpty()) {
            return t.resolved().isPresent() && !t.resolved().get().isAfter(at) ? t.status() : Status.NEW;
        }
        Status inForce = Status.NEW;
        for (StatusChange c : t.statusHistory()) {
            if (c.at().isAfter(at)) {
                break;
            }
            inForce = c.to();
        }
        return inForce;
    }

    @Test
    void should_measure_a_set_of_statuses_and_its_complement_to_the_whole_time_from_creation() {
        qt().withExamples(EXAMPLES).forAll(tickets(), statusSets(), instants()).checkAssert((ts, set, end) -> {
            Set<Status> complement = EnumSet.allOf(Status.class);
            complement.removeAll(set);
            for (Ticket t : ts) {
                Instant to = later(end, t.created());
                StatusTimeline tl = t.timeline();
                long in = tl.nanosIn(set, t.created(), to, ElapsedTime.CALENDAR);
                long out = tl.nanosIn(complement, t.created(), to, ElapsedTime.CALENDAR);
                assertThat(in + out).as("%s to %s", t, to).isEqualTo(ElapsedTime.calendarNanos(t.created(), to));
            }
        });
    }

    @Test
    void should_split_the_time_in_statuses_anywhere_and_count_nothing_before_creation() {
        qt().withExamples(EXAMPLES).forAll(tickets(), statusSets(), instants(), instants()).checkAssert((ts, set, a, b) -> {
            Instant from = a.isBefore(b) ? a : b;
            Instant to = a.isBefore(b) ? b : a;
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                Instant mid = t.created().isAfter(from) && t.created().isBefore(to) ? t.created() : from;
                long whole = tl.nanosIn(set, from, to, ElapsedTime.CALENDAR);
                assertThat(tl.nanosIn(set, from, mid, ElapsedTime.CALENDAR)
                        + tl.nanosIn(set, mid, to, ElapsedTime.CALENDAR)).isEqualTo(whole);
                if (!to.isAfter(t.created())) {
                    assertThat(whole).isZero();
                }
                long inForce = ElapsedTime.calendarNanos(later(from, t.created()), later(to, t.created()));
                assertThat(whole).isBetween(0L, inForce);
            }
        });
    }

    @Test
    void should_agree_with_walking_the_segments_on_the_status_in_force() {
        qt().withExamples(EXAMPLES).forAll(tickets(), instants()).checkAssert((ts, at) -> {
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                if (at.isBefore(t.created())) {
                    assertThat(tl.segmentAt(at)).isEqualTo(-1);
                    continue;
                }
                Status walked = Status.NEW;
                for (int i = 0; i < tl.segmentCount() && !tl.segmentStart(i).isAfter(at); i++) {
                    walked = tl.segmentStatus(i);
                }
                assertThat(tl.statusAt(at)).as("%s at %s", t, at).isEqualTo(walked)
                        .isEqualTo(referenceStatusAt(t, at));
                assertThat(tl.segmentStatus(tl.segmentAt(at))).isEqualTo(walked);
            }
        });
    }

    @Test
    void should_keep_segments_in_time_order_from_new_at_creation_to_the_current_status() {
        qt().withExamples(EXAMPLES).forAll(tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                assertThat(tl.segmentStart(0)).isEqualTo(t.created());
                assertThat(tl.segmentStatus(0)).isEqualTo(Status.NEW);
                for (int i = 1; i < tl.segmentCount(); i++) {
                    assertThat(tl.segmentStart(i)).isAfterOrEqualTo(tl.segmentStart(i - 1));
                }
                if (tl.isRecorded() || t.isResolved()) {
                    assertThat(tl.segmentStatus(tl.segmentCount() - 1)).isEqualTo(t.status());
                }
            }
        });
    }

    @Test
    void should_count_the_reopen_count_as_reopens_of_a_recorded_history() {
        qt().withExamples(EXAMPLES).forAll(tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                assertThat(tl.isRecorded()).isEqualTo(!t.statusHistory().isEmpty());
                assertThat(tl.reopens()).isEqualTo(tl.isRecorded() ? t.reopenCount() : 0)
                        .isEqualTo(t.reopensInHistory());
            }
        });
    }

    @Test
    void should_imply_new_from_creation_then_the_current_status_from_the_resolution_without_a_history() {
        qt().withExamples(EXAMPLES).forAll(Sources.tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                assertThat(tl.isRecorded()).isFalse();
                assertThat(tl.segmentCount()).isEqualTo(t.isResolved() ? 2 : 1);
                if (t.isResolved()) {
                    assertThat(tl.segmentStart(1)).isEqualTo(t.resolved().orElseThrow());
                    assertThat(tl.segmentStatus(1)).isEqualTo(t.status());
                }
                assertThat(tl.resolution(ResolutionPoint.FIRST)).isEqualTo(t.resolved());
                assertThat(tl.resolution(ResolutionPoint.FINAL)).isEqualTo(t.resolved());
            }
        });
    }

    @Test
    void should_resolve_finally_from_the_start_of_the_resolved_run_in_force() {
        qt().withExamples(EXAMPLES).forAll(tickets(), instants()).checkAssert((ts, at) -> {
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                var last = tl.resolution(ResolutionPoint.FINAL, at);
                boolean resolvedAt = !at.isBefore(t.created()) && tl.statusAt(at).isResolved();
                assertThat(last.isPresent()).as("%s at %s", t, at).isEqualTo(resolvedAt);
                if (last.isPresent()) {
                    Instant r = last.get();
                    assertThat(r).isBeforeOrEqualTo(at);
                    assertThat(tl.statusAt(r).isResolved()).isTrue();
                    assertThat(tl.resolution(ResolutionPoint.FIRST, at).orElseThrow()).isBeforeOrEqualTo(r);
                    // just before the run the ticket was unresolved, or it was reopened and resolved again at r
                    boolean reopenedAtR = t.statusHistory().stream()
                            .anyMatch(c -> c.at().equals(r) && !c.to().isResolved());
                    assertThat(r.isAfter(t.created()) && tl.statusAt(r.minusNanos(1)).isResolved() && !reopenedAtR)
                            .as("%s at %s", t, at).isFalse();
                }
            }
        });
    }

    @Test
    void should_find_the_first_resolution_of_the_ticket_and_resolve_finally_as_the_ticket_is_now() {
        Instant afterEverything = RandomRecords.EPOCH.plus(Duration.ofDays(365));
        qt().withExamples(EXAMPLES).forAll(tickets()).checkAssert(ts -> {
            for (Ticket t : ts) {
                StatusTimeline tl = t.timeline();
                assertThat(tl.resolution(ResolutionPoint.FIRST)).isEqualTo(t.firstResolved());
                assertThat(tl.resolution(ResolutionPoint.FINAL).isPresent()).isEqualTo(t.isResolved());
                assertThat(tl.resolution(ResolutionPoint.FINAL, afterEverything))
                        .isEqualTo(tl.resolution(ResolutionPoint.FINAL));
                assertThat(tl.resolution(ResolutionPoint.FIRST, afterEverything))
                        .isEqualTo(tl.resolution(ResolutionPoint.FIRST));
            }
        });
    }

    @Test
    void should_take_the_last_update_between_creation_and_the_instant_and_never_go_back() {
        qt().withExamples(EXAMPLES).forAll(tickets(), instants(), integers().between(0, 48 * 60)).checkAssert(
                (ts, at, minutes) -> {
                    Instant after = at.plus(Duration.ofMinutes(minutes));
                    for (Ticket t : ts) {
                        if (at.isBefore(t.created())) {
                            continue;
                        }
                        Instant u = t.timeline().lastUpdate(at);
                        assertThat(u).isBetween(t.created(), at);
                        assertThat(t.timeline().lastUpdate(after)).isAfterOrEqualTo(u);
                        t.interactions().stream().filter(i -> !i.at().isAfter(at))
                                .forEach(i -> assertThat(u).isAfterOrEqualTo(i.at()));
                        t.statusHistory().stream().filter(c -> !c.at().isAfter(at))
                                .forEach(c -> assertThat(u).isAfterOrEqualTo(c.at()));
                    }
                });
    }
}
