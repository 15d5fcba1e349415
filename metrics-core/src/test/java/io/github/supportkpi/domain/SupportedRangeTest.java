package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The supported range of instants and durations, refused where they enter a ticket, an interaction or a
 * status change; and the compact form at its limits (many interactions, the record-style text).
 */
class SupportedRangeTest {
    private static final String RANGE = "[1900-01-01T00:00:00Z, 2100-01-01T00:00:00Z)";
    private static final Instant BEFORE = Ticket.EARLIEST.minusNanos(1);
    private static final Instant LAST = Ticket.LATEST_EXCLUSIVE.minusNanos(1);

    @Test
    void should_state_the_range_as_instants() {
        assertThat(Ticket.EARLIEST).isEqualTo(Instant.parse("1900-01-01T00:00:00Z"));
        assertThat(Ticket.LATEST_EXCLUSIVE).isEqualTo(Instant.parse("2100-01-01T00:00:00Z"));
        assertThat(Ticket.ABSENT_NANOS).isEqualTo(Long.MIN_VALUE);
        // every duration between two supported instants fits in a long of nanoseconds
        assertThat(Duration.between(Ticket.EARLIEST, Ticket.LATEST_EXCLUSIVE).toNanos()).isPositive();
    }

    @Test
    void should_accept_a_ticket_at_both_ends_of_the_range_to_the_nanosecond() {
        // GIVEN a ticket created at the first supported instant and resolved at the last
        Ticket t = Ticket.builder("T-1", Ticket.EARLIEST).firstResponse(Ticket.EARLIEST).resolved(LAST)
                .closed(LAST).interaction(Interaction.customerMessage(Ticket.EARLIEST))
                .interaction(Interaction.agentReply(LAST, "ana"))
                .statusChange(StatusChange.of(LAST, Status.CLOSED)).build();
        // THEN every instant comes back exactly
        assertThat(t.created()).isEqualTo(Ticket.EARLIEST);
        assertThat(t.firstResponse()).contains(Ticket.EARLIEST);
        assertThat(t.resolved()).contains(LAST);
        assertThat(t.closed()).contains(LAST);
        assertThat(t.firstReply(false)).contains(LAST);
        assertThat(t.firstResolved()).contains(LAST);
        assertThat(t.interactions()).extracting(Interaction::at).containsExactly(Ticket.EARLIEST, LAST);
        assertThat(t.statusHistory()).extracting(StatusChange::at).containsExactly(LAST);
        assertThat(t.timeline().segmentStart(1)).isEqualTo(LAST);
    }

    @Test
    void should_refuse_a_ticket_instant_outside_the_range_naming_field_ticket_range_and_value() {
        // WHEN / THEN the builder refuses at once, where the instant enters
        assertThatThrownBy(() -> Ticket.builder("T-2", BEFORE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must be in the supported range " + RANGE
                        + ": ticket T-2, created 1899-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> Ticket.builder("T-3", Ticket.LATEST_EXCLUSIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must be in the supported range " + RANGE
                        + ": ticket T-3, created 2100-01-01T00:00:00Z");
        Ticket.Builder b = Ticket.builder("T-4", Ticket.EARLIEST);
        assertThatThrownBy(() -> b.firstResponse(Ticket.LATEST_EXCLUSIVE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("firstResponse must be in the supported range " + RANGE
                        + ": ticket T-4, firstResponse 2100-01-01T00:00:00Z");
        assertThatThrownBy(() -> b.resolved(Instant.MAX)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must be in the supported range " + RANGE
                        + ": ticket T-4, resolved +1000000000-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> b.closed(Ticket.LATEST_EXCLUSIVE.plusSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("closed must be in the supported range " + RANGE
                        + ": ticket T-4, closed 2100-01-01T00:00:01Z");
        // AND the builder that refused is still usable
        assertThat(b.resolved(LAST).build().resolved()).contains(LAST);
    }

    @Test
    void should_refuse_an_instant_outside_the_range_in_the_ticket_constructor() {
        assertThatThrownBy(() -> ticket(BEFORE, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("created must be in the supported range " + RANGE
                        + ": ticket T-5, created 1899-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> ticket(Ticket.EARLIEST, Optional.of(Instant.MIN), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("firstResponse must be in the supported range " + RANGE + ": ticket T-5");
        assertThatThrownBy(() -> ticket(Ticket.EARLIEST, Optional.empty(), Optional.of(Ticket.LATEST_EXCLUSIVE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resolved must be in the supported range " + RANGE
                        + ": ticket T-5, resolved 2100-01-01T00:00:00Z");
        assertThat(ticket(Ticket.EARLIEST, Optional.of(LAST), Optional.of(LAST)).resolved()).contains(LAST);
    }

    private static Ticket ticket(Instant created, Optional<Instant> firstResponse, Optional<Instant> resolved) {
        return new Ticket("T-5", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(),
                resolved.isPresent() ? Status.SOLVED : Status.NEW, created, firstResponse, resolved,
                Optional.empty(), 0, false, false, Optional.empty(), Map.of(), List.of(), List.of());
    }

    @Test
    void should_refuse_an_interaction_or_status_change_outside_the_range() {
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, BEFORE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must be in the supported range " + RANGE + ": interaction (no id) (CALL at"
                        + " 1899-12-31T23:59:59.999999999Z), at 1899-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> Interaction.agentReply(Ticket.LATEST_EXCLUSIVE, "ana"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("at must be in the supported range " + RANGE);
        assertThatThrownBy(() -> new Interaction(Optional.of("I-1"), Optional.empty(), InteractionKind.CHAT,
                        Actor.AGENT, Optional.empty(), Optional.empty(), Ticket.LATEST_EXCLUSIVE, Optional.empty(),
                        Direction.INBOUND, Duration.ZERO, false, Duration.ZERO, Duration.ZERO, Duration.ZERO,
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must be in the supported range " + RANGE + ": interaction I-1 (CHAT at"
                        + " 2100-01-01T00:00:00Z), at 2100-01-01T00:00:00Z");
        assertThatThrownBy(() -> StatusChange.of(BEFORE, Status.OPEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must be in the supported range " + RANGE
                        + ": status change to OPEN, at 1899-12-31T23:59:59.999999999Z");
        assertThatThrownBy(() -> new StatusChange(Ticket.LATEST_EXCLUSIVE, Status.SOLVED, Optional.empty(),
                        Optional.of("ana")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at must be in the supported range " + RANGE
                        + ": status change to SOLVED, at 2100-01-01T00:00:00Z");
        // AND both ends of the range are accepted
        assertThat(Interaction.botReply(Ticket.EARLIEST).at()).isEqualTo(Ticket.EARLIEST);
        assertThat(Interaction.botReply(LAST).at()).isEqualTo(LAST);
        assertThat(StatusChange.of(Ticket.EARLIEST, Status.OPEN).at()).isEqualTo(Ticket.EARLIEST);
        assertThat(StatusChange.of(LAST, Status.OPEN).at()).isEqualTo(LAST);
    }

    @Test
    void should_refuse_a_duration_longer_than_a_long_of_nanoseconds_naming_the_field_and_the_value() {
        Duration longest = Duration.ofNanos(Long.MAX_VALUE);
        Duration tooLong = longest.plusNanos(1);
        String self = "interaction C-1 (CALL at 2024-03-01T10:00:00Z)";
        Instant at = Instant.parse("2024-03-01T10:00:00Z");
        List<Consumer<Interaction.Builder>> setters = List.of(b -> b.queueWait(tooLong), b -> b.talk(tooLong),
                b -> b.hold(tooLong), b -> b.afterContact(tooLong));
        List<String> fields = List.of("queueWait", "talk", "hold", "afterContact");
        for (int i = 0; i < setters.size(); i++) {
            Interaction.Builder b = Interaction.builder(InteractionKind.CALL, at).id("C-1");
            setters.get(i).accept(b);
            assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(fields.get(i) + " must fit in a long of nanoseconds (at most"
                            + " PT2562047H47M16.854775807S): " + self + ", " + fields.get(i)
                            + " PT2562047H47M16.854775808S");
        }
        assertThatThrownBy(() -> Interaction.builder(InteractionKind.CALL, at).id("C-1")
                        .talk(Duration.ofDays(200_000)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("talk must fit in a long of nanoseconds (at most PT2562047H47M16.854775807S): " + self
                        + ", talk PT4800000H");
        // AND the longest one is kept whole, and so is a sum of them
        Interaction call = Interaction.builder(InteractionKind.CALL, at).queueWait(longest).talk(longest)
                .hold(longest).afterContact(longest).build();
        assertThat(call.queueWait()).contains(longest);
        assertThat(call.afterContact()).isEqualTo(longest);
        assertThat(call.handleTime()).isEqualTo(longest.multipliedBy(3));
    }

    @Test
    void should_find_the_reply_facts_of_a_ticket_with_more_interactions_than_a_char_counts() {
        // GIVEN 70,000 interactions: customer messages, and an agent reply every tenth, the first at index 5,000
        Instant created = Instant.parse("2024-03-01T10:00:00Z");
        List<Interaction> is = new ArrayList<>();
        int agentReplies = 0;
        for (int i = 0; i < 70_000; i++) {
            Instant at = created.plusSeconds(i);
            boolean reply = i >= 5_000 && i % 10 == 0;
            is.add(reply ? Interaction.agentReply(at, "ana") : i == 4_000 ? Interaction.botReply(at)
                    : Interaction.customerMessage(at));
            agentReplies += reply ? 1 : 0;
        }
        Ticket t = Ticket.builder("T-6", created).assignee("ana").interactions(is).build();
        // THEN
        assertThat(t.interactions()).hasSize(70_000).isEqualTo(is);
        assertThat(t.interactionCount()).isEqualTo(70_000);
        assertThat(t.replyCount(false)).isEqualTo(agentReplies);
        assertThat(t.replyCount(true)).isEqualTo(agentReplies + 1);
        assertThat(t.firstReply(false)).contains(created.plusSeconds(5_000));
        assertThat(t.firstReply(true)).contains(created.plusSeconds(4_000));
        assertThat(t.toBuilder().build()).isEqualTo(t);
    }

    @Test
    void should_show_its_values_as_a_record_does() {
        Instant created = Instant.parse("2024-03-04T09:00:00.000000001Z");
        Ticket t = Ticket.builder("T-7", created).customerId("C-1").channel(Channel.EMAIL).priority(Priority.HIGH)
                .assignee("ana").resolved(created.plusSeconds(60)).attribute("tier", "pro")
                .interaction(Interaction.agentReply(created.plusSeconds(30), "ana")).build();
        assertThat(t).hasToString("Ticket[id=T-7, customerId=Optional[C-1], channel=Optional[email],"
                + " priority=Optional[HIGH], category=Optional.empty, product=Optional.empty, team=Optional.empty,"
                + " assignee=Optional[ana], status=SOLVED, created=2024-03-04T09:00:00.000000001Z,"
                + " firstResponse=Optional.empty, resolved=Optional[2024-03-04T09:01:00.000000001Z],"
                + " closed=Optional.empty, reopenCount=0, escalated=false, transferred=false,"
                + " resolutionCode=Optional.empty, origin=Optional.empty, attributes={tier=pro},"
                + " interactions=[Interaction[id=Optional.empty, ticketId=Optional.empty, kind=AGENT_REPLY,"
                + " actor=AGENT, agentId=Optional[ana],"
                + " customerId=Optional.empty, at=2024-03-04T09:00:30.000000001Z, channel=Optional.empty,"
                + " direction=INBOUND, queueWait=Optional[PT0S], abandoned=false, talk=PT0S, hold=PT0S, afterContact=PT0S,"
                + " articleId=Optional.empty, outcome=Optional.empty, routedToAgentId=Optional.empty]],"
                + " statusHistory=[]]");
        assertThat(StatusChange.of(created, Status.OPEN).withAgentId("ben"))
                .hasToString("StatusChange[at=2024-03-04T09:00:00.000000001Z, to=OPEN, sourceName=Optional.empty,"
                        + " agentId=Optional[ben]]");
    }

    @Test
    void should_keep_no_attributes_map_and_give_an_empty_unmodifiable_one() {
        Ticket t = Ticket.builder("T-8", Ticket.EARLIEST).build();
        assertThat(t.attributes()).isEmpty();
        assertThat(t.attribute("tier")).isEmpty();
        assertThatThrownBy(() -> t.attributes().put("tier", "pro"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.interactions().add(Interaction.customerMessage(Ticket.EARLIEST)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> t.statusHistory().add(StatusChange.of(Ticket.EARLIEST, Status.OPEN)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void should_keep_the_common_channel_constant_rather_than_a_copy() {
        // GIVEN channels parsed from an export row, a new object each
        Ticket t = Ticket.builder("T-9", Ticket.EARLIEST).channel(Channel.of(" EMAIL "))
                .interaction(Interaction.builder(InteractionKind.CHAT, Ticket.EARLIEST).channel(Channel.of("Chat"))
                        .build())
                .build();
        // THEN the values hold the constants, and another channel as given
        assertThat(t.channel()).containsSame(Channel.EMAIL);
        assertThat(t.interactions().get(0).channel()).containsSame(Channel.CHAT);
        Channel pigeon = Channel.of("Carrier Pigeon");
        assertThat(Ticket.builder("T-10", Ticket.EARLIEST).channel(pigeon).build().channel()).containsSame(pigeon);
    }
}
