package io.github.supportkpi.domain;

import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class AssignmentPropertiesTest {
    @Test
    void should_keep_the_history_in_time_order_agreeing_with_the_ticket_through_copies() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithAssignments()).checkAssert(ts -> {
            for (Ticket t : ts) {
                List<Assignment> history = t.assignments();
                Ticket copy = t.toBuilder().build();
                assertThat(copy).isEqualTo(t).hasSameHashCodeAs(t);
                assertThat(copy.assignments()).isEqualTo(history);
                for (int i = 1; i < history.size(); i++) {
                    assertThat(history.get(i).at()).isAfterOrEqualTo(history.get(i - 1).at());
                }
                if (!history.isEmpty()) {
                    Assignment last = history.get(history.size() - 1);
                    assertThat(t.assignee()).isEqualTo(last.assignee());
                    assertThat(t.team()).isEqualTo(last.group());
                    assertThat(history.get(0).at()).isAfterOrEqualTo(t.created());
                    // the same values without the history are another ticket
                    Ticket.Builder b = Ticket.builder(t.id(), t.created());
                    assertThat(b.build()).isNotEqualTo(Ticket.builder(t.id(), t.created())
                            .assignment(Assignment.unassigned(t.created())).build());
                }
                assertThat(t.firstReplier().isPresent())
                        .isEqualTo(t.interactions().stream().anyMatch(i -> i.isReply(false) && i.agentId().isPresent())
                                && t.interactions().stream().filter(i -> i.isReply(false)).findFirst()
                                        .flatMap(Interaction::agentId).isPresent());
            }
        });
    }
}
