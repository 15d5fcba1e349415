package io.github.supportkpi.metric;

import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import java.util.Objects;

/**
 * The standard dimensions of survey responses (and, for {@link #attribute}, of invitations). {@link #AGENT} is
 * a high-cardinality dimension.
 */
public final class SurveyDimensions {
    private SurveyDimensions() {}

    /** By the channel of the contact the response is about. */
    public static final Dimension<SurveyResponse, Channel> CHANNEL =
            Dimension.of("channel", r -> r.channel().orElse(null));
    /** By the agent the response is about: high cardinality. */
    public static final Dimension<SurveyResponse, String> AGENT = Dimension.of("agent", r -> r.agentId().orElse(null));

    /**
     * By a free attribute of an answer or an invitation, such as {@code team}: a record without it is in the
     * segmented tally's absent part, so the segments and the absent part add up to the total.
     *
     * @param name the attribute name, also the dimension's name
     * @return the dimension
     */
    public static Dimension<SurveyRecord, String> attribute(String name) {
        Objects.requireNonNull(name, "name");
        return Dimension.of(name, r -> r.attributes().get(name));
    }
}
