package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.SurveyResponse;

/** The standard dimensions of survey responses. {@link #AGENT} is a high-cardinality dimension. */
public final class SurveyDimensions {
    private SurveyDimensions() {}

    /** By the channel of the contact the response is about. */
    public static final Dimension<SurveyResponse, Channel> CHANNEL =
            Dimension.of("channel", r -> r.channel().orElse(null));
    /** By the agent the response is about: high cardinality. */
    public static final Dimension<SurveyResponse, String> AGENT = Dimension.of("agent", r -> r.agentId().orElse(null));
}
