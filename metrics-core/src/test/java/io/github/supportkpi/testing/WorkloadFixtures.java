package io.github.supportkpi.testing;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.time.Instant;

/** Small hand-made records for the workload example tests. */
public final class WorkloadFixtures {
    private WorkloadFixtures() {}

    public static final Instant T0 = Instant.parse("2024-03-04T09:00:00Z");
    private static int next;

    /** A ticket assigned to {@code agent} (or unassigned when null) with {@code replies} agent replies. */
    public static Ticket ticket(String agent, int replies, boolean resolved) {
        Ticket.Builder b = Ticket.builder("T-" + (++next), T0).assignee(agent).channel(Channel.EMAIL)
                .interaction(Interaction.customerMessage(T0));
        for (int i = 0; i < replies; i++) {
            b.interaction(Interaction.agentReply(T0.plusSeconds(60L * (i + 1)), agent == null ? "ana" : agent));
        }
        if (resolved) {
            b.resolved(T0.plusSeconds(3600));
        }
        return b.build();
    }

    public static Ticket ticket(Channel channel, String category) {
        return Ticket.builder("T-" + (++next), T0).channel(channel).category(category).build();
    }

    public static AgentSession session(String agent, long hours) {
        return new AgentSession(agent, T0, T0.plus(Duration.ofHours(hours)));
    }

    public static StatusChange byAgent(Status to, String agent) {
        return StatusChange.of(T0.plusSeconds(30), to).withAgentId(agent);
    }
}
