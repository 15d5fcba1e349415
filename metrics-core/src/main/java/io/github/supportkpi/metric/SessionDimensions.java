package io.github.supportkpi.metric;

import io.github.supportkpi.domain.AgentSession;

/** The standard dimensions of agent sessions. {@link #AGENT} is a high-cardinality dimension. */
public final class SessionDimensions {
    private SessionDimensions() {}

    /**
     * By agent, named {@code agent} like {@link TicketDimensions#AGENT} and {@link InteractionDimensions#AGENT},
     * so that tallies of tickets or interactions and of sessions segmented by agent merge (the agent-work
     * tally of the workload metrics).
     */
    public static final Dimension<AgentSession, String> AGENT = Dimension.of("agent", AgentSession::agentId);
}
