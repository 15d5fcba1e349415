package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What the metrics of one pass read of a ticket, derived once: its instants as epoch nanoseconds, its first
 * replies, first and final resolution, reply counts, status and the fields reports segment by. A reusable
 * cursor, not a value: a pass {@linkplain #load(Ticket) loads} each ticket (or a {@link TicketTable} loads
 * each row) into one instance and hands it to every metric of the pass, so no metric walks the ticket's
 * interactions or status history again for a fact found here. Not thread-safe: one instance per thread.
 *
 * <p>Absent instants read {@link #ABSENT}. What is not here (attributes, the status timeline, interactions)
 * a metric reads from {@link #ticket()}, which is always the ticket the facts were derived from.
 */
public final class TicketFacts {
    /** The value of an absent instant: {@link Long#MIN_VALUE}. */
    public static final long ABSENT = Ticket.ABSENT_NANOS;

    Ticket ticket;
    long created;
    long resolved;
    long firstResolved;
    long closed;
    long firstReplyByAgents;
    long firstReplyIncludingBots;
    int repliesByAgents;
    int repliesIncludingBots;
    int reopenCount;
    Status status;
    Channel channel;
    Priority priority;
    String category;
    boolean escalated;
    boolean transferred;
    boolean statusHistory;

    /** An empty cursor; {@link #load(Ticket)} fills it. */
    public TicketFacts() {}

    /**
     * Derives the facts of a ticket into this cursor, replacing the previous ticket's.
     *
     * @param t the ticket
     * @return this cursor
     * @throws NullPointerException if the ticket is null
     */
    public TicketFacts load(Ticket t) {
        Objects.requireNonNull(t, "ticket");
        ticket = t;
        created = t.createdNanos();
        resolved = t.resolvedNanos();
        firstResolved = t.firstResolvedNanos();
        closed = t.closedNanos();
        firstReplyByAgents = t.firstReplyNanos(false);
        firstReplyIncludingBots = t.firstReplyNanos(true);
        repliesByAgents = t.replyCount(false);
        repliesIncludingBots = t.replyCount(true);
        reopenCount = t.reopenCount();
        status = t.status();
        channel = t.channelOrNull();
        priority = t.priorityOrNull();
        category = t.categoryOrNull();
        escalated = t.escalated();
        transferred = t.transferred();
        statusHistory = t.history() != null;
        return this;
    }

    /**
     * Epoch nanoseconds of an instant.
     *
     * @param instant the instant
     * @return nanoseconds since 1970-01-01T00:00:00Z
     * @throws IllegalArgumentException if the instant is outside about 1677-2262, where nanoseconds overflow
     */
    public static long nanos(Instant instant) {
        try {
            return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("instant must be within about 1677-2262 to count in nanoseconds: "
                    + instant, e);
        }
    }

    /**
     * The instant of epoch nanoseconds.
     *
     * @param nanos nanoseconds since 1970-01-01T00:00:00Z, not {@link #ABSENT}
     * @return the instant
     */
    public static Instant instant(long nanos) {
        return Nanos.instant(nanos);
    }

    /** @return the ticket these facts were derived from */
    public Ticket ticket() {
        return ticket;
    }

    /** @return {@link Ticket#created()} in epoch nanoseconds */
    public long created() {
        return created;
    }

    /** @return {@link Ticket#resolved()} (the final resolution) in epoch nanoseconds, or {@link #ABSENT} */
    public long resolved() {
        return resolved;
    }

    /** @return {@link Ticket#firstResolved()} in epoch nanoseconds, or {@link #ABSENT} */
    public long firstResolved() {
        return firstResolved;
    }

    /** @return {@link Ticket#closed()} in epoch nanoseconds, or {@link #ABSENT} */
    public long closed() {
        return closed;
    }

    /**
     * {@link Ticket#firstReply(boolean)} in epoch nanoseconds.
     *
     * @param includeBots whether bot replies count
     * @return the first reply, or {@link #ABSENT}
     */
    public long firstReply(boolean includeBots) {
        return includeBots ? firstReplyIncludingBots : firstReplyByAgents;
    }

    /**
     * {@link Ticket#replyCount(boolean)}.
     *
     * @param includeBots whether bot replies count
     * @return the number of replies
     */
    public int replyCount(boolean includeBots) {
        return includeBots ? repliesIncludingBots : repliesByAgents;
    }

    /** @return {@link Ticket#reopenCount()} */
    public int reopenCount() {
        return reopenCount;
    }

    /** @return {@link Ticket#isReopened()} */
    public boolean isReopened() {
        return reopenCount > 0;
    }

    /** @return {@link Ticket#status()} */
    public Status status() {
        return status;
    }

    /** @return {@link Ticket#isResolved()} */
    public boolean isResolved() {
        return status.isResolved();
    }

    /** @return the ticket's channel, or null when it has none */
    public Channel channel() {
        return channel;
    }

    /** @return the ticket's priority, or null when it has none */
    public Priority priority() {
        return priority;
    }

    /** @return the ticket's category, or null when it has none */
    public String category() {
        return category;
    }

    /** @return {@link Ticket#escalated()} */
    public boolean escalated() {
        return escalated;
    }

    /** @return {@link Ticket#transferred()} */
    public boolean transferred() {
        return transferred;
    }

    /** @return whether the ticket has a recorded status history */
    public boolean hasStatusHistory() {
        return statusHistory;
    }

    @Override
    public String toString() {
        return "TicketFacts[" + (ticket == null ? "empty" : ticket.id()) + "]";
    }
}
