package io.github.supportkpi.workload;

/**
 * Which replies count in replies per ticket (catalogue M40, [001], [002]). Immutable and thread-safe.
 *
 * <ul><li>{@code includeBots} (default false): whether bot and automated replies count besides human
 * agent replies.</li></ul>
 *
 * @param includeBots whether bot and automated replies count
 */
public record ReplyDefinition(boolean includeBots) {
    /** Human agent replies only. */
    public static final ReplyDefinition DEFAULT = new ReplyDefinition(false);

    /** @param v whether bot replies count @return a copy */
    public ReplyDefinition withIncludeBots(boolean v) {
        return new ReplyDefinition(v);
    }
}
