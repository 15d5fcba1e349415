package io.github.supportkpi.domain;

import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The ticket builder over generated tickets: copies are exact and no setter changes another field. */
class TicketPropertiesTest {

    @Test
    void a_copy_through_to_builder_equals_the_ticket() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets()).checkAssert(ts ->
                ts.forEach(t -> assertThat(t.toBuilder().build()).isEqualTo(t)));
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory()).checkAssert(ts ->
                ts.forEach(t -> assertThat(t.toBuilder().build()).isEqualTo(t)));
    }

    @Test
    void every_field_set_on_a_new_builder_in_any_order_gives_the_ticket_back() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), longs().all()).checkAssert((ts, seed) ->
                ts.forEach(t -> assertThat(rebuilt(t, new Random(seed))).isEqualTo(t)));
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory(), longs().all())
                .checkAssert((ts, seed) -> ts.forEach(t -> assertThat(rebuilt(t, new Random(seed))).isEqualTo(t)));
    }

    /** The ticket built anew: every field set once, status included, in a shuffled order. */
    private static Ticket rebuilt(Ticket t, Random random) {
        List<Consumer<Ticket.Builder>> setters = new ArrayList<>(List.of(
                b -> b.customerId(t.customerId().orElse(null)),
                b -> b.channel(t.channel().orElse(null)),
                b -> b.priority(t.priority().orElse(null)),
                b -> b.category(t.category().orElse(null)),
                b -> b.product(t.product().orElse(null)),
                b -> b.team(t.team().orElse(null)),
                b -> b.assignee(t.assignee().orElse(null)),
                b -> b.status(t.status()),
                b -> b.statusName(t.statusName().orElse(null)),
                b -> b.firstResponse(t.firstResponse().orElse(null)),
                b -> b.resolved(t.resolved().orElse(null)),
                b -> b.closed(t.closed().orElse(null)),
                b -> b.reopenCount(t.reopenCount()),
                b -> b.escalated(t.escalated()),
                b -> b.transferred(t.transferred()),
                b -> b.resolutionCode(t.resolutionCode().orElse(null)),
                b -> t.attributes().forEach(b::attribute),
                b -> b.interactions(t.interactions()),
                b -> t.statusHistory().forEach(b::statusChange)));
        Collections.shuffle(setters, random);
        Ticket.Builder b = Ticket.builder(t.id(), t.created());
        setters.forEach(s -> s.accept(b));
        return b.build();
    }
}
