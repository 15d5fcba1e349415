package io.github.supportkpi.workload;


/**
 * Which agent actions on a ticket count as touches (catalogue M39, [000], [001]). Immutable and thread-safe.
 *
 * <ul>
 *   <li>{@code replies} (default true): public agent replies ({@code AGENT_REPLY}).</li>
 *   <li>{@code notes} (default true): internal notes written by a human agent (actor {@code AGENT}).</li>
 *   <li>{@code statusChanges} (default true): status changes made by an agent
 *       ({@code StatusChange.agentId()} present).</li>
 *   <li>{@code includeBots} (default false): also bot and automated replies ({@code BOT_REPLY}) and internal
 *       notes written by bots or the system, when {@code replies} or {@code notes} respectively is on.</li>
 * </ul>
 * At least one of {@code replies}, {@code notes}, {@code statusChanges} must be on.
 *
 * @param replies whether public replies count
 * @param notes whether internal notes count
 * @param statusChanges whether status changes made by an agent count
 * @param includeBots whether bot and system replies and notes count too
 */
public record TouchDefinition(boolean replies, boolean notes, boolean statusChanges, boolean includeBots) {
    /** Agent replies, agent notes and agent status changes; no bots. */
    public static final TouchDefinition DEFAULT = new TouchDefinition(true, true, true, false);

    /**
     * Validates the knobs.
     *
     * @throws IllegalArgumentException if no kind of action counts
     */
    public TouchDefinition {
        if (!replies && !notes && !statusChanges) {
            throw new IllegalArgumentException(
                    "touches must count at least one kind of action: replies=false, notes=false, statusChanges=false");
        }
    }

    /** @param v whether replies count @return a copy */
    public TouchDefinition withReplies(boolean v) {
        return new TouchDefinition(v, notes, statusChanges, includeBots);
    }

    /** @param v whether internal notes count @return a copy */
    public TouchDefinition withNotes(boolean v) {
        return new TouchDefinition(replies, v, statusChanges, includeBots);
    }

    /** @param v whether agent status changes count @return a copy */
    public TouchDefinition withStatusChanges(boolean v) {
        return new TouchDefinition(replies, notes, v, includeBots);
    }

    /** @param v whether bot replies and notes count @return a copy */
    public TouchDefinition withIncludeBots(boolean v) {
        return new TouchDefinition(replies, notes, statusChanges, v);
    }
}
