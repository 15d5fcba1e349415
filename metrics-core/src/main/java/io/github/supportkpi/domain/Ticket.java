package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.function.Supplier;

/**
 * A support ticket (case, conversation) with what happened on it. Immutable and thread-safe; equal when
 * all its values are equal, like a record.
 *
 * <p>Build one with {@link #builder(String, Instant)}. Validation on construction:
 * <ul>
 *   <li>Every instant, of the ticket, its interactions and its status changes, is in the supported range
 *       {@code [}{@link #EARLIEST}{@code , }{@link #LATEST_EXCLUSIVE}{@code )}, 1900-01-01T00:00:00Z to
 *       2100-01-01T00:00:00Z: instants are kept as epoch nanoseconds, and the time between any two supported
 *       instants fits in a {@code long} of nanoseconds.</li>
 *   <li>{@code firstResponse}, {@code resolved} and {@code closed} must not be before {@code created};
 *       {@code closed} must not be before {@code resolved}.</li>
 *   <li>{@code resolved} is the instant of the (latest) resolution: present exactly when {@code status}
 *       is {@link Status#SOLVED} or {@link Status#CLOSED}.</li>
 *   <li>{@code reopenCount} must not be negative.</li>
 *   <li>Interactions must belong to this ticket (or name no ticket) and not be before {@code created};
 *       they are kept in time order (stable for equal instants). Status changes must be in time order and
 *       not before {@code created}.</li>
 *   <li>When there is a status history, it must agree with the ticket: its last status is {@code status},
 *       and the moves out of a resolved status kind it records ({@link #reopensInHistory()}) number
 *       {@code reopenCount}. The builder derives the reopen count from the history when it is not set.</li>
 *   <li>An assignment history ({@link #assignments()}, set with {@link Builder#assignment(Assignment)}) must
 *       be in time order and not before {@code created}, and agree with the ticket: its last assignee is
 *       {@code assignee} and its last group {@code team}. The builder takes the assignee and the team from
 *       the last assignment when they are not set. A ticket without one keeps no object for it.</li>
 * </ul>
 * <p><b>Equal timestamps</b> are valid and measure zero: a ticket answered or resolved at the instant it
 * was created has a first response time or resolution time of zero, and counts as answered or resolved.
 *
 * <p><b>Footprint.</b> A ticket keeps its values compactly: instants as epoch nanoseconds, absent values
 * without an object, no map for a ticket without attributes, and its interactions and status history in
 * primitive form. The accessors make the {@link Optional}, {@link Instant} and element objects they return
 * when they are called; {@link #interactions()} and {@link #statusHistory()} are immutable lists whose
 * elements are made as they are read (equal each time, not the same objects).
 */
public final class Ticket {
    /** The first supported instant, 1900-01-01T00:00:00Z (inclusive). */
    public static final Instant EARLIEST = Nanos.EARLIEST;
    /** The end of the supported instants, 2100-01-01T00:00:00Z (exclusive): the first instant refused. */
    public static final Instant LATEST_EXCLUSIVE = Nanos.LATEST_EXCLUSIVE;
    /**
     * The value that stands for an absent instant where the domain gives instants as primitive epoch
     * nanoseconds: {@link Long#MIN_VALUE}, far outside the supported range.
     */
    public static final long ABSENT_NANOS = Long.MIN_VALUE;

    private static final Priority[] PRIORITIES = Priority.values();
    private static final InteractionKind[] KINDS = InteractionKind.values();
    private static final Actor[] ACTORS = Actor.values();
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final Origin[] ORIGINS = Origin.values();
    /** The channels an interaction keeps as a code (its index + 1; 0 for none); others keep their object. */
    private static final Channel[] CODED_CHANNELS = {Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB,
            Channel.SOCIAL, Channel.MESSAGING, Channel.SELF_SERVICE};
    private static final long[] NO_VALUES = new long[0];
    private static final Comparator<Interaction> IN_TIME_ORDER = Comparator.comparingLong(Interaction::atNanos);
    private static final byte ESCALATED = 1;
    private static final byte TRANSFERRED = 2;
    private static final byte HAS_FIRST_RESPONSE = 4;
    private static final byte HAS_CLOSED = 8;
    /** The two bits of the flags that keep the origin: 0 for none, else its ordinal + 1. */
    private static final int ORIGIN_SHIFT = 4;
    private static final byte NO_PRIORITY = -1;
    /** A reply fact too large for a char: the facts are kept in {@link Extras#replyFacts}. */
    private static final char OVERFLOW = Character.MAX_VALUE;

    // The bits of an interaction's info (16 bits; see pack and interaction(int)).
    private static final int KIND_SHIFT = 0;
    private static final int ACTOR_SHIFT = 3;
    private static final int CHANNEL_SHIFT = 5;
    private static final int OUTBOUND = 1 << 8;
    private static final int ABANDONED = 1 << 9;
    private static final int AGENT_SHIFT = 10;
    /** Agent modes: none, the ticket's assignee, or the one kept in {@link Extras#agents}. */
    private static final int AGENT_NONE = 0;
    private static final int AGENT_ASSIGNEE = 1;
    private static final int AGENT_KEPT = 2;
    private static final int NAMES_TICKET = 1 << 12;
    /** The interaction has values the info cannot hold: its object is kept in {@link Extras#rich}. */
    private static final int RICH = 1 << 13;
    /** Set in the infos of the first two interactions when there is such an interaction. */
    private static final int PRESENT = 1 << 14;
    /** The queue wait is unknown ({@link #ABSENT_NANOS}); without it a packed interaction's wait is zero. */
    private static final int WAIT_UNKNOWN = 1 << 15;

    private final String id;
    private final String customerId;
    private final Channel channel;
    private final String category;
    private final String team;
    private final String assignee;
    /** The values most tickets do not have; null when this one has none of them. */
    private final Extras extras;
    /*
     * The variable values, as one sequence of longs: the recorded first response and the closing instant
     * when present (see flags), the interactions' instants in time order, then the infos of the
     * interactions after the first two, four 16-bit infos to a long. The first two values of the sequence
     * are in value0 and value1 (0 when unused), the others in values: a ticket with up to two has no array.
     */
    private final long value0;
    private final long value1;
    private final long[] values;
    private final long created;
    private final long resolved;
    private final int reopenCount;
    /** The infos of the first two interactions, 16 bits each. */
    private final int leadingInfos;
    // Reply facts, found once: counts, and first reply index + 1 (0 for none); OVERFLOW: see Extras.
    private final char replies;
    private final char repliesWithBots;
    private final char firstReply;
    private final char firstReplyWithBots;
    private final byte priority;
    private final byte status;
    private final byte flags;

    /**
     * Validates every field; see the class description.
     *
     * @param id the ticket id, never blank
     * @param customerId the customer (requester), if known
     * @param channel the channel the ticket arrived on, if known
     * @param priority the priority, if known
     * @param category the category (topic, type), if known
     * @param product the product, if known
     * @param team the team (group) it is assigned to, if any
     * @param assignee the agent it is assigned to, if any
     * @param status the current status kind
     * @param created when the ticket was created
     * @param firstResponse when the first response was sent, as recorded by the source system (used by
     *     first-response-time when the ticket has no interactions)
     * @param resolved when the ticket was (last) resolved; present exactly when the status is resolved
     * @param closed when the ticket was closed, if it was
     * @param reopenCount how often the ticket was reopened after a resolution
     * @param escalated whether it was escalated (to a higher tier or another team)
     * @param transferred whether it was transferred between agents or teams
     * @param resolutionCode how it was resolved, if recorded
     * @param attributes free attributes for segmenting (tier, region, ...), in insertion order
     * @param interactions what happened on the ticket, in any order (kept in time order)
     * @param statusHistory the status changes, in time order (an assignment history is set with the
     *     {@link Builder#assignment(Assignment) builder})
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException naming the field, the ticket and the value, if a rule is broken
     */
    public Ticket(
            String id,
            Optional<String> customerId,
            Optional<Channel> channel,
            Optional<Priority> priority,
            Optional<String> category,
            Optional<String> product,
            Optional<String> team,
            Optional<String> assignee,
            Status status,
            Instant created,
            Optional<Instant> firstResponse,
            Optional<Instant> resolved,
            Optional<Instant> closed,
            int reopenCount,
            boolean escalated,
            boolean transferred,
            Optional<String> resolutionCode,
            Map<String, String> attributes,
            List<Interaction> interactions,
            List<StatusChange> statusHistory) {
        this(Draft.of(id, customerId, channel, priority, category, product, team, assignee, status, created,
                firstResponse, resolved, closed, reopenCount, escalated, transferred, resolutionCode, attributes,
                interactions, statusHistory));
    }

    /** The values of a ticket to validate, absent ones null. */
    private static final class Draft {
        String id;
        String customerId;
        Channel channel;
        Priority priority;
        String category;
        String product;
        String team;
        String assignee;
        Status status;
        String statusName;
        Instant created;
        Instant firstResponse;
        Instant resolved;
        Instant closed;
        int reopenCount;
        boolean escalated;
        boolean transferred;
        String resolutionCode;
        Map<String, String> attributes;
        List<Interaction> interactions;
        List<StatusChange> statusHistory;
        /** The assignment history, in time order; null or empty for none. */
        List<Assignment> assignments;
        Origin origin;

        static Draft of(String id, Optional<String> customerId, Optional<Channel> channel,
                Optional<Priority> priority, Optional<String> category, Optional<String> product,
                Optional<String> team, Optional<String> assignee, Status status, Instant created,
                Optional<Instant> firstResponse, Optional<Instant> resolved, Optional<Instant> closed,
                int reopenCount, boolean escalated, boolean transferred, Optional<String> resolutionCode,
                Map<String, String> attributes, List<Interaction> interactions, List<StatusChange> statusHistory) {
            Objects.requireNonNull(id, "id");
            requireNotBlank(id);
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(priority, "priority");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(product, "product");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(assignee, "assignee");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(created, "created");
            Objects.requireNonNull(firstResponse, "firstResponse");
            Objects.requireNonNull(resolved, "resolved");
            Objects.requireNonNull(closed, "closed");
            Objects.requireNonNull(resolutionCode, "resolutionCode");
            Objects.requireNonNull(attributes, "attributes");
            Objects.requireNonNull(interactions, "interactions");
            Objects.requireNonNull(statusHistory, "statusHistory");
            Draft d = new Draft();
            d.id = id;
            d.customerId = customerId.orElse(null);
            d.channel = channel.orElse(null);
            d.priority = priority.orElse(null);
            d.category = category.orElse(null);
            d.product = product.orElse(null);
            d.team = team.orElse(null);
            d.assignee = assignee.orElse(null);
            d.status = status;
            d.created = created;
            d.firstResponse = firstResponse.orElse(null);
            d.resolved = resolved.orElse(null);
            d.closed = closed.orElse(null);
            d.reopenCount = reopenCount;
            d.escalated = escalated;
            d.transferred = transferred;
            d.resolutionCode = resolutionCode.orElse(null);
            d.attributes = attributes;
            d.interactions = interactions;
            d.statusHistory = statusHistory;
            return d;
        }
    }

    private static void requireNotBlank(String id) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank: \"" + id + "\"");
        }
    }

    /** Validates a draft (see the class description) and keeps its values compactly. */
    private Ticket(Draft d) {
        String id = Objects.requireNonNull(d.id, "id");
        requireNotBlank(id);
        Status status = Objects.requireNonNull(d.status, "status");
        Instant created = Objects.requireNonNull(d.created, "created");
        Supplier<String> self = () -> "ticket " + id;
        long createdNanos = Nanos.of(created, "created", self);
        long firstResponseNanos = Nanos.ofNullable(d.firstResponse, "firstResponse", self);
        long resolvedNanos = Nanos.ofNullable(d.resolved, "resolved", self);
        long closedNanos = Nanos.ofNullable(d.closed, "closed", self);
        notBefore(d.firstResponse, "firstResponse", created, "created", id);
        notBefore(d.resolved, "resolved", created, "created", id);
        notBefore(d.closed, "closed", created, "created", id);
        if (d.closed != null && d.resolved != null) {
            notBefore(d.closed, "closed", d.resolved, "resolved", id);
        }
        if (status.isResolved() && d.resolved == null) {
            throw new IllegalArgumentException(
                    "resolved must be present when status is " + status + ": ticket " + id);
        }
        if (!status.isResolved() && d.resolved != null) {
            throw new IllegalArgumentException("resolved must be absent when status is " + status
                    + " (the ticket is not resolved; a reopened ticket is resolved again later): ticket " + id
                    + ", resolved " + d.resolved);
        }
        if (d.reopenCount < 0) {
            throw new IllegalArgumentException("reopenCount must not be negative: ticket " + id + ", "
                    + d.reopenCount);
        }
        Map<String, String> attributes = Attributes.copyOf(d.attributes);
        Interaction[] items = d.interactions.toArray(new Interaction[0]);
        for (Interaction i : items) {
            Objects.requireNonNull(i, "interaction");
            if (i.ticketIdOrNull() != null && !i.ticketIdOrNull().equals(id)) {
                throw new IllegalArgumentException("interaction ticketId must be this ticket's id: ticket " + id
                        + ", interaction ticketId " + i.ticketIdOrNull());
            }
            if (i.atNanos() < createdNanos) {
                throw new IllegalArgumentException("interaction at must not be before created: ticket " + id
                        + ", created " + created + ", " + i.kind() + " at " + i.at());
            }
        }
        Arrays.sort(items, IN_TIME_ORDER); // stable
        StatusChange[] changes = d.statusHistory.toArray(new StatusChange[0]);
        long previous = createdNanos;
        for (StatusChange c : changes) {
            Objects.requireNonNull(c, "status change");
            if (c.atNanos() < previous) {
                throw new IllegalArgumentException("statusHistory must be in time order and not before created:"
                        + " ticket " + id + ", change to " + c.to() + " at " + c.at() + " after "
                        + Nanos.instant(previous));
            }
            previous = c.atNanos();
        }
        StatusTimeline.History history = changes.length == 0 ? null : new StatusTimeline.History(changes);
        if (history != null) {
            Status last = history.status(changes.length - 1);
            if (last != status) {
                throw new IllegalArgumentException("status must be the last status of statusHistory: ticket " + id
                        + ", status " + status + ", last in history " + last);
            }
            if (history.reopens != d.reopenCount) {
                throw new IllegalArgumentException("reopenCount must match the reopens in statusHistory: ticket "
                        + id + ", reopenCount " + d.reopenCount + ", reopens in history " + history.reopens);
            }
        }
        String statusName = statusName(d, changes);

        Assignment[] assignments = assignments(d, created, createdNanos);

        this.id = id;
        this.customerId = d.customerId;
        this.channel = canonical(d.channel);
        this.category = d.category;
        this.team = d.team;
        this.assignee = d.assignee;
        this.created = createdNanos;
        this.resolved = resolvedNanos;
        this.reopenCount = d.reopenCount;
        this.priority = d.priority == null ? NO_PRIORITY : (byte) d.priority.ordinal();
        this.status = StatusChange.ordinalOf(status);
        this.flags = (byte) ((d.escalated ? ESCALATED : 0) | (d.transferred ? TRANSFERRED : 0)
                | (d.firstResponse != null ? HAS_FIRST_RESPONSE : 0) | (d.closed != null ? HAS_CLOSED : 0)
                | (d.origin == null ? 0 : d.origin.ordinal() + 1) << ORIGIN_SHIFT);

        // The variable values: optional instants, then the interactions packed as instants and infos, with
        // the objects or agents the infos cannot hold kept apart.
        int n = items.length;
        int optional = (d.firstResponse != null ? 1 : 0) + (d.closed != null ? 1 : 0);
        long[] packed = new long[optional + n + trailingInfoWords(n)];
        int next = 0;
        if (d.firstResponse != null) {
            packed[next++] = firstResponseNanos;
        }
        if (d.closed != null) {
            packed[next++] = closedNanos;
        }
        int leading = 0;
        Interaction[] rich = null;
        String[] agents = null;
        int agentReplies = 0;
        int allReplies = 0;
        int firstAgentReply = -1;
        int firstAnyReply = -1;
        for (int i = 0; i < n; i++) {
            Interaction x = items[i];
            packed[optional + i] = x.atNanos();
            InteractionKind kind = x.kind();
            if (Interaction.isReply(kind, false)) {
                agentReplies++;
                firstAgentReply = firstAgentReply < 0 ? i : firstAgentReply;
            }
            if (Interaction.isReply(kind, true)) {
                allReplies++;
                firstAnyReply = firstAnyReply < 0 ? i : firstAnyReply;
            }
            int channelCode = channelCode(x.channelOrNull());
            int info = kind.ordinal() << KIND_SHIFT | x.actor().ordinal() << ACTOR_SHIFT;
            if (channelCode < 0 || x.idOrNull() != null || x.customerIdOrNull() != null
                    || x.articleIdOrNull() != null || (x.hasQueueWait() && x.queueWaitNanos() != 0)
                    || x.talkNanos() != 0 || x.holdNanos() != 0 || x.afterContactNanos() != 0
                    || x.hasContactFacts()) {
                rich = rich == null ? new Interaction[n] : rich;
                rich[i] = x;
                info |= RICH;
            } else {
                info |= channelCode << CHANNEL_SHIFT;
                info |= x.direction() == Direction.OUTBOUND ? OUTBOUND : 0;
                info |= x.abandoned() ? ABANDONED : 0;
                info |= x.hasQueueWait() ? 0 : WAIT_UNKNOWN;
                info |= x.ticketIdOrNull() != null ? NAMES_TICKET : 0;
                String agent = x.agentIdOrNull();
                if (agent != null && agent.equals(d.assignee)) {
                    info |= AGENT_ASSIGNEE << AGENT_SHIFT;
                } else if (agent != null) {
                    agents = agents == null ? new String[n] : agents;
                    agents[i] = agent;
                    info |= AGENT_KEPT << AGENT_SHIFT;
                }
            }
            if (i < 2) {
                leading |= (info | PRESENT) << (16 * i);
            } else {
                packed[optional + n + (i - 2) / 4] |= (long) info << (16 * ((i - 2) % 4));
            }
        }
        this.value0 = packed.length > 0 ? packed[0] : 0;
        this.value1 = packed.length > 1 ? packed[1] : 0;
        this.values = packed.length > 2 ? Arrays.copyOfRange(packed, 2, packed.length) : NO_VALUES;
        this.leadingInfos = leading;
        int[] replyFacts = null;
        if (n < OVERFLOW) {
            this.replies = (char) agentReplies;
            this.repliesWithBots = (char) allReplies;
            this.firstReply = (char) (firstAgentReply + 1);
            this.firstReplyWithBots = (char) (firstAnyReply + 1);
        } else {
            this.replies = OVERFLOW;
            this.repliesWithBots = OVERFLOW;
            this.firstReply = OVERFLOW;
            this.firstReplyWithBots = OVERFLOW;
            replyFacts = new int[] {agentReplies, allReplies, firstAgentReply + 1, firstAnyReply + 1};
        }
        boolean hasExtras = d.product != null || d.resolutionCode != null || attributes != null || history != null
                || rich != null || agents != null || replyFacts != null || statusName != null
                || assignments != null;
        this.extras = hasExtras ? new Extras(d.product, d.resolutionCode, attributes, history, rich, agents,
                replyFacts, statusName, assignments) : null;
    }

    /**
     * The source name of the current status: the one set, or else the last status change's. A name set must
     * not be blank, and must agree with the last status change's when that has one.
     */
    private static String statusName(Draft d, StatusChange[] changes) {
        String last = changes.length == 0 ? null : changes[changes.length - 1].sourceNameOrNull();
        if (d.statusName == null) {
            return last;
        }
        String name = d.statusName.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("statusName must not be blank: ticket " + d.id + ", \""
                    + d.statusName + "\"");
        }
        if (last != null && !last.equals(name)) {
            throw new IllegalArgumentException("statusName must be the source name of the last status change:"
                    + " ticket " + d.id + ", statusName \"" + name + "\", last in history \"" + last + "\"");
        }
        return name;
    }

    /**
     * The draft's assignment history, validated: in time order, not before {@code created}, and agreeing
     * with the ticket (its last assignee is {@code assignee}, its last group {@code team}).
     *
     * @return the changes, or null for none
     */
    private static Assignment[] assignments(Draft d, Instant created, long createdNanos) {
        if (d.assignments == null || d.assignments.isEmpty()) {
            return null;
        }
        Assignment[] changes = d.assignments.toArray(new Assignment[0]);
        long previous = createdNanos;
        for (Assignment a : changes) {
            Objects.requireNonNull(a, "assignment");
            if (a.atNanos() < previous) {
                throw new IllegalArgumentException("assignments must be in time order and not before created:"
                        + " ticket " + d.id + ", created " + created + ", assignment at " + a.at() + " after "
                        + Nanos.instant(previous));
            }
            previous = a.atNanos();
        }
        Assignment last = changes[changes.length - 1];
        if (!Objects.equals(last.assigneeOrNull(), d.assignee)) {
            throw new IllegalArgumentException("assignee must be the last assignee of assignments: ticket " + d.id
                    + ", assignee " + d.assignee + ", last in assignments " + last.assigneeOrNull());
        }
        if (!Objects.equals(last.groupOrNull(), d.team)) {
            throw new IllegalArgumentException("team must be the last group of assignments: ticket " + d.id
                    + ", team " + d.team + ", last in assignments " + last.groupOrNull());
        }
        return changes;
    }

    /** The longs that hold the infos of the interactions after the first two, four to a long. */
    private static int trailingInfoWords(int n) {
        return n <= 2 ? 0 : (n - 2 + 3) / 4;
    }

    /**
     * The channel itself, or the constant equal to it, so that values do not keep a copy of a common channel
     * each.
     */
    static Channel canonical(Channel c) {
        int code = channelCode(c);
        return code > 0 ? CODED_CHANNELS[code - 1] : c;
    }

    /** The channel's code: 0 for none, index + 1 of a coded channel, -1 for another channel. */
    private static int channelCode(Channel c) {
        if (c == null) {
            return 0;
        }
        for (int i = 0; i < CODED_CHANNELS.length; i++) {
            if (CODED_CHANNELS[i].equals(c)) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The values most tickets do not have, kept apart so that a ticket without them pays one reference:
     * product, resolution code, attributes, status history, the interactions whose values their packed
     * form cannot hold, the agents of interactions by another agent than the assignee, and reply facts too
     * large for a char.
     */
    private static final class Extras {
        final String product;
        final String resolutionCode;
        /** Null when there are none. */
        final Map<String, String> attributes;
        /** Null without a status history. */
        final StatusTimeline.History history;
        /** By interaction index; null when every interaction is packed. */
        final Interaction[] rich;
        /** By interaction index; null when every agent is the assignee or none. */
        final String[] agents;
        /** Agent replies, all replies, first agent reply + 1, first reply + 1; null when they fit in chars. */
        final int[] replyFacts;
        /** The help desk's own name for the current status; null when not recorded. */
        final String statusName;
        /** The assignment history in time order; null without one. */
        final Assignment[] assignments;

        Extras(String product, String resolutionCode, Map<String, String> attributes,
                StatusTimeline.History history, Interaction[] rich, String[] agents, int[] replyFacts,
                String statusName, Assignment[] assignments) {
            this.product = product;
            this.resolutionCode = resolutionCode;
            this.attributes = attributes;
            this.history = history;
            this.rich = rich;
            this.agents = agents;
            this.replyFacts = replyFacts;
            this.statusName = statusName;
            this.assignments = assignments;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Extras e && Objects.equals(product, e.product)
                    && Objects.equals(resolutionCode, e.resolutionCode) && Objects.equals(attributes, e.attributes)
                    && Objects.equals(history, e.history) && Arrays.equals(rich, e.rich)
                    && Arrays.equals(agents, e.agents) && Arrays.equals(replyFacts, e.replyFacts)
                    && Objects.equals(statusName, e.statusName) && Arrays.equals(assignments, e.assignments);
        }

        @Override
        public int hashCode() {
            int h = Objects.hashCode(product);
            h = 31 * h + Objects.hashCode(resolutionCode);
            h = 31 * h + Objects.hashCode(attributes);
            h = 31 * h + Objects.hashCode(history);
            h = 31 * h + Arrays.hashCode(rich);
            h = 31 * h + Arrays.hashCode(agents);
            h = 31 * h + Arrays.hashCode(replyFacts);
            h = 31 * h + Objects.hashCode(statusName);
            return 31 * h + Arrays.hashCode(assignments);
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // The values

    /**
     * The ticket id.
     *
     * @return the id, never blank
     */
    public String id() {
        return id;
    }

    /**
     * The customer (requester), if known.
     *
     * @return the customer, or empty
     */
    public Optional<String> customerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * The channel the ticket arrived on, if known.
     *
     * @return the channel, or empty
     */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /**
     * The priority, if known.
     *
     * @return the priority, or empty
     */
    public Optional<Priority> priority() {
        return Optional.ofNullable(priorityOrNull());
    }

    /**
     * The category (topic, type), if known.
     *
     * @return the category, or empty
     */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /**
     * The product, if known.
     *
     * @return the product, or empty
     */
    public Optional<String> product() {
        return Optional.ofNullable(extras == null ? null : extras.product);
    }

    /**
     * The team (group) it is assigned to, if any.
     *
     * @return the team, or empty
     */
    public Optional<String> team() {
        return Optional.ofNullable(team);
    }

    /**
     * The agent it is assigned to, if any.
     *
     * @return the agent, or empty
     */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    /**
     * The current status kind.
     *
     * @return the status
     */
    public Status status() {
        return StatusChange.status(status);
    }

    /**
     * The help desk's own name for the current status ({@code "Escalated"}, {@code "Waiting on third
     * party"}), beside its {@link #status() kind}: the name set on the builder, or else the source name of the
     * last status change. See {@link StatusNames} for mapping names to kinds.
     *
     * @return the source name, stripped of surrounding white space, or empty when not recorded
     */
    public Optional<String> statusName() {
        return Optional.ofNullable(extras == null ? null : extras.statusName);
    }

    /**
     * When the ticket was created.
     *
     * @return the instant, in the supported range
     */
    public Instant created() {
        return Nanos.instant(created);
    }

    /**
     * When the first response was sent, as recorded by the source system (used by first-response-time when
     * the ticket has no interactions; see {@link #firstReply(boolean)}).
     *
     * @return the instant, or empty
     */
    public Optional<Instant> firstResponse() {
        return Optional.ofNullable(Nanos.instantOrNull(firstResponseNanos()));
    }

    /**
     * When the ticket was (last) resolved; present exactly when the status is resolved.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> resolved() {
        return Optional.ofNullable(Nanos.instantOrNull(resolved));
    }

    /**
     * When the ticket was closed, if it was.
     *
     * @return the instant, or empty
     */
    public Optional<Instant> closed() {
        return Optional.ofNullable(Nanos.instantOrNull(closedNanos()));
    }

    /**
     * How often the ticket was reopened after a resolution.
     *
     * @return the count, not negative
     */
    public int reopenCount() {
        return reopenCount;
    }

    /**
     * Whether it was escalated (to a higher tier or another team).
     *
     * @return true when escalated
     */
    public boolean escalated() {
        return (flags & ESCALATED) != 0;
    }

    /**
     * Whether it was transferred between agents or teams.
     *
     * @return true when transferred
     */
    public boolean transferred() {
        return (flags & TRANSFERRED) != 0;
    }

    /**
     * Who created the ticket (customer, agent, automation), if recorded. The canonical constructor leaves it
     * absent; {@link Builder#origin(Origin)} sets it. See {@link AgentCreated} for how definitions treat
     * agent-created tickets.
     *
     * @return the origin, or empty
     */
    public Optional<Origin> origin() {
        return Optional.ofNullable(originOrNull());
    }

    /**
     * How it was resolved, if recorded.
     *
     * @return the resolution code, or empty
     */
    public Optional<String> resolutionCode() {
        return Optional.ofNullable(extras == null ? null : extras.resolutionCode);
    }

    /**
     * Free attributes for segmenting (tier, region, ...), in insertion order.
     *
     * @return an unmodifiable map, empty when the ticket has none
     */
    public Map<String, String> attributes() {
        return extras == null || extras.attributes == null ? Map.of() : extras.attributes;
    }

    /**
     * What happened on the ticket, in time order (stable for equal instants).
     *
     * @return an immutable list; its elements are made as they are read
     */
    public List<Interaction> interactions() {
        return interactionCount() == 0 ? List.of() : new Interactions(this);
    }

    /**
     * The status changes, in time order.
     *
     * @return an immutable list, empty without a history; its elements are made as they are read
     */
    public List<StatusChange> statusHistory() {
        StatusTimeline.History h = history();
        return h == null ? List.of() : h;
    }

    /**
     * The assignment history: each change of the agent or group the ticket is assigned to, in time order.
     * When there is one, its last assignee is {@link #assignee()} and its last group {@link #team()}.
     *
     * @return an immutable list (a view, not a copy), empty without a history
     */
    public List<Assignment> assignments() {
        return extras == null || extras.assignments == null ? List.of()
                : Collections.unmodifiableList(Arrays.asList(extras.assignments));
    }

    /**
     * The agent of the first public reply by a human agent: the {@link Interaction#agentId()} of the
     * interaction {@link #firstReply(boolean) firstReply(false)} finds. Credits the first response to whoever
     * gave it, whoever the ticket is assigned to now.
     *
     * @return the agent; empty when no human agent replied, the reply names no agent, or the ticket has
     *     only a recorded {@link #firstResponse()}, which names none
     */
    public Optional<String> firstReplier() {
        int n = interactionCount();
        if (n == 0) {
            return Optional.empty();
        }
        int indexPlusOne = firstReply != OVERFLOW ? firstReply : extras.replyFacts[2];
        return indexPlusOne == 0 ? Optional.empty() : interaction(indexPlusOne - 1).agentId();
    }

    // ---------------------------------------------------------------------------------------------------
    // Derived values

    /**
     * The ticket's status over time: its status history read as segments, or, without a history, the
     * timeline implied by its creation and resolution. Every metric that looks at statuses over time reads
     * this one timeline; see {@link StatusTimeline} for its rules. Cheap: a light view of this ticket, whose
     * facts (resolutions, reopens) were found with the ticket; equal each time it is called.
     *
     * @return the timeline
     */
    public StatusTimeline timeline() {
        return new StatusTimeline(this, history());
    }

    /**
     * The reopens the status history records: moves from a resolved status kind (SOLVED, CLOSED) to an
     * unresolved one. Equal to {@link #reopenCount()} whenever there is a history.
     *
     * @return the number of reopens in the history; 0 without a history
     */
    public int reopensInHistory() {
        StatusTimeline.History h = history();
        return h == null ? 0 : h.reopens;
    }

    /**
     * The instant of the first move into a resolved status kind in the history, or, without a history,
     * {@link #resolved()}: {@link StatusTimeline#resolution(ResolutionPoint) timeline().resolution(FIRST)}.
     * For a ticket never reopened it equals {@code resolved()}. Found with the ticket: walks nothing.
     *
     * @return the first resolution; empty if the ticket was never resolved
     */
    public Optional<Instant> firstResolved() {
        return Optional.ofNullable(Nanos.instantOrNull(firstResolvedNanos()));
    }

    /**
     * The first reply: the first interaction that {@link Interaction#isReply(boolean) is a reply} (by a human
     * agent, or also by a bot); for a ticket with no interactions at all, its recorded
     * {@link #firstResponse()}. First response time, its trend bucket and the SLA first-response clock all
     * use this one rule, and share {@link UnrepliedResolution} for a ticket solved before it (by default a
     * solve is not a response: this reply is). Found with the ticket: walks nothing.
     * <ul>
     *   <li>Empty for a ticket with interactions but no reply, and for one with neither interactions nor a
     *       recorded first response.</li>
     *   <li>The recorded {@code firstResponse} cannot tell a bot from a human: it is used under either
     *       setting.</li>
     * </ul>
     *
     * @param includeBots whether bot replies count
     * @return the instant of the first reply, or empty
     */
    public Optional<Instant> firstReply(boolean includeBots) {
        return Optional.ofNullable(Nanos.instantOrNull(firstReplyNanos(includeBots)));
    }

    private static void notBefore(Instant value, String name, Instant bound, String boundName, String id) {
        if (value != null && value.isBefore(bound)) {
            throw new IllegalArgumentException(name + " must not be before " + boundName + ": ticket " + id + ", "
                    + boundName + " " + bound + ", " + name + " " + value);
        }
    }

    /**
     * Whether the ticket is resolved now: its status is SOLVED or CLOSED.
     *
     * @return true when resolved
     */
    public boolean isResolved() {
        return resolved != ABSENT_NANOS;
    }

    /**
     * Whether the ticket was ever reopened.
     *
     * @return {@code reopenCount > 0}
     */
    public boolean isReopened() {
        return reopenCount > 0;
    }

    /**
     * The number of public replies by human agents (or also by bots) among the interactions. Counted once,
     * with the ticket.
     *
     * @param includeBots whether bot and automated replies count
     * @return the count, 0 when the ticket has no interactions
     */
    public int replyCount(boolean includeBots) {
        char c = includeBots ? repliesWithBots : replies;
        return c != OVERFLOW ? c : extras.replyFacts[includeBots ? 1 : 0];
    }

    /**
     * The value of a free attribute.
     *
     * @param name the attribute name, such as {@code "tier"}
     * @return its value, or empty if the ticket has none
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(extras == null || extras.attributes == null ? null : extras.attributes.get(name));
    }

    // ---------------------------------------------------------------------------------------------------
    // Primitive access for the package: no Optional, Instant or element object is made

    /** @return {@link #created()} in epoch nanoseconds */
    long createdNanos() {
        return created;
    }

    /** @return {@link #resolved()} in epoch nanoseconds, or {@link #ABSENT_NANOS} */
    long resolvedNanos() {
        return resolved;
    }

    /** @return {@link #closed()} in epoch nanoseconds, or {@link #ABSENT_NANOS} */
    long closedNanos() {
        return (flags & HAS_CLOSED) == 0 ? ABSENT_NANOS : value((flags & HAS_FIRST_RESPONSE) == 0 ? 0 : 1);
    }

    /** @return the recorded {@link #firstResponse()} in epoch nanoseconds, or {@link #ABSENT_NANOS} */
    long firstResponseNanos() {
        return (flags & HAS_FIRST_RESPONSE) == 0 ? ABSENT_NANOS : value(0);
    }

    /**
     * {@link #firstReply(boolean)} in epoch nanoseconds.
     *
     * @return the instant, or {@link #ABSENT_NANOS}
     */
    long firstReplyNanos(boolean includeBots) {
        int n = interactionCount();
        if (n == 0) {
            return firstResponseNanos();
        }
        char c = includeBots ? firstReplyWithBots : firstReply;
        int indexPlusOne = c != OVERFLOW ? c : extras.replyFacts[includeBots ? 3 : 2];
        return indexPlusOne == 0 ? ABSENT_NANOS : value(optionalValues() + indexPlusOne - 1);
    }

    /** @return {@link #firstResolved()} in epoch nanoseconds, or {@link #ABSENT_NANOS} */
    long firstResolvedNanos() {
        StatusTimeline.History h = history();
        if (h == null) {
            return resolved;
        }
        int segment = h.firstResolutionSegment;
        return segment < 0 ? ABSENT_NANOS : h.atNanos(segment - 1);
    }

    /** @return the number of interactions */
    int interactionCount() {
        int present = ((leadingInfos & PRESENT) != 0 ? 1 : 0) + ((leadingInfos & (PRESENT << 16)) != 0 ? 1 : 0);
        if (present < 2) {
            return present;
        }
        // The sequence holds optional + n + ceil((n - 2) / 4) values, the array all but two of them: with
        // m = n - 2 and u = values.length - optional, u = m + ceil(m / 4), so m = u - ceil(u / 5).
        int u = values.length - optionalValues();
        return 2 + u - (u + 4) / 5;
    }

    /** The number of optional instants (first response, closed) at the start of the variable values. */
    private int optionalValues() {
        return ((flags & HAS_FIRST_RESPONSE) != 0 ? 1 : 0) + ((flags & HAS_CLOSED) != 0 ? 1 : 0);
    }

    /** The variable value at an index of the sequence. */
    private long value(int index) {
        return index == 0 ? value0 : index == 1 ? value1 : values[index - 2];
    }

    /** @return the instant of the interaction at an index (in time order), in epoch nanoseconds */
    long interactionAtNanos(int index) {
        Objects.checkIndex(index, interactionCount());
        return value(optionalValues() + index);
    }

    /** @return the kind of the interaction at an index (in time order) */
    InteractionKind interactionKind(int index) {
        Objects.checkIndex(index, interactionCount());
        return KINDS[(info(index) >>> KIND_SHIFT) & 7];
    }

    /** @return {@link #channel()}, or null */
    Channel channelOrNull() {
        return channel;
    }

    /** @return {@link #priority()}, or null */
    Priority priorityOrNull() {
        return priority == NO_PRIORITY ? null : PRIORITIES[priority];
    }

    /** @return {@link #assignee()}, or null */
    String assigneeOrNull() {
        return assignee;
    }

    /** @return {@link #origin()}, or null */
    Origin originOrNull() {
        int code = (flags >>> ORIGIN_SHIFT) & 3;
        return code == 0 ? null : ORIGINS[code - 1];
    }

    /** @return {@link #category()}, or null */
    String categoryOrNull() {
        return category;
    }

    /** @return {@link #team()}, or null */
    String teamOrNull() {
        return team;
    }

    /** @return {@link #customerId()}, or null */
    String customerIdOrNull() {
        return customerId;
    }

    /** @return {@link #product()}, or null */
    String productOrNull() {
        return extras == null ? null : extras.product;
    }

    /** @return the status history, or null without one */
    StatusTimeline.History history() {
        return extras == null ? null : extras.history;
    }

    /** The 16-bit info of the interaction at an index. */
    private int info(int index) {
        if (index < 2) {
            return (leadingInfos >>> (16 * index)) & 0xFFFF;
        }
        int word = optionalValues() + interactionCount() + (index - 2) / 4;
        return (int) (value(word) >>> (16 * ((index - 2) % 4))) & 0xFFFF;
    }

    /** The interaction at an index, made from its packed form (or the object kept when it has more values). */
    private Interaction interaction(int index) {
        int info = info(index);
        if ((info & RICH) != 0) {
            return extras.rich[index];
        }
        int channelCode = (info >>> CHANNEL_SHIFT) & 7;
        String agent;
        switch ((info >>> AGENT_SHIFT) & 3) {
            case AGENT_ASSIGNEE:
                agent = assignee;
                break;
            case AGENT_KEPT:
                agent = extras.agents[index];
                break;
            default:
                agent = null;
        }
        return new Interaction(null, (info & NAMES_TICKET) != 0 ? id : null, KINDS[(info >>> KIND_SHIFT) & 7],
                ACTORS[(info >>> ACTOR_SHIFT) & 3], agent, null, value(optionalValues() + index),
                channelCode == 0 ? null : CODED_CHANNELS[channelCode - 1],
                DIRECTIONS[(info & OUTBOUND) != 0 ? 1 : 0], (info & WAIT_UNKNOWN) != 0 ? ABSENT_NANOS : 0,
                (info & ABANDONED) != 0, 0, 0, 0, null);
    }

    /** A ticket's interactions, immutable and in time order, made from its packed form as they are read. */
    private static final class Interactions extends AbstractList<Interaction> implements RandomAccess {
        private final Ticket ticket;

        Interactions(Ticket ticket) {
            this.ticket = ticket;
        }

        @Override
        public Interaction get(int index) {
            Objects.checkIndex(index, ticket.interactionCount());
            return ticket.interaction(index);
        }

        @Override
        public int size() {
            return ticket.interactionCount();
        }
    }

    // ---------------------------------------------------------------------------------------------------
    // Object

    /**
     * Equal when every value is equal: id, customer, channel, priority, category, product, team, assignee,
     * status, status name, the four instants, reopen count, escalated, transferred, resolution code, origin,
     * attributes, interactions, status history and assignment history.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Ticket)) {
            return false;
        }
        Ticket t = (Ticket) o;
        // the packed form is canonical: equal values are packed alike
        return created == t.created && resolved == t.resolved && value0 == t.value0 && value1 == t.value1
                && reopenCount == t.reopenCount && status == t.status
                && priority == t.priority && flags == t.flags && leadingInfos == t.leadingInfos
                && id.equals(t.id) && Objects.equals(customerId, t.customerId) && Objects.equals(channel, t.channel)
                && Objects.equals(category, t.category) && Objects.equals(team, t.team)
                && Objects.equals(assignee, t.assignee) && Arrays.equals(values, t.values)
                && Objects.equals(extras, t.extras);
    }

    @Override
    public int hashCode() {
        int h = id.hashCode();
        h = 31 * h + Objects.hashCode(customerId);
        h = 31 * h + Objects.hashCode(channel);
        h = 31 * h + priority;
        h = 31 * h + Objects.hashCode(category);
        h = 31 * h + Objects.hashCode(team);
        h = 31 * h + Objects.hashCode(assignee);
        h = 31 * h + status;
        h = 31 * h + Long.hashCode(created);
        h = 31 * h + Long.hashCode(resolved);
        h = 31 * h + Long.hashCode(value0);
        h = 31 * h + Long.hashCode(value1);
        h = 31 * h + reopenCount;
        h = 31 * h + flags;
        h = 31 * h + leadingInfos;
        h = 31 * h + Arrays.hashCode(values);
        return 31 * h + Objects.hashCode(extras);
    }

    /**
     * The values, as a record shows them: {@code Ticket[id=T-1, customerId=Optional[C-7], channel=Optional[email],
     * ..., status=SOLVED, created=2024-03-04T09:00:00Z, ..., interactions=[...], statusHistory=[]]}.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return "Ticket[id=" + id + ", customerId=" + customerId() + ", channel=" + channel() + ", priority="
                + priority() + ", category=" + category() + ", product=" + product() + ", team=" + team()
                + ", assignee=" + assignee() + ", status=" + status() + statusNameText()
                + ", created=" + created()
                + ", firstResponse=" + firstResponse() + ", resolved=" + resolved() + ", closed=" + closed()
                + ", reopenCount=" + reopenCount + ", escalated=" + escalated() + ", transferred=" + transferred()
                + ", resolutionCode=" + resolutionCode() + ", origin=" + origin() + ", attributes=" + attributes()
                + ", interactions=" + interactions() + ", statusHistory=" + statusHistory() + assignmentsText() + "]";
    }

    /** The status name for {@link #toString()}, shown only when there is one. */
    private String statusNameText() {
        return extras == null || extras.statusName == null ? "" : ", statusName=" + statusName();
    }

    /** The assignment history for {@link #toString()}, shown only when there is one. */
    private String assignmentsText() {
        return extras == null || extras.assignments == null ? "" : ", assignments=" + assignments();
    }

    /**
     * A builder starting from this ticket's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, created());
        b.customerId = customerId;
        b.channel = channel;
        b.priority = priorityOrNull();
        b.category = category;
        b.product = productOrNull();
        b.team = team;
        b.assignee = assignee;
        b.status = status();
        b.statusName = extras == null ? null : extras.statusName;
        b.firstResponse = Nanos.instantOrNull(firstResponseNanos());
        b.resolved = Nanos.instantOrNull(resolved);
        b.closed = Nanos.instantOrNull(closedNanos());
        b.reopenCount = reopenCount;
        b.escalated = escalated();
        b.transferred = transferred();
        b.resolutionCode = extras == null ? null : extras.resolutionCode;
        b.origin = originOrNull();
        b.attributes.putAll(attributes());
        b.interactions.addAll(interactions());
        b.statusHistory.addAll(statusHistory());
        b.assignments.addAll(assignments());
        return b;
    }

    /**
     * A builder for a ticket with this id created at this instant; everything absent, zero or false until
     * set, and the status derived at {@link Builder#build()} when it is not set.
     *
     * @param id the ticket id
     * @param created when it was created
     * @return a new builder
     * @throws IllegalArgumentException if {@code created} is outside the supported range
     */
    public static Builder builder(String id, Instant created) {
        return new Builder(id, created);
    }

    /**
     * Builds a {@link Ticket}. Not thread-safe; {@link #build()} validates.
     *
     * <p>The builder fails fast on what is most likely a mapping bug, and never changes one field because
     * another was set:
     * <ul>
     *   <li>a field set twice to different values is refused, naming both values (setting the same value
     *       again is fine);</li>
     *   <li>a status that contradicts the resolution or closing instant set is refused, whichever was set
     *       first: with a resolution instant the status is SOLVED or CLOSED, with a closing instant it is
     *       CLOSED;</li>
     *   <li>when no status is set, {@link #build()} derives it: CLOSED with a closing instant, SOLVED with
     *       a resolution instant, NEW otherwise. So {@code builder(id, created).resolved(t).build()} is a
     *       SOLVED ticket.</li>
     * </ul>
     * A builder from {@link Ticket#toBuilder()} starts from the ticket's values: each may be set once more
     * to build a changed copy, and {@link #build()} validates the result as a whole.
     *
     * <p>Each refusal is an {@link IllegalArgumentException} naming the ticket, the fields and the values.
     */
    public static final class Builder {
        private final String id;
        private final Instant created;
        private String customerId;
        private Channel channel;
        private Priority priority;
        private String category;
        private String product;
        private String team;
        private String assignee;
        private Status status;
        private String statusName;
        private Instant firstResponse;
        private Instant resolved;
        private Instant closed;
        private Integer reopenCount;
        private boolean escalated;
        private boolean transferred;
        private String resolutionCode;
        private Origin origin;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<StatusChange> statusHistory = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();
        /** The fields set on this builder (not those copied by {@code toBuilder}), by name. */
        private final SetOnce given;

        private Builder(String id, Instant created) {
            this.id = id;
            this.created = created;
            this.given = new SetOnce(() -> "ticket " + id);
            Nanos.check(created, "created", given::record);
        }

        /** Checks that a status agrees with the resolution and closing instants set on this builder. */
        private void agree(Status s, Instant resolvedAt, Instant closedAt) {
            if (resolvedAt != null && !s.isResolved()) {
                throw new IllegalArgumentException("status must be SOLVED or CLOSED for a ticket with a resolution"
                        + " instant: ticket " + id + ", status " + s + ", resolved " + resolvedAt);
            }
            if (closedAt != null && s != Status.CLOSED) {
                throw new IllegalArgumentException("status must be CLOSED for a ticket with a closing instant:"
                        + " ticket " + id + ", status " + s + ", closed " + closedAt);
            }
        }

        private Instant givenResolved() {
            return given.contains("resolved") ? resolved : null;
        }

        private Instant givenClosed() {
            return given.contains("closed") ? closed : null;
        }

        /** @param v the customer @return this builder */
        public Builder customerId(String v) { customerId = given.set("customerId", customerId, v); return this; }

        /** @param v the channel @return this builder */
        public Builder channel(Channel v) { channel = given.set("channel", channel, v); return this; }

        /** @param v the priority @return this builder */
        public Builder priority(Priority v) { priority = given.set("priority", priority, v); return this; }

        /** @param v the category @return this builder */
        public Builder category(String v) { category = given.set("category", category, v); return this; }

        /** @param v the product @return this builder */
        public Builder product(String v) { product = given.set("product", product, v); return this; }

        /** @param v the team @return this builder */
        public Builder team(String v) { team = given.set("team", team, v); return this; }

        /** @param v the assigned agent @return this builder */
        public Builder assignee(String v) { assignee = given.set("assignee", assignee, v); return this; }

        /**
         * Sets the current status kind. When it is never set, {@link #build()} derives it.
         *
         * @param v the current status kind
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another value, or it contradicts the
         *     resolution or closing instant set (a resolved ticket is SOLVED or CLOSED, a closed one CLOSED)
         */
        public Builder status(Status v) {
            Objects.requireNonNull(v, "status");
            agree(v, givenResolved(), givenClosed());
            status = given.set("status", status, v);
            return this;
        }

        /**
         * Sets the help desk's own name for the current status, kept beside its kind. When never set, it is
         * the source name of the last status change, if any.
         *
         * @param v the source name, such as {@code "Escalated"}
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another value; {@link #build()} refuses a
         *     blank name and one that differs from the last status change's source name
         */
        public Builder statusName(String v) {
            statusName = given.set("statusName", statusName, v);
            return this;
        }

        /**
         * Sets the current status from the help desk's own name: its kind as {@code names} maps it, and the
         * name as {@link #statusName(String)}.
         *
         * @param name the source name, such as {@code "Escalated"}
         * @param names the names of this help desk, such as {@code StatusNames.standard().with("Escalated",
         *     Status.OPEN)}
         * @return this builder
         * @throws IllegalArgumentException if the name is unknown to {@code names}, or as
         *     {@link #status(Status)} and {@link #statusName(String)} do
         */
        public Builder status(String name, StatusNames names) {
            Objects.requireNonNull(names, "names");
            status(names.kindOf(name));
            return statusName(name.strip());
        }

        /**
         * Sets when the first response was sent, as recorded by the source system.
         *
         * @param v when the first response was sent; null for never
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another instant, or it is outside the
         *     supported range
         */
        public Builder firstResponse(Instant v) {
            Nanos.check(v, "firstResponse", given::record);
            firstResponse = given.set("firstResponse", firstResponse, v);
            return this;
        }

        /**
         * Sets the resolution instant; the status stays as set. A ticket with a resolution instant and no
         * status set is SOLVED (or CLOSED, when closed) at {@link #build()}.
         *
         * @param v when the ticket was resolved; null for never
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another instant, the status set is not
         *     SOLVED or CLOSED, or it is outside the supported range
         */
        public Builder resolved(Instant v) {
            Nanos.check(v, "resolved", given::record);
            if (v != null && given.contains("status")) {
                agree(status, v, givenClosed());
            }
            resolved = given.set("resolved", resolved, v);
            return this;
        }

        /**
         * Sets the closing instant; the status stays as set. A ticket with a closing instant and no status
         * set is CLOSED at {@link #build()}, and then needs a resolution instant too.
         *
         * @param v when the ticket was closed; null for never
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another instant, the status set is not
         *     CLOSED, or it is outside the supported range
         */
        public Builder closed(Instant v) {
            Nanos.check(v, "closed", given::record);
            if (v != null && given.contains("status")) {
                agree(status, givenResolved(), v);
            }
            closed = given.set("closed", closed, v);
            return this;
        }

        /**
         * Sets how often the ticket was reopened. When not set, it is derived from the status history (0
         * without one).
         *
         * @param v how often it was reopened
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another value
         */
        public Builder reopenCount(int v) { reopenCount = given.set("reopenCount", reopenCount, v); return this; }

        /** @param v whether it was escalated @return this builder */
        public Builder escalated(boolean v) { escalated = given.set("escalated", escalated, v); return this; }

        /** @param v whether it was transferred @return this builder */
        public Builder transferred(boolean v) { transferred = given.set("transferred", transferred, v); return this; }

        /** @param v how it was resolved @return this builder */
        public Builder resolutionCode(String v) {
            resolutionCode = given.set("resolutionCode", resolutionCode, v);
            return this;
        }

        /**
         * Sets who created the ticket; absent (not recorded) when never set.
         *
         * @param v the origin
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another value
         */
        public Builder origin(Origin v) { origin = given.set("origin", origin, v); return this; }

        /**
         * Sets a free attribute.
         *
         * @param name attribute name
         * @param value its value
         * @return this builder
         * @throws IllegalArgumentException if this attribute was set before to another value
         */
        public Builder attribute(String name, String value) {
            attributes.put(name, given.set("attribute " + name, attributes.get(name), value));
            return this;
        }

        /** @param v an interaction to add @return this builder */
        public Builder interaction(Interaction v) { interactions.add(v); return this; }

        /** @param v interactions to add @return this builder */
        public Builder interactions(List<Interaction> v) { interactions.addAll(v); return this; }

        /** @param v a status change to append @return this builder */
        public Builder statusChange(StatusChange v) { statusHistory.add(v); return this; }

        /**
         * Appends a change of the assignment history. When the assignee or the team is not set,
         * {@link #build()} takes it from the last assignment.
         *
         * @param v the assignment, later than or at the same instant as the previous one
         * @return this builder
         */
        public Builder assignment(Assignment v) {
            assignments.add(Objects.requireNonNull(v, "assignment"));
            return this;
        }

        /**
         * Appends changes of the assignment history, in time order; see {@link #assignment(Assignment)}.
         *
         * @param v the assignments
         * @return this builder
         */
        public Builder assignments(List<Assignment> v) {
            for (Assignment a : v) {
                assignment(a);
            }
            return this;
        }

        /**
         * Validates and builds the ticket.
         *
         * @return the ticket
         * @throws IllegalArgumentException as {@link Ticket#Ticket} does
         */
        public Ticket build() {
            Draft d = new Draft();
            d.id = id;
            d.customerId = customerId;
            d.channel = channel;
            d.priority = priority;
            d.category = category;
            d.product = product;
            Assignment last = assignments.isEmpty() ? null : assignments.get(assignments.size() - 1);
            d.team = last != null && !given.contains("team") ? last.groupOrNull() : team;
            d.assignee = last != null && !given.contains("assignee") ? last.assigneeOrNull() : assignee;
            d.assignments = assignments;
            d.status = statusOrDerived();
            d.statusName = statusName;
            d.created = created;
            d.firstResponse = firstResponse;
            d.resolved = resolved;
            d.closed = closed;
            d.reopenCount = reopenCount != null ? reopenCount : StatusTimeline.countReopens(statusHistory);
            d.escalated = escalated;
            d.transferred = transferred;
            d.resolutionCode = resolutionCode;
            d.attributes = attributes;
            d.interactions = interactions;
            d.statusHistory = statusHistory;
            d.origin = origin;
            return new Ticket(d);
        }

        /** The status set, or else CLOSED with a closing instant, SOLVED with a resolution instant, NEW. */
        private Status statusOrDerived() {
            if (status != null) {
                return status;
            }
            return closed != null ? Status.CLOSED : resolved != null ? Status.SOLVED : Status.NEW;
        }
    }
}
