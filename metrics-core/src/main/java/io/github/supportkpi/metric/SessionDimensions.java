package io.github.supportkpi.metric;

import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.workload.AgentWork;

/** The standard dimensions of agent sessions. {@link #AGENT} is a high-cardinality dimension. */
public final class SessionDimensions {
    private SessionDimensions() {}

    /**
     * By agent, named {@code agent} like {@link TicketDimensions#AGENT} and {@link InteractionDimensions#AGENT},
     * so that segmented {@link AgentWork} tallies of tickets or interactions and of sessions merge.
     */
    public static final Dimension<AgentSession, String> AGENT = Dimension.of("agent", AgentSession::agentId);
}
