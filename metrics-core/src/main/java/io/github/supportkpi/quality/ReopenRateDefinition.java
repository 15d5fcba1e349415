package io.github.supportkpi.quality;

import io.github.supportkpi.domain.StatusTimeline;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The knobs of reopen rate (catalogue M23) and of its companion, the late reopen rate. Immutable and
 * thread-safe.
 *
 * <p><b>The reopen window.</b> A customer who writes again months after a solve has a new question more
 * often than an unsolved old one. With a window, a reopen is a move out of a resolved status (SOLVED,
 * CLOSED) at most {@code reopenWindow} after the solve it leaves (the start of that run of resolved
 * statuses, in calendar time; exactly at the window is within it); a later one is a <em>late reopen</em>,
 * a new contact. Late reopens are never dropped: {@link LateReopenRate} counts the tickets whose every
 * reopen was late, so that {@code reopened (window) + late only (window) = reopened (no window)} over the
 * same denominator.
 * <ul>
 *   <li>The times of reopens come from the ticket's status history. A ticket reopened
 *       ({@code reopenCount > 0}) without a history has no reopen instants: the window cannot place its
 *       reopens, and they count as reopens (within the window), as without a window.</li>
 *   <li>Without a window (the default) every reopen counts, today's reopen rate.</li>
 * </ul>
 *
 * @param denominator which tickets it divides by; default {@link TicketDenominator#RESOLVED} ([001]): the
 *     tickets ever resolved, that is resolved now or reopened (a reopen implies an earlier resolution), so
 *     that every reopened ticket is in the denominator; {@link TicketDenominator#ALL} divides by every
 *     ticket ([000])
 * @param reopenWindow how long after a solve a move out of it is still a reopen; default empty (unbounded:
 *     every reopen counts); when present, positive
 */
public record ReopenRateDefinition(TicketDenominator denominator, Optional<Duration> reopenWindow) {
    /** Over tickets ever resolved, every reopen counting. */
    public static final ReopenRateDefinition DEFAULT = new ReopenRateDefinition(TicketDenominator.RESOLVED);

    /**
     * Validates the knobs.
     *
     * @throws NullPointerException if {@code denominator} or {@code reopenWindow} is null
     * @throws IllegalArgumentException if the window is zero or negative
     */
    public ReopenRateDefinition {
        Objects.requireNonNull(denominator, "denominator");
        Objects.requireNonNull(reopenWindow, "reopenWindow");
        reopenWindow.ifPresent(w -> {
            if (w.isZero() || w.isNegative()) {
                throw new IllegalArgumentException("reopenWindow must be positive: " + w);
            }
        });
    }

    /**
     * A definition without a reopen window: every reopen counts.
     *
     * @param denominator see the record
     */
    public ReopenRateDefinition(TicketDenominator denominator) {
        this(denominator, Optional.empty());
    }

    /**
     * A copy with another denominator.
     *
     * @param v the denominator
     * @return the copy
     */
    public ReopenRateDefinition withDenominator(TicketDenominator v) {
        return new ReopenRateDefinition(v, reopenWindow);
    }

    /**
     * A copy in which a move out of a solve more than {@code v} after it is a late reopen, not a reopen.
     *
     * @param v the window, positive
     * @return the copy
     * @throws IllegalArgumentException if the window is zero or negative
     */
    public ReopenRateDefinition withReopenWindow(Duration v) {
        return new ReopenRateDefinition(denominator, Optional.of(Objects.requireNonNull(v, "reopenWindow")));
    }

    /**
     * A copy without a reopen window: every reopen counts.
     *
     * @return the copy
     */
    public ReopenRateDefinition withoutReopenWindow() {
        return new ReopenRateDefinition(denominator, Optional.empty());
    }

    /**
     * The reopens of a ticket that count as reopens: those within the window; all of them without a window,
     * or without a status history to time them.
     *
     * @param ticket the ticket
     * @return the number, between 0 and {@link Ticket#reopenCount()}
     */
    public int reopens(Ticket ticket) {
        Objects.requireNonNull(ticket, "ticket");
        if (reopenWindow.isEmpty() || ticket.reopenCount() == 0) {
            return ticket.reopenCount();
        }
        StatusTimeline timeline = ticket.timeline();
        if (!timeline.isRecorded()) {
            return ticket.reopenCount();
        }
        long window = saturatedNanos(reopenWindow.get());
        int within = 0;
        long solved = Long.MIN_VALUE;
        boolean wasResolved = false;
        for (int i = 0, n = timeline.segmentCount(); i < n; i++) {
            boolean resolved = timeline.segmentStatus(i).isResolved();
            long at = timeline.segmentStartNanos(i);
            if (resolved && !wasResolved) {
                solved = at;
            } else if (!resolved && wasResolved && within(at, solved, window)) {
                within++;
            }
            wasResolved = resolved;
        }
        return within;
    }

    /**
     * The reopens of a ticket that came after the window: new contacts, not reopens.
     *
     * @param ticket the ticket
     * @return {@code reopenCount - reopens(ticket)}; 0 without a window
     */
    public int lateReopens(Ticket ticket) {
        return ticket.reopenCount() - reopens(ticket);
    }

    private static boolean within(long at, long solved, long window) {
        try {
            return Math.subtractExact(at, solved) <= window;
        } catch (ArithmeticException e) {
            return false; // more than about 292 years apart: beyond any window
        }
    }

    private static long saturatedNanos(Duration d) {
        try {
            return d.toNanos();
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }
}
