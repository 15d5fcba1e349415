package io.github.supportkpi.domain;

import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

/**
 * The facts of a ticket are what its accessors say, however they are derived: from the ticket, or from a
 * row of a {@link TicketTable}.
 */
class TicketFactsPropertiesTest {

    private static long nanos(Optional<Instant> i) {
        return i.map(TicketFacts::nanos).orElse(TicketFacts.ABSENT);
    }

    private static void assertFactsOf(Ticket t, TicketFacts f) {
        assertThat(f.ticket()).isSameAs(t);
        assertThat(f.created()).isEqualTo(TicketFacts.nanos(t.created()));
        assertThat(TicketFacts.instant(f.created())).isEqualTo(t.created());
        assertThat(f.resolved()).isEqualTo(nanos(t.resolved()));
        assertThat(f.firstResolved()).isEqualTo(nanos(t.firstResolved()));
        assertThat(f.closed()).isEqualTo(nanos(t.closed()));
        for (boolean bots : new boolean[] {false, true}) {
            assertThat(f.firstReply(bots)).isEqualTo(nanos(t.firstReply(bots)));
            assertThat(f.replyCount(bots)).isEqualTo(t.replyCount(bots));
        }
        assertThat(f.reopenCount()).isEqualTo(t.reopenCount());
        assertThat(f.isReopened()).isEqualTo(t.isReopened());
        assertThat(f.status()).isEqualTo(t.status());
        assertThat(f.isResolved()).isEqualTo(t.isResolved());
        assertThat(Optional.ofNullable(f.channel())).isEqualTo(t.channel());
        assertThat(Optional.ofNullable(f.priority())).isEqualTo(t.priority());
        assertThat(Optional.ofNullable(f.category())).isEqualTo(t.category());
        assertThat(f.escalated()).isEqualTo(t.escalated());
        assertThat(f.transferred()).isEqualTo(t.transferred());
        assertThat(f.hasStatusHistory()).isEqualTo(!t.statusHistory().isEmpty());
    }

    @Test
    void facts_loaded_from_a_ticket_or_a_table_row_are_the_tickets_values() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), Sources.ticketsWithHistory())
                .checkAssert((a, b) -> {
                    List<Ticket> ts = new ArrayList<>(a);
                    ts.addAll(b);
                    TicketTable table = TicketTable.of(ts);
                    assertThat(table).hasSize(ts.size()).containsExactlyElementsOf(ts);
                    TicketFacts fromTicket = new TicketFacts();
                    TicketFacts fromRow = new TicketFacts();
                    for (int row = 0; row < ts.size(); row++) {
                        assertFactsOf(ts.get(row), fromTicket.load(ts.get(row)));
                        assertFactsOf(ts.get(row), table.load(row, fromRow));
                    }
                });
    }

    @Test
    void a_table_refuses_a_missing_ticket_naming_its_row_and_rows_outside_it() {
        Ticket t = Ticket.builder("T-1", Instant.parse("2024-03-04T10:00:00Z")).build();
        List<Ticket> withNull = new ArrayList<>(List.of(t, t));
        withNull.add(null);
        assertThatThrownBy(() -> TicketTable.of(withNull)).isInstanceOf(NullPointerException.class)
                .hasMessage("ticket at row 2");
        TicketTable table = TicketTable.of(List.of(t));
        assertThatThrownBy(() -> table.load(1, new TicketFacts())).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> new TicketFacts().load(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("ticket");
    }

    @Test
    void epoch_nanoseconds_round_trip_and_refuse_instants_beyond_their_range() {
        Instant i = Instant.parse("2024-03-04T10:00:00.123456789Z");
        assertThat(TicketFacts.nanos(i)).isEqualTo(1_709_546_400_123_456_789L);
        assertThat(TicketFacts.instant(TicketFacts.nanos(i))).isEqualTo(i);
        Instant before = Instant.parse("1969-12-31T23:59:59.5Z");
        assertThat(TicketFacts.nanos(before)).isEqualTo(-500_000_000L);
        assertThat(TicketFacts.instant(-500_000_000L)).isEqualTo(before);
        assertThatThrownBy(() -> TicketFacts.nanos(Instant.parse("2300-01-01T00:00:00Z")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2300-01-01T00:00:00Z");
    }
}
