package io.github.supportkpi.domain;

import io.github.supportkpi.testing.TallyContract;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The compact ticket over values drawn to reach every corner of its packed form ({@link TicketValues}):
 * what goes in comes back out, through the public accessors and the package's primitive ones, copies are
 * equal, and a ticket differing in any one value is not equal.
 */
class TicketValuesPropertiesTest {
    private static final int EXAMPLES = 4 * TallyContract.EXAMPLES;

    private static Gen<TicketValues> values() {
        return longs().all().map(TicketValues::random).describedAs(TicketValues::toString);
    }

    private static long nanos(Optional<Instant> at) {
        return at.map(TicketValues::nanos).orElse(Ticket.ABSENT_NANOS);
    }

    @Test
    void every_accessor_gives_back_the_value_the_ticket_was_built_with() {
        qt().withExamples(EXAMPLES).forAll(values()).checkAssert(v -> {
            for (Ticket t : List.of(v.build(), v.construct())) {
                assertThat(t.id()).isEqualTo(v.id);
                assertThat(t.customerId()).isEqualTo(Optional.ofNullable(v.customerId));
                assertThat(t.channel()).isEqualTo(Optional.ofNullable(v.channel));
                assertThat(t.priority()).isEqualTo(Optional.ofNullable(v.priority));
                assertThat(t.category()).isEqualTo(Optional.ofNullable(v.category));
                assertThat(t.product()).isEqualTo(Optional.ofNullable(v.product));
                assertThat(t.team()).isEqualTo(Optional.ofNullable(v.team));
                assertThat(t.assignee()).isEqualTo(Optional.ofNullable(v.assignee));
                assertThat(t.status()).isEqualTo(v.status);
                assertThat(t.created()).isEqualTo(v.created);
                assertThat(t.firstResponse()).isEqualTo(Optional.ofNullable(v.firstResponse));
                assertThat(t.resolved()).isEqualTo(Optional.ofNullable(v.resolved));
                assertThat(t.closed()).isEqualTo(Optional.ofNullable(v.closed));
                assertThat(t.reopenCount()).isEqualTo(v.reopenCount);
                assertThat(t.escalated()).isEqualTo(v.escalated);
                assertThat(t.transferred()).isEqualTo(v.transferred);
                assertThat(t.resolutionCode()).isEqualTo(Optional.ofNullable(v.resolutionCode));
                assertThat(t.origin()).isEqualTo(Optional.ofNullable(v.origin));
                assertThat(t.attributes()).isEqualTo(v.attributes);
                assertThat(new ArrayList<>(t.attributes().entrySet()))
                        .isEqualTo(new ArrayList<>(v.attributes.entrySet()));
                v.attributes.forEach((name, value) -> assertThat(t.attribute(name)).contains(value));
                assertThat(t.attribute("absent")).isEmpty();
                assertThat(t.interactions()).isEqualTo(v.interactionsInTimeOrder());
                assertThat(t.statusHistory()).isEqualTo(v.history);
                assertThat(t.isResolved()).isEqualTo(v.status.isResolved());
            }
        });
    }

    @Test
    void the_facts_found_with_the_ticket_agree_with_a_walk_of_its_values() {
        qt().withExamples(EXAMPLES).forAll(values()).checkAssert(v -> {
            Ticket t = v.build();
            List<Interaction> sorted = v.interactionsInTimeOrder();
            for (boolean bots : new boolean[] {false, true}) {
                Optional<Instant> first = sorted.isEmpty() ? Optional.ofNullable(v.firstResponse)
                        : sorted.stream().filter(i -> i.isReply(bots)).map(Interaction::at).findFirst();
                assertThat(t.firstReply(bots)).as("first reply, bots %s", bots).isEqualTo(first);
                assertThat(t.replyCount(bots)).isEqualTo((int) sorted.stream().filter(i -> i.isReply(bots)).count());
            }
            Optional<Instant> firstResolved = v.history.isEmpty() ? Optional.ofNullable(v.resolved)
                    : v.history.stream().filter(c -> c.to().isResolved()).map(StatusChange::at).findFirst();
            assertThat(t.firstResolved()).isEqualTo(firstResolved);
            int reopens = 0;
            for (int i = 1; i < v.history.size(); i++) {
                reopens += v.history.get(i - 1).to().isResolved() && !v.history.get(i).to().isResolved() ? 1 : 0;
            }
            assertThat(t.reopensInHistory()).isEqualTo(reopens);
        });
    }

    @Test
    void the_primitive_accessors_agree_with_the_public_ones() {
        qt().withExamples(EXAMPLES).forAll(values()).checkAssert(v -> {
            Ticket t = v.build();
            assertThat(t.createdNanos()).isEqualTo(TicketValues.nanos(t.created()));
            assertThat(t.resolvedNanos()).isEqualTo(nanos(t.resolved()));
            assertThat(t.closedNanos()).isEqualTo(nanos(t.closed()));
            assertThat(t.firstResponseNanos()).isEqualTo(nanos(t.firstResponse()));
            assertThat(t.firstResolvedNanos()).isEqualTo(nanos(t.firstResolved()));
            assertThat(t.firstReplyNanos(false)).isEqualTo(nanos(t.firstReply(false)));
            assertThat(t.firstReplyNanos(true)).isEqualTo(nanos(t.firstReply(true)));
            assertThat(t.channelOrNull()).isEqualTo(t.channel().orElse(null));
            assertThat(t.priorityOrNull()).isEqualTo(t.priority().orElse(null));
            assertThat(t.assigneeOrNull()).isEqualTo(t.assignee().orElse(null));
            assertThat(t.categoryOrNull()).isEqualTo(t.category().orElse(null));
            assertThat(t.teamOrNull()).isEqualTo(t.team().orElse(null));
            assertThat(t.customerIdOrNull()).isEqualTo(t.customerId().orElse(null));
            assertThat(t.productOrNull()).isEqualTo(t.product().orElse(null));
            List<Interaction> is = t.interactions();
            assertThat(t.interactionCount()).isEqualTo(is.size()).isEqualTo(v.interactions.size());
            for (int i = 0; i < is.size(); i++) {
                assertThat(t.interactionAtNanos(i)).isEqualTo(TicketValues.nanos(is.get(i).at()));
                assertThat(t.interactionKind(i)).isEqualTo(is.get(i).kind());
            }
            StatusTimeline tl = t.timeline();
            for (ResolutionPoint p : ResolutionPoint.values()) {
                assertThat(tl.resolutionNanos(p)).isEqualTo(nanos(tl.resolution(p)));
            }
            for (int s = 0; s < tl.segmentCount(); s++) {
                assertThat(tl.segmentStartNanos(s)).isEqualTo(TicketValues.nanos(tl.segmentStart(s)));
            }
        });
    }

    @Test
    void a_copy_is_equal_with_the_same_hash_and_text_however_it_was_made() {
        qt().withExamples(EXAMPLES).forAll(values()).checkAssert(v -> {
            Ticket built = v.build();
            Ticket constructed = v.construct();
            Ticket copied = built.toBuilder().build();
            Ticket rebuilt = new Ticket(built.id(), built.customerId(), built.channel(), built.priority(),
                    built.category(), built.product(), built.team(), built.assignee(), built.status(),
                    built.created(), built.firstResponse(), built.resolved(), built.closed(), built.reopenCount(),
                    built.escalated(), built.transferred(), built.resolutionCode(), built.attributes(),
                    built.interactions(), built.statusHistory())
                    .toBuilder().origin(built.origin().orElse(null)).build(); // the constructor has no origin
            for (Ticket t : List.of(constructed, copied, rebuilt)) {
                assertThat(t).isEqualTo(built).hasSameHashCodeAs(built).hasToString(built.toString());
                assertThat(t.timeline()).isEqualTo(built.timeline()).hasSameHashCodeAs(built.timeline());
            }
            assertThat(built.interactions()).hasSameHashCodeAs(v.interactionsInTimeOrder());
            assertThat(built.statusHistory()).hasSameHashCodeAs(v.history);
        });
    }

    @Test
    void the_text_shows_every_value_as_a_record_does() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(values()).checkAssert(v -> {
            Ticket t = v.build();
            assertThat(t.toString()).isEqualTo("Ticket[id=" + v.id + ", customerId=" + t.customerId() + ", channel="
                    + t.channel() + ", priority=" + t.priority() + ", category=" + t.category() + ", product="
                    + t.product() + ", team=" + t.team() + ", assignee=" + t.assignee() + ", status=" + v.status
                    + (v.history.isEmpty() || v.history.get(v.history.size() - 1).sourceName().isEmpty() ? ""
                            : ", statusName=" + v.history.get(v.history.size() - 1).sourceName())
                    + ", created=" + v.created + ", firstResponse=" + t.firstResponse() + ", resolved="
                    + t.resolved() + ", closed=" + t.closed() + ", reopenCount=" + v.reopenCount + ", escalated="
                    + v.escalated + ", transferred=" + v.transferred + ", resolutionCode=" + t.resolutionCode()
                    + ", origin=" + t.origin() + ", attributes=" + v.attributes + ", interactions="
                    + v.interactionsInTimeOrder() + ", statusHistory=" + v.history + "]");
        });
    }

    @Test
    void a_ticket_differing_in_any_one_value_is_not_equal() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(values()).checkAssert(v -> {
            Ticket t = v.construct();
            for (TicketValues changed : changes(v)) {
                Ticket other = changed.construct();
                assertThat(other).as("changed: %s", other).isNotEqualTo(t);
                assertThat(t).isNotEqualTo(other);
            }
        });
    }

    /** The values with one value changed, each in its own copy; only changes the ticket accepts. */
    private static List<TicketValues> changes(TicketValues v) {
        List<TicketValues> all = new ArrayList<>();
        Consumer<Consumer<TicketValues>> change = c -> {
            TicketValues copy = v.copy();
            c.accept(copy);
            all.add(copy);
        };
        change.accept(c -> {
            c.id = v.id + "x";
            c.interactions.replaceAll(i -> i.ticketId().isPresent() ? withTicketId(i, c.id) : i);
        });
        change.accept(c -> c.customerId = v.customerId == null ? "C-x" : null);
        change.accept(c -> c.channel = Channel.EMAIL.equals(v.channel) ? Channel.of("Carrier Pigeon") : Channel.EMAIL);
        change.accept(c -> c.priority = v.priority == Priority.LOW ? null : Priority.LOW);
        change.accept(c -> c.category = v.category == null ? "cat-x" : v.category + "x");
        change.accept(c -> c.product = v.product == null ? "api" : null);
        change.accept(c -> c.team = v.team == null ? "tier-x" : null);
        change.accept(c -> c.assignee = v.assignee == null ? "ana" : v.assignee + "x");
        if (v.history.isEmpty()) {
            change.accept(c -> c.status = v.status == Status.SOLVED ? Status.CLOSED : v.status == Status.CLOSED
                    ? Status.SOLVED : v.status == Status.OPEN ? Status.PENDING : Status.OPEN);
            change.accept(c -> c.reopenCount = v.reopenCount + 1);
        }
        if (v.created.isAfter(Ticket.EARLIEST)) {
            change.accept(c -> c.created = v.created.minusNanos(1));
        }
        change.accept(c -> c.firstResponse = v.firstResponse == null ? v.created : null);
        if (v.resolved != null && !v.resolved.equals(v.created)) {
            change.accept(c -> c.resolved = v.created);
        }
        if (v.resolved != null) {
            change.accept(c -> c.closed = v.closed == null ? v.resolved : null);
        }
        change.accept(c -> c.escalated = !v.escalated);
        change.accept(c -> c.transferred = !v.transferred);
        change.accept(c -> c.resolutionCode = v.resolutionCode == null ? "fixed" : null);
        change.accept(c -> c.origin = v.origin == null ? Origin.AGENT
                : v.origin == Origin.SYSTEM ? null : Origin.SYSTEM);
        change.accept(c -> c.attributes.put("extra", "x"));
        for (String name : v.attributes.keySet()) {
            change.accept(c -> c.attributes.put(name, c.attributes.get(name) + "x"));
            change.accept(c -> c.attributes.remove(name));
        }
        change.accept(c -> c.interactions.add(Interaction.customerMessage(v.created)));
        for (int i = 0; i < v.interactions.size(); i++) {
            int at = i;
            Interaction x = v.interactions.get(i);
            change.accept(c -> c.interactions.remove(at));
            for (Interaction y : interactionChanges(x, v)) {
                change.accept(c -> c.interactions.set(at, y));
            }
        }
        if (!v.history.isEmpty()) {
            int last = v.history.size() - 1;
            StatusChange c0 = v.history.get(last);
            change.accept(c -> c.history.add(StatusChange.of(c0.at(), c0.to()))); // the same status again
            change.accept(c -> c.history.set(last, new StatusChange(c0.at(), c0.to(),
                    Optional.of(c0.sourceName().orElse("") + "x"), c0.agentId())));
            change.accept(c -> c.history.set(last, new StatusChange(c0.at(), c0.to(), c0.sourceName(),
                    Optional.of(c0.agentId().orElse("") + "x"))));
            if (c0.at().isAfter(v.created)) {
                change.accept(c -> c.history.set(last, new StatusChange(c0.at().minusNanos(1), c0.to(),
                        c0.sourceName(), c0.agentId())));
            }
        }
        // a change must not break the order of a history or put an interaction before the creation
        all.removeIf(c -> !valid(c));
        return all;
    }

    private static boolean valid(TicketValues c) {
        try {
            c.construct();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Interaction withTicketId(Interaction i, String ticketId) {
        return new Interaction(i.id(), Optional.ofNullable(ticketId), i.kind(), i.actor(), i.agentId(),
                i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(),
                i.afterContact(), i.articleId());
    }

    /** An interaction with one value changed, for each value that can change alone. */
    private static List<Interaction> interactionChanges(Interaction i, TicketValues v) {
        List<Interaction> all = new ArrayList<>();
        all.add(new Interaction(i.id().isPresent() ? Optional.empty() : Optional.of("I-x"), i.ticketId(), i.kind(),
                i.actor(), i.agentId(), i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(),
                i.abandoned(), i.talk(), i.hold(), i.afterContact(), i.articleId()));
        all.add(withTicketId(i, i.ticketId().isPresent() ? null : v.id));
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(),
                i.agentId().isPresent() ? Optional.empty() : Optional.of(v.assignee == null ? "ana" : v.assignee),
                i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(),
                i.afterContact(), i.articleId()));
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), Optional.of(i.agentId().orElse("") + "x"),
                i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(),
                i.afterContact(), i.articleId()));
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(),
                i.customerId().isPresent() ? Optional.empty() : Optional.of("C-x"), i.at(), i.channel(),
                i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(), i.articleId()));
        Instant later = i.at().plusNanos(1);
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(),
                later.isBefore(Ticket.LATEST_EXCLUSIVE) ? later : i.at().minusNanos(1), i.channel(), i.direction(),
                i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(), i.articleId()));
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                i.channel().filter(Channel.PHONE::equals).isPresent() ? Optional.of(Channel.of("Carrier Pigeon"))
                        : Optional.of(Channel.PHONE),
                i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(), i.articleId()));
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                i.channel(), i.direction() == Direction.INBOUND ? Direction.OUTBOUND : Direction.INBOUND,
                i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(), i.articleId()));
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(),
                i.articleId().isPresent() ? Optional.empty() : Optional.of("KB-x")));
        if (!i.abandoned()) {
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                    i.channel(), i.direction(), i.queueWait(), false, i.talk().plusNanos(1), i.hold(),
                    i.afterContact(), i.articleId()));
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                    i.channel(), i.direction(), i.queueWait(), false, i.talk(), i.hold().plusNanos(1),
                    i.afterContact(), i.articleId()));
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                    i.channel(), i.direction(), i.queueWait(), false, i.talk(), i.hold(),
                    i.afterContact().plusNanos(1), i.articleId()));
        }
        if (i.kind().isQueued()) {
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                    i.channel(), i.direction(), Optional.of(i.queueWait().map(w -> w.plusNanos(1)).orElse(Duration.ZERO)),
                    i.abandoned(), i.talk(), i.hold(),
                    i.afterContact(), i.articleId()));
            if (i.handleTime().isZero()) {
                all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(),
                        i.at(), i.channel(), i.direction(), i.queueWait(), !i.abandoned(), i.talk(), i.hold(),
                        i.afterContact(), i.articleId()));
            }
            all.add(new Interaction(i.id(), i.ticketId(),
                    i.kind() == InteractionKind.CALL ? InteractionKind.CHAT : InteractionKind.CALL, i.actor(),
                    i.agentId(), i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(),
                    i.talk(), i.hold(), i.afterContact(), i.articleId()));
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor() == Actor.BOT ? Actor.AGENT : Actor.BOT,
                    i.agentId(), i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(),
                    i.talk(), i.hold(), i.afterContact(), i.articleId()));
        }
        all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(),
                i.articleId(), Optional.of(ContactOutcome.NOT_RESOLVED), Optional.empty()));
        if (i.kind().isQueued()) {
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(), i.customerId(), i.at(),
                    i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(), i.hold(), i.afterContact(),
                    i.articleId(), Optional.empty(), Optional.of("ana")));
        }
        if (i.kind() == InteractionKind.BOT_REPLY) {
            all.add(new Interaction(i.id(), i.ticketId(), i.kind(), i.actor() == Actor.BOT ? Actor.SYSTEM : Actor.BOT,
                    i.agentId(), i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(),
                    i.talk(), i.hold(), i.afterContact(), i.articleId()));
        }
        if (i.kind() == InteractionKind.AGENT_REPLY) {
            all.add(new Interaction(i.id(), i.ticketId(), InteractionKind.INTERNAL_NOTE, i.actor(), i.agentId(),
                    i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(),
                    i.hold(), i.afterContact(), i.articleId()));
        }
        return all;
    }

    @Test
    void an_interaction_gives_back_its_values_to_the_nanosecond() {
        qt().withExamples(EXAMPLES).forAll(values()).checkAssert(v -> {
            for (Interaction i : v.interactions) {
                Interaction copy = new Interaction(i.id(), i.ticketId(), i.kind(), i.actor(), i.agentId(),
                        i.customerId(), i.at(), i.channel(), i.direction(), i.queueWait(), i.abandoned(), i.talk(),
                        i.hold(), i.afterContact(), i.articleId());
                assertThat(copy).isEqualTo(i).hasSameHashCodeAs(i).hasToString(i.toString());
                assertThat(i.handleTime()).isEqualTo(i.talk().plus(i.hold()).plus(i.afterContact()));
                assertThat(i.toString()).isEqualTo("Interaction[id=" + i.id() + ", ticketId=" + i.ticketId()
                        + ", kind=" + i.kind() + ", actor=" + i.actor() + ", agentId=" + i.agentId()
                        + ", customerId=" + i.customerId() + ", at=" + i.at() + ", channel=" + i.channel()
                        + ", direction=" + i.direction() + ", queueWait=" + i.queueWait() + ", abandoned="
                        + i.abandoned() + ", talk=" + i.talk() + ", hold=" + i.hold() + ", afterContact="
                        + i.afterContact() + ", articleId=" + i.articleId() + ", outcome=" + i.outcome()
                        + ", routedToAgentId=" + i.routedToAgentId() + "]");
            }
            for (StatusChange c : v.history) {
                StatusChange copy = new StatusChange(c.at(), c.to(), c.sourceName(), c.agentId());
                assertThat(copy).isEqualTo(c).hasSameHashCodeAs(c).hasToString("StatusChange[at=" + c.at() + ", to="
                        + c.to() + ", sourceName=" + c.sourceName() + ", agentId=" + c.agentId() + "]");
            }
        });
    }

    @Test
    void the_attributes_cannot_change() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(values()).checkAssert(v -> {
            Map<String, String> attributes = v.build().attributes();
            assertThatThrownBy(() -> attributes.put("new", "x"))
                    .isInstanceOf(UnsupportedOperationException.class);
            if (!attributes.isEmpty()) {
                String name = attributes.keySet().iterator().next();
                assertThatThrownBy(() -> attributes.remove(name))
                        .isInstanceOf(UnsupportedOperationException.class);
                assertThatThrownBy(() -> attributes.entrySet().iterator().next()
                        .setValue("x")).isInstanceOf(UnsupportedOperationException.class);
            }
            assertThat(attributes).isEqualTo(v.attributes);
        });
    }
}
