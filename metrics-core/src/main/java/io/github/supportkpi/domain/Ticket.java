package io.github.supportkpi.domain;

import java.time.Instant;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * A support ticket (case, conversation) with what happened on it. Immutable and thread-safe.
 *
 * <p>Build one with {@link #builder(String, Instant)}. Validation on construction:
 * <ul>
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
 * </ul>
 * <p><b>Equal timestamps</b> are valid and measure zero: a ticket answered or resolved at the instant it
 * was created has a first response time or resolution time of zero, and counts as answered or resolved.
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
 * @param interactions what happened on the ticket, in time order
 * @param statusHistory the status changes, in time order
 */
public record Ticket(
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

    /**
     * Validates every field; see the class description.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException naming the field, the ticket and the value, if a rule is broken
     */
    public Ticket {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("id must not be blank: \"" + id + "\"");
        }
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
        notBefore(firstResponse, "firstResponse", created, "created", id);
        notBefore(resolved, "resolved", created, "created", id);
        notBefore(closed, "closed", created, "created", id);
        if (closed.isPresent() && resolved.isPresent()) {
            notBefore(closed, "closed", resolved.get(), "resolved", id);
        }
        if (status.isResolved() && resolved.isEmpty()) {
            throw new IllegalArgumentException(
                    "resolved must be present when status is " + status + ": ticket " + id);
        }
        if (!status.isResolved() && resolved.isPresent()) {
            throw new IllegalArgumentException("resolved must be absent when status is " + status
                    + " (the ticket is not resolved; a reopened ticket is resolved again later): ticket " + id
                    + ", resolved " + resolved.get());
        }
        if (reopenCount < 0) {
            throw new IllegalArgumentException("reopenCount must not be negative: ticket " + id + ", " + reopenCount);
        }
        Map<String, String> attrs = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            Objects.requireNonNull(k, "attribute name");
            Objects.requireNonNull(v, () -> "attribute " + k);
            attrs.put(k, v);
        });
        attributes = java.util.Collections.unmodifiableMap(attrs);
        List<Interaction> sorted = new ArrayList<>(interactions);
        for (Interaction i : sorted) {
            Objects.requireNonNull(i, "interaction");
            if (i.ticketId().isPresent() && !i.ticketId().get().equals(id)) {
                throw new IllegalArgumentException("interaction ticketId must be this ticket's id: ticket " + id
                        + ", interaction ticketId " + i.ticketId().get());
            }
            if (i.at().isBefore(created)) {
                throw new IllegalArgumentException("interaction at must not be before created: ticket " + id
                        + ", created " + created + ", " + i.kind() + " at " + i.at());
            }
        }
        sorted.sort(Comparator.comparing(Interaction::at));
        interactions = new Replies(sorted, firstResponse);
        Instant previous = created;
        for (StatusChange c : statusHistory) {
            Objects.requireNonNull(c, "status change");
            if (c.at().isBefore(previous)) {
                throw new IllegalArgumentException("statusHistory must be in time order and not before created:"
                        + " ticket " + id + ", change to " + c.to() + " at " + c.at() + " after " + previous);
            }
            previous = c.at();
        }
        StatusTimeline timeline = new StatusTimeline(created, statusHistory, status, resolved, interactions,
                firstResponse);
        if (timeline.isRecorded()) {
            Status last = timeline.segmentStatus(timeline.segmentCount() - 1);
            if (last != status) {
                throw new IllegalArgumentException("status must be the last status of statusHistory: ticket " + id
                        + ", status " + status + ", last in history " + last);
            }
            int reopens = timeline.reopens();
            if (reopens != reopenCount) {
                throw new IllegalArgumentException("reopenCount must match the reopens in statusHistory: ticket " + id
                        + ", reopenCount " + reopenCount + ", reopens in history " + reopens);
            }
        }
        statusHistory = timeline.history();
    }

    /**
     * The ticket's status over time: its status history read as segments, or, without a history, the
     * timeline implied by its creation and resolution. Every metric that looks at statuses over time reads
     * this one timeline; see {@link StatusTimeline} for its rules. Allocates nothing: the timeline is built
     * with the ticket.
     *
     * @return the timeline
     */
    public StatusTimeline timeline() {
        return StatusTimeline.of(statusHistory);
    }

    /**
     * The reopens the status history records: moves from a resolved status kind (SOLVED, CLOSED) to an
     * unresolved one. Equal to {@link #reopenCount()} whenever there is a history.
     *
     * @return the number of reopens in the history; 0 without a history
     */
    public int reopensInHistory() {
        return timeline().reopens();
    }

    /**
     * The instant of the first move into a resolved status kind in the history, or, without a history,
     * {@link #resolved()}: {@link StatusTimeline#resolution(ResolutionPoint) timeline().resolution(FIRST)}.
     * For a ticket never reopened it equals {@code resolved()}. Allocates nothing.
     *
     * @return the first resolution; empty if the ticket was never resolved
     */
    public Optional<Instant> firstResolved() {
        return timeline().resolution(ResolutionPoint.FIRST);
    }

    /**
     * The first reply: the first interaction that {@link Interaction#isReply(boolean) is a reply} (by a human
     * agent, or also by a bot); for a ticket with no interactions at all, its recorded
     * {@link #firstResponse()}. First response time, its trend bucket and the SLA first-response clock all
     * use this one rule. Allocates nothing: the first replies are found once, with the ticket.
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
        Replies replies = (Replies) interactions;
        return includeBots ? replies.firstIncludingBots : replies.firstByAgents;
    }

    private static void notBefore(Optional<Instant> value, String name, Instant bound, String boundName, String id) {
        if (value.isPresent() && value.get().isBefore(bound)) {
            throw new IllegalArgumentException(name + " must not be before " + boundName + ": ticket " + id + ", "
                    + boundName + " " + bound + ", " + name + " " + value.get());
        }
    }

    /**
     * Whether the ticket is resolved now: its status is SOLVED or CLOSED.
     *
     * @return true when resolved
     */
    public boolean isResolved() {
        return status.isResolved();
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
     * The number of public replies by human agents (or also by bots) among the interactions.
     *
     * @param includeBots whether bot and automated replies count
     * @return the count, 0 when the ticket has no interactions
     */
    public int replyCount(boolean includeBots) {
        int n = 0;
        for (int i = 0, size = interactions.size(); i < size; i++) {
            if (interactions.get(i).isReply(includeBots)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The value of a free attribute.
     *
     * @param name the attribute name, such as {@code "tier"}
     * @return its value, or empty if the ticket has none
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /**
     * A builder starting from this ticket's values.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, created);
        b.customerId = customerId.orElse(null);
        b.channel = channel.orElse(null);
        b.priority = priority.orElse(null);
        b.category = category.orElse(null);
        b.product = product.orElse(null);
        b.team = team.orElse(null);
        b.assignee = assignee.orElse(null);
        b.status = status;
        b.firstResponse = firstResponse.orElse(null);
        b.resolved = resolved.orElse(null);
        b.closed = closed.orElse(null);
        b.reopenCount = reopenCount;
        b.escalated = escalated;
        b.transferred = transferred;
        b.resolutionCode = resolutionCode.orElse(null);
        b.attributes.putAll(attributes);
        b.interactions.addAll(interactions);
        b.statusHistory.addAll(statusHistory);
        return b;
    }

    /**
     * A builder for a ticket with this id created at this instant; everything absent, zero or false until
     * set, and the status derived at {@link Builder#build()} when it is not set.
     *
     * @param id the ticket id
     * @param created when it was created
     * @return a new builder
     */
    public static Builder builder(String id, Instant created) {
        return new Builder(id, created);
    }

    /** A ticket's interactions, immutable and in time order, with its first replies found once. */
    private static final class Replies extends AbstractList<Interaction> implements RandomAccess {
        private final Interaction[] items;
        private final Optional<Instant> firstByAgents;
        private final Optional<Instant> firstIncludingBots;

        Replies(List<Interaction> sorted, Optional<Instant> firstResponse) {
            items = sorted.toArray(new Interaction[0]);
            firstByAgents = items.length == 0 ? firstResponse : first(false);
            firstIncludingBots = items.length == 0 ? firstResponse : first(true);
        }

        private Optional<Instant> first(boolean includeBots) {
            for (Interaction i : items) {
                if (i.isReply(includeBots)) {
                    return Optional.of(i.at());
                }
            }
            return Optional.empty();
        }

        @Override
        public Interaction get(int index) {
            return items[index];
        }

        @Override
        public int size() {
            return items.length;
        }
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
        private Instant firstResponse;
        private Instant resolved;
        private Instant closed;
        private Integer reopenCount;
        private boolean escalated;
        private boolean transferred;
        private String resolutionCode;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<Interaction> interactions = new ArrayList<>();
        private final List<StatusChange> statusHistory = new ArrayList<>();
        /** The fields set on this builder (not those copied by {@code toBuilder}), by name. */
        private final SetOnce given;

        private Builder(String id, Instant created) {
            this.id = id;
            this.created = created;
            this.given = new SetOnce(() -> "ticket " + id);
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

        /** @param v when the first response was sent @return this builder */
        public Builder firstResponse(Instant v) {
            firstResponse = given.set("firstResponse", firstResponse, v);
            return this;
        }

        /**
         * Sets the resolution instant; the status stays as set. A ticket with a resolution instant and no
         * status set is SOLVED (or CLOSED, when closed) at {@link #build()}.
         *
         * @param v when the ticket was resolved; null for never
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another instant, or the status set is not
         *     SOLVED or CLOSED
         */
        public Builder resolved(Instant v) {
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
         * @throws IllegalArgumentException if it was set before to another instant, or the status set is not
         *     CLOSED
         */
        public Builder closed(Instant v) {
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
         * Validates and builds the ticket.
         *
         * @return the ticket
         * @throws IllegalArgumentException as {@link Ticket#Ticket} does
         */
        public Ticket build() {
            return new Ticket(id, Optional.ofNullable(customerId), Optional.ofNullable(channel),
                    Optional.ofNullable(priority), Optional.ofNullable(category), Optional.ofNullable(product),
                    Optional.ofNullable(team), Optional.ofNullable(assignee), statusOrDerived(), created,
                    Optional.ofNullable(firstResponse), Optional.ofNullable(resolved), Optional.ofNullable(closed),
                    reopenCount != null ? reopenCount : StatusTimeline.countReopens(statusHistory), escalated,
                    transferred, Optional.ofNullable(resolutionCode), attributes, interactions, statusHistory);
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
