package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Something that happened on or around a ticket: a customer message, a public agent reply, an internal
 * note, a bot reply, a call, a chat or a self-service session. Immutable and thread-safe; equal when all
 * its values are equal, like a record.
 *
 * <p>Calls and chats ({@link InteractionKind#isQueued() queued kinds}) start when they are offered to the
 * queue at {@link #at()}; {@link #queueWait()} is the time until an agent answered or, when
 * {@link #abandoned()}, until the customer hung up, or empty when the source does not know it (a call log
 * often leaves the wait blank for unanswered calls). An unknown wait is never read as zero: each
 * wait-based definition has an explicit rule for it ({@link UnknownWait}). Handled
 * work records talk, hold and after-contact durations. A contact may record its own {@link #outcome()}
 * (resolved on this contact or not) and, for calls and chats, the agent it was {@link #routedToAgentId()
 * routed to}, which an abandoned call can have though no agent handled it. Durations are never negative; a zero duration is
 * valid (an answer with no wait). Free {@link #attributes()} (queue, skill, ...) segment interactions like
 * ticket attributes; names and values must not be blank. An interaction without attributes keeps no map.
 *
 * <p>The instant must be in the supported range {@code [}{@link Ticket#EARLIEST}{@code ,
 * }{@link Ticket#LATEST_EXCLUSIVE}{@code )} and each duration must fit in a {@code long} of nanoseconds
 * (about 292 years): they are kept as epoch nanoseconds and nanoseconds.
 *
 * <p>Build one with {@link #builder(InteractionKind, Instant)} or a shortcut such as
 * {@link #agentReply(Instant, String)}.
 */
public final class Interaction {
    private static final InteractionKind[] KINDS = InteractionKind.values();
    private static final Actor[] ACTORS = Actor.values();
    private static final Direction[] DIRECTIONS = Direction.values();
    private static final ContactOutcome[] OUTCOMES = ContactOutcome.values();

    private final String id;
    private final String ticketId;
    private final String agentId;
    private final String customerId;
    private final String articleId;
    /**
     * The routed-to agent and the attributes in one field, so that an interaction without attributes is no
     * bigger for them: null when neither is recorded, the agent's id alone when there are no attributes, else
     * a {@link Routed} of both.
     */
    private final Object routedAndAttributes;
    private final Channel channel;
    private final long at;
    /** The queue wait in nanoseconds, or {@link Ticket#ABSENT_NANOS} when unknown. */
    private final long queueWait;
    private final long talk;
    private final long hold;
    private final long afterContact;
    private final byte kind;
    private final byte actor;
    private final byte direction;
    private final boolean abandoned;
    /** The outcome's ordinal, or -1 when none is recorded. */
    private final byte outcome;

    /** The routed-to agent (or null) and the attributes (never empty) of an interaction that has attributes. */
    private record Routed(String agent, Map<String, String> attributes) {}

    /**
     * Validates every field.
     *
     * @param id the interaction's id, if the source has one
     * @param ticketId the ticket it belongs to, if any (calls and article views may have none)
     * @param kind what it is
     * @param actor who acted; must fit the kind (an agent reply is by an agent, a customer message by the
     *     customer)
     * @param agentId the agent who acted or answered, if any
     * @param customerId the customer, if known
     * @param at when it happened; for queued kinds, when it was offered to the queue
     * @param channel the channel, if known
     * @param direction inbound (offered by the customer) or outbound
     * @param queueWait for queued kinds, the wait until answered or abandoned, or empty when unknown; zero
     *     for other kinds
     * @param abandoned for queued kinds, whether the customer left the queue before an answer
     * @param talk talk (or chat) time
     * @param hold hold time
     * @param afterContact after-contact work (wrap-up) time
     * @param articleId for self-service sessions, the article viewed, if known
     * @param outcome what the contact itself achieved, if recorded
     * @param routedToAgentId for queued kinds, the agent the contact was routed to, if known (an abandoned
     *     call may have one)
     * @param attributes free attributes for segmenting (queue, skill, ...), in insertion order; copied
     * @throws NullPointerException if a field, an attribute name or value is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range, a duration is negative or
     *     does not fit in a {@code long} of nanoseconds, the actor does not fit the kind, or a non-queued
     *     interaction has a queue wait other than zero (an unknown one included) or is abandoned, or an
     *     abandoned one has handle time or is resolved, or a non-queued one is routed to an agent, or an
     *     attribute name or value is blank
     */
    public Interaction(Optional<String> id, Optional<String> ticketId, InteractionKind kind, Actor actor,
            Optional<String> agentId, Optional<String> customerId, Instant at, Optional<Channel> channel,
            Direction direction, Optional<Duration> queueWait, boolean abandoned, Duration talk, Duration hold,
            Duration afterContact, Optional<String> articleId, Optional<ContactOutcome> outcome,
            Optional<String> routedToAgentId, Map<String, String> attributes) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(queueWait, "queueWait");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(routedToAgentId, "routedToAgentId");
        Supplier<String> self = () -> describe(id.orElse(null), kind, at);
        this.id = id.orElse(null);
        this.ticketId = ticketId.orElse(null);
        this.kind = (byte) kind.ordinal();
        this.actor = (byte) actor.ordinal();
        this.agentId = agentId.orElse(null);
        this.customerId = customerId.orElse(null);
        this.at = Nanos.of(at, "at", self);
        this.channel = Ticket.canonical(channel.orElse(null));
        this.direction = (byte) direction.ordinal();
        this.queueWait = queueWait.isPresent() ? Nanos.ofDuration(queueWait.get(), "queueWait", self)
                : Ticket.ABSENT_NANOS;
        this.abandoned = abandoned;
        this.talk = Nanos.ofDuration(talk, "talk", self);
        this.hold = Nanos.ofDuration(hold, "hold", self);
        this.afterContact = Nanos.ofDuration(afterContact, "afterContact", self);
        this.articleId = articleId.orElse(null);
        this.outcome = (byte) outcome.map(Enum::ordinal).orElse(-1).intValue();
        Map<String, String> copy = Attributes.checked(attributes, self);
        this.routedAndAttributes = copy.isEmpty() ? routedToAgentId.orElse(null)
                : new Routed(routedToAgentId.orElse(null), copy);
        validate(self);
    }

    /**
     * Validates every field, with no attributes: as the constructor of every field with an empty map.
     *
     * @param id the interaction's id, if the source has one
     * @param ticketId the ticket it belongs to, if any
     * @param kind what it is
     * @param actor who acted; must fit the kind
     * @param agentId the agent who acted or answered, if any
     * @param customerId the customer, if known
     * @param at when it happened; for queued kinds, when it was offered to the queue
     * @param channel the channel, if known
     * @param direction inbound or outbound
     * @param queueWait for queued kinds, the wait until answered or abandoned, or empty when unknown; zero
     *     for other kinds
     * @param abandoned for queued kinds, whether the customer left the queue before an answer
     * @param talk talk (or chat) time
     * @param hold hold time
     * @param afterContact after-contact work (wrap-up) time
     * @param articleId for self-service sessions, the article viewed, if known
     * @param outcome what the contact itself achieved, if recorded
     * @param routedToAgentId for queued kinds, the agent the contact was routed to, if known
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException as the constructor of every field does
     */
    public Interaction(Optional<String> id, Optional<String> ticketId, InteractionKind kind, Actor actor,
            Optional<String> agentId, Optional<String> customerId, Instant at, Optional<Channel> channel,
            Direction direction, Optional<Duration> queueWait, boolean abandoned, Duration talk, Duration hold,
            Duration afterContact, Optional<String> articleId, Optional<ContactOutcome> outcome,
            Optional<String> routedToAgentId) {
        this(id, ticketId, kind, actor, agentId, customerId, at, channel, direction, queueWait, abandoned, talk,
                hold, afterContact, articleId, outcome, routedToAgentId, Map.of());
    }

    /**
     * Validates every field, with an unknown queue wait possible and no outcome or routed-to agent recorded:
     * as the constructor of every field with both empty.
     *
     * @param id the interaction's id, if the source has one
     * @param ticketId the ticket it belongs to, if any
     * @param kind what it is
     * @param actor who acted; must fit the kind
     * @param agentId the agent who acted or answered, if any
     * @param customerId the customer, if known
     * @param at when it happened; for queued kinds, when it was offered to the queue
     * @param channel the channel, if known
     * @param direction inbound or outbound
     * @param queueWait for queued kinds, the wait until answered or abandoned, or empty when unknown; zero
     *     for other kinds
     * @param abandoned for queued kinds, whether the customer left the queue before an answer
     * @param talk talk (or chat) time
     * @param hold hold time
     * @param afterContact after-contact work (wrap-up) time
     * @param articleId for self-service sessions, the article viewed, if known
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException as the constructor of every field does
     */
    public Interaction(Optional<String> id, Optional<String> ticketId, InteractionKind kind, Actor actor,
            Optional<String> agentId, Optional<String> customerId, Instant at, Optional<Channel> channel,
            Direction direction, Optional<Duration> queueWait, boolean abandoned, Duration talk, Duration hold,
            Duration afterContact, Optional<String> articleId) {
        this(id, ticketId, kind, actor, agentId, customerId, at, channel, direction, queueWait, abandoned, talk,
                hold, afterContact, articleId, Optional.empty(), Optional.empty());
    }

    /**
     * Validates every field, with a known queue wait and no outcome or routed-to agent recorded: as the
     * constructor of every field with {@code Optional.of(queueWait)}.
     *
     * @param id the interaction's id, if the source has one
     * @param ticketId the ticket it belongs to, if any
     * @param kind what it is
     * @param actor who acted; must fit the kind
     * @param agentId the agent who acted or answered, if any
     * @param customerId the customer, if known
     * @param at when it happened; for queued kinds, when it was offered to the queue
     * @param channel the channel, if known
     * @param direction inbound or outbound
     * @param queueWait for queued kinds, the wait until answered or abandoned; zero for other kinds
     * @param abandoned for queued kinds, whether the customer left the queue before an answer
     * @param talk talk (or chat) time
     * @param hold hold time
     * @param afterContact after-contact work (wrap-up) time
     * @param articleId for self-service sessions, the article viewed, if known
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException as the other constructor does
     */
    public Interaction(Optional<String> id, Optional<String> ticketId, InteractionKind kind, Actor actor,
            Optional<String> agentId, Optional<String> customerId, Instant at, Optional<Channel> channel,
            Direction direction, Duration queueWait, boolean abandoned, Duration talk, Duration hold,
            Duration afterContact, Optional<String> articleId) {
        this(id, ticketId, kind, actor, agentId, customerId, at, channel, direction,
                Optional.of(Objects.requireNonNull(queueWait, "queueWait")), abandoned, talk, hold, afterContact,
                articleId, Optional.empty(), Optional.empty());
    }

    /**
     * An interaction of validated values, as a ticket keeps them; durations in nanoseconds, the queue wait
     * {@link Ticket#ABSENT_NANOS} when unknown.
     */
    Interaction(String id, String ticketId, InteractionKind kind, Actor actor, String agentId, String customerId,
            long at, Channel channel, Direction direction, long queueWait, boolean abandoned, long talk, long hold,
            long afterContact, String articleId) {
        this.id = id;
        this.ticketId = ticketId;
        this.kind = (byte) kind.ordinal();
        this.actor = (byte) actor.ordinal();
        this.agentId = agentId;
        this.customerId = customerId;
        this.at = at;
        this.channel = channel;
        this.direction = (byte) direction.ordinal();
        this.queueWait = queueWait;
        this.abandoned = abandoned;
        this.talk = talk;
        this.hold = hold;
        this.afterContact = afterContact;
        this.articleId = articleId;
        this.outcome = -1;
        this.routedAndAttributes = null;
    }

    /** The rules between fields: the actor fits the kind, only queued kinds wait or are abandoned. */
    private void validate(Supplier<String> self) {
        InteractionKind kind = kind();
        if (!actorFits(kind, actor())) {
            throw new IllegalArgumentException(
                    "actor must fit kind " + kind + ": " + self.get() + ", actor " + actor());
        }
        if (!kind.isQueued()) {
            if (queueWait != 0) {
                throw new IllegalArgumentException(
                        "queueWait must be zero for " + kind + " (only calls and chats queue): " + self.get()
                                + ", queueWait " + (hasQueueWait() ? queueWait().get() : "unknown"));
            }
            if (abandoned) {
                throw new IllegalArgumentException("abandoned must be false for " + kind
                        + " (only calls and chats can be abandoned): " + self.get());
            }
        }
        String routedTo = routedToOrNull();
        if (!kind.isQueued() && routedTo != null) {
            throw new IllegalArgumentException("routedToAgentId must be empty for " + kind
                    + " (only calls and chats are routed): " + self.get() + ", routedToAgentId " + routedTo);
        }
        if (abandoned && outcome == ContactOutcome.RESOLVED.ordinal()) {
            throw new IllegalArgumentException("outcome must not be RESOLVED for an abandoned " + kind
                    + " (no one answered it): " + self.get());
        }
        if (abandoned && !(talk == 0 && hold == 0 && afterContact == 0)) {
            throw new IllegalArgumentException(
                    "an abandoned " + kind + " must have no talk, hold or after-contact time: " + self.get()
                            + ", talk " + talk() + ", hold " + hold() + ", afterContact " + afterContact());
        }
    }

    /**
     * The interaction's id, if the source has one.
     *
     * @return the id, or empty
     */
    public Optional<String> id() {
        return Optional.ofNullable(id);
    }

    /**
     * The ticket it belongs to, if any (calls and article views may have none).
     *
     * @return the ticket id, or empty
     */
    public Optional<String> ticketId() {
        return Optional.ofNullable(ticketId);
    }

    /**
     * What it is.
     *
     * @return the kind
     */
    public InteractionKind kind() {
        return KINDS[kind];
    }

    /**
     * Who acted; it fits the kind (an agent reply is by an agent, a customer message by the customer).
     *
     * @return the actor
     */
    public Actor actor() {
        return ACTORS[actor];
    }

    /**
     * The agent who acted or answered, if any.
     *
     * @return the agent, or empty
     */
    public Optional<String> agentId() {
        return Optional.ofNullable(agentId);
    }

    /**
     * The customer, if known.
     *
     * @return the customer, or empty
     */
    public Optional<String> customerId() {
        return Optional.ofNullable(customerId);
    }

    /**
     * When it happened; for queued kinds, when it was offered to the queue.
     *
     * @return the instant, in the supported range
     */
    public Instant at() {
        return Nanos.instant(at);
    }

    /**
     * The channel, if known.
     *
     * @return the channel, or empty
     */
    public Optional<Channel> channel() {
        return Optional.ofNullable(channel);
    }

    /**
     * Inbound (offered by the customer) or outbound.
     *
     * @return the direction
     */
    public Direction direction() {
        return DIRECTIONS[direction];
    }

    /**
     * For queued kinds, the wait until answered or abandoned, or empty when the source does not know it;
     * zero for other kinds.
     *
     * @return the queue wait, not negative, or empty when unknown
     */
    public Optional<Duration> queueWait() {
        return hasQueueWait() ? Optional.of(Duration.ofNanos(queueWait)) : Optional.empty();
    }

    /**
     * Whether the queue wait is known: false only for a call or chat whose wait the source left blank.
     *
     * @return true when {@link #queueWait()} is present
     */
    public boolean hasQueueWait() {
        return queueWait != Ticket.ABSENT_NANOS;
    }

    /**
     * The queue wait, which must be known: for code that has already applied its rule for unknown waits.
     *
     * @return the queue wait, not negative
     * @throws IllegalStateException if the wait is unknown, naming the interaction
     */
    public Duration knownQueueWait() {
        if (!hasQueueWait()) {
            throw new IllegalStateException("queueWait is unknown: " + describe(id, kind(), at()));
        }
        return Duration.ofNanos(queueWait);
    }

    /**
     * For queued kinds, whether the customer left the queue before an answer.
     *
     * @return true when abandoned
     */
    public boolean abandoned() {
        return abandoned;
    }

    /**
     * Talk (or chat) time.
     *
     * @return the talk time, not negative
     */
    public Duration talk() {
        return Duration.ofNanos(talk);
    }

    /**
     * Hold time.
     *
     * @return the hold time, not negative
     */
    public Duration hold() {
        return Duration.ofNanos(hold);
    }

    /**
     * After-contact work (wrap-up) time.
     *
     * @return the after-contact time, not negative
     */
    public Duration afterContact() {
        return Duration.ofNanos(afterContact);
    }

    /**
     * For self-service sessions, the article viewed, if known.
     *
     * @return the article, or empty
     */
    public Optional<String> articleId() {
        return Optional.ofNullable(articleId);
    }

    /**
     * What the contact itself achieved, if recorded: resolved on this contact, or not.
     *
     * @return the outcome, or empty when none is recorded
     */
    public Optional<ContactOutcome> outcome() {
        return outcome < 0 ? Optional.empty() : Optional.of(OUTCOMES[outcome]);
    }

    /**
     * For calls and chats, the agent the contact was routed to, if known: an abandoned call may have one
     * though no agent handled it ({@link #agentId()} is the agent who acted or answered).
     *
     * @return the agent, or empty
     */
    public Optional<String> routedToAgentId() {
        return Optional.ofNullable(routedToOrNull());
    }

    /**
     * Free attributes for segmenting (queue, skill, ...), in insertion order.
     *
     * @return an unmodifiable map, empty when there are none
     */
    public Map<String, String> attributes() {
        return routedAndAttributes instanceof Routed r ? r.attributes : Map.of();
    }

    /**
     * The value of a free attribute.
     *
     * @param name the attribute name, such as {@code "queue"}
     * @return its value, or empty when the interaction has none
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(routedAndAttributes instanceof Routed r ? r.attributes.get(name) : null);
    }

    /**
     * @return whether an outcome, a routed-to agent or an attribute is recorded, values a ticket's packed form
     *     cannot hold
     */
    boolean hasContactFacts() {
        return outcome >= 0 || routedAndAttributes != null;
    }

    /** @return the routed-to agent, or null */
    private String routedToOrNull() {
        return routedAndAttributes instanceof Routed r ? r.agent : (String) routedAndAttributes;
    }

    /** @return {@link #at()} in epoch nanoseconds */
    long atNanos() {
        return at;
    }

    /** @return the id, or null */
    String idOrNull() {
        return id;
    }

    /** @return the ticket id, or null */
    String ticketIdOrNull() {
        return ticketId;
    }

    /** @return the agent, or null */
    String agentIdOrNull() {
        return agentId;
    }

    /** @return the customer, or null */
    String customerIdOrNull() {
        return customerId;
    }

    /** @return the channel, or null */
    Channel channelOrNull() {
        return channel;
    }

    /** @return the article, or null */
    String articleIdOrNull() {
        return articleId;
    }

    /** @return {@link #queueWait()} in nanoseconds, or {@link Ticket#ABSENT_NANOS} when unknown */
    long queueWaitNanos() {
        return queueWait;
    }

    /** @return {@link #talk()} in nanoseconds */
    long talkNanos() {
        return talk;
    }

    /** @return {@link #hold()} in nanoseconds */
    long holdNanos() {
        return hold;
    }

    /** @return {@link #afterContact()} in nanoseconds */
    long afterContactNanos() {
        return afterContact;
    }

    /**
     * Equal when every value is equal: id, ticket, kind, actor, agent, customer, instant, channel,
     * direction, queue wait, abandoned, talk, hold, after-contact, article, outcome, routed-to agent and
     * attributes.
     *
     * @param o the other object
     * @return true when equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Interaction other && at == other.at && kind == other.kind && actor == other.actor
                && direction == other.direction && abandoned == other.abandoned && queueWait == other.queueWait
                && talk == other.talk && hold == other.hold && afterContact == other.afterContact
                && Objects.equals(agentId, other.agentId) && Objects.equals(ticketId, other.ticketId)
                && Objects.equals(id, other.id) && Objects.equals(customerId, other.customerId)
                && Objects.equals(channel, other.channel) && Objects.equals(articleId, other.articleId)
                && outcome == other.outcome && Objects.equals(routedAndAttributes, other.routedAndAttributes);
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(id);
        h = 31 * h + Objects.hashCode(ticketId);
        h = 31 * h + kind;
        h = 31 * h + actor;
        h = 31 * h + Objects.hashCode(agentId);
        h = 31 * h + Objects.hashCode(customerId);
        h = 31 * h + Long.hashCode(at);
        h = 31 * h + Objects.hashCode(channel);
        h = 31 * h + direction;
        h = 31 * h + Long.hashCode(queueWait);
        h = 31 * h + Boolean.hashCode(abandoned);
        h = 31 * h + Long.hashCode(talk);
        h = 31 * h + Long.hashCode(hold);
        h = 31 * h + Long.hashCode(afterContact);
        h = 31 * h + Objects.hashCode(articleId);
        h = 31 * h + outcome;
        h = 31 * h + Objects.hashCode(routedToOrNull());
        return 31 * h + attributes().hashCode();
    }

    /**
     * The values, as a record shows them: {@code Interaction[id=Optional.empty, ticketId=Optional.empty,
     * kind=AGENT_REPLY, actor=AGENT, agentId=Optional[ana], ..., routedToAgentId=Optional.empty]}, then the
     * attributes when there are any.
     *
     * @return a readable form
     */
    @Override
    public String toString() {
        return "Interaction[id=" + id() + ", ticketId=" + ticketId() + ", kind=" + kind() + ", actor=" + actor()
                + ", agentId=" + agentId() + ", customerId=" + customerId() + ", at=" + at() + ", channel="
                + channel() + ", direction=" + direction() + ", queueWait=" + queueWait() + ", abandoned="
                + abandoned + ", talk=" + talk() + ", hold=" + hold() + ", afterContact=" + afterContact()
                + ", articleId=" + articleId() + ", outcome=" + outcome() + ", routedToAgentId=" + routedToAgentId()
                + (routedAndAttributes instanceof Routed r ? ", attributes=" + r.attributes : "") + "]";
    }

    private static boolean actorFits(InteractionKind kind, Actor actor) {
        switch (kind) {
            case CUSTOMER_MESSAGE:
            case SELF_SERVICE:
                return actor == Actor.CUSTOMER;
            case AGENT_REPLY:
                return actor == Actor.AGENT;
            case BOT_REPLY:
                return actor == Actor.BOT || actor == Actor.SYSTEM;
            case INTERNAL_NOTE:
                return actor != Actor.CUSTOMER;
            default: // CALL, CHAT: answered by an agent or a bot, or left by the customer
                return true;
        }
    }

    private static String describe(String id, InteractionKind kind, Instant at) {
        return "interaction " + (id == null ? "(no id)" : id) + " (" + kind + " at " + at + ")";
    }

    /**
     * The total handle time: {@code talk + hold + afterContact}.
     *
     * @return the handle time; zero for abandoned contacts and for messages with no recorded work
     */
    public Duration handleTime() {
        return Duration.ofNanos(talk).plusNanos(hold).plusNanos(afterContact);
    }

    /**
     * Whether this is an inbound call or chat offered to the queue.
     *
     * @return true for inbound queued interactions
     */
    public boolean isOffered() {
        return kind().isQueued() && direction() == Direction.INBOUND;
    }

    /**
     * Whether this is a queued interaction that was answered (not abandoned).
     *
     * @return true for answered calls and chats
     */
    public boolean isAnswered() {
        return kind().isQueued() && !abandoned;
    }

    /**
     * Whether this is a public reply to the customer by a human agent or, when {@code includeBots}, by a bot.
     *
     * @param includeBots whether bot and automated replies count
     * @return true for such replies
     */
    public boolean isReply(boolean includeBots) {
        return isReply(kind(), includeBots);
    }

    /** Whether an interaction of this kind is a reply, as {@link #isReply(boolean)}. */
    static boolean isReply(InteractionKind kind, boolean includeBots) {
        return kind == InteractionKind.AGENT_REPLY || (includeBots && kind == InteractionKind.BOT_REPLY);
    }

    /**
     * A builder for an interaction of {@code kind} at {@code at}: inbound, no queue wait, not abandoned and
     * no handle time until set, and, when no actor is set, the actor the kind implies (customer for messages
     * and self-service, bot for bot replies, agent otherwise), taken at {@link Builder#build()}.
     *
     * @param kind what it is
     * @param at when it happened
     * @return a new builder
     * @throws NullPointerException if a value is null
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static Builder builder(InteractionKind kind, Instant at) {
        return new Builder(kind, at);
    }

    /**
     * A customer message.
     *
     * @param at when it was sent
     * @return the interaction
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static Interaction customerMessage(Instant at) {
        return builder(InteractionKind.CUSTOMER_MESSAGE, at).build();
    }

    /**
     * A public reply by a human agent.
     *
     * @param at when it was sent
     * @param agentId the agent
     * @return the interaction
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static Interaction agentReply(Instant at, String agentId) {
        return builder(InteractionKind.AGENT_REPLY, at).agentId(agentId).build();
    }

    /**
     * A bot or automated reply.
     *
     * @param at when it was sent
     * @return the interaction
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static Interaction botReply(Instant at) {
        return builder(InteractionKind.BOT_REPLY, at).build();
    }

    /**
     * An internal note by an agent.
     *
     * @param at when it was written
     * @param agentId the agent
     * @return the interaction
     * @throws IllegalArgumentException if {@code at} is outside the supported range
     */
    public static Interaction internalNote(Instant at, String agentId) {
        return builder(InteractionKind.INTERNAL_NOTE, at).agentId(agentId).build();
    }

    /**
     * Builds an {@link Interaction}. Not thread-safe; {@link #build()} validates.
     *
     * <p>The builder fails fast on what is most likely a mapping bug, and never changes one field because
     * another was set:
     * <ul>
     *   <li>a field set twice to different values is refused, naming both values (setting the same value
     *       again is fine);</li>
     *   <li>a field never set takes its default at {@link #build()}: the actor the kind implies (customer
     *       for messages and self-service, bot for bot replies, agent otherwise), inbound, no queue wait,
     *       not abandoned, no talk, hold or after-contact time, and no id, ticket, agent, customer, channel,
     *       article, outcome, routed-to agent or attribute;</li>
     *   <li>combinations that contradict each other or the kind (an actor that does not fit the kind, a
     *       queue wait on a kind that does not queue, handle time on an abandoned call) are refused at
     *       {@link #build()}, as {@link Interaction#Interaction} does, naming the fields.</li>
     * </ul>
     *
     * <p>Each refusal is an {@link IllegalArgumentException} naming the interaction, the field and the values.
     */
    public static final class Builder {
        private String id;
        private String ticketId;
        private final InteractionKind kind;
        private Actor actor;
        private String agentId;
        private String customerId;
        private final Instant at;
        private Channel channel;
        private Direction direction = Direction.INBOUND;
        /** Empty: set as unknown. */
        private Optional<Duration> queueWait = Optional.of(Duration.ZERO);
        private boolean abandoned;
        private Duration talk = Duration.ZERO;
        private Duration hold = Duration.ZERO;
        private Duration afterContact = Duration.ZERO;
        private String articleId;
        private ContactOutcome outcome;
        private String routedTo;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        /** The fields set on this builder, by name. */
        private final SetOnce given;

        private Builder(InteractionKind kind, Instant at) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.at = Objects.requireNonNull(at, "at");
            this.given = new SetOnce(() -> describe(id, kind, at));
            Nanos.check(at, "at", given::record);
        }

        /** @param v the interaction's id @return this builder */
        public Builder id(String v) { id = given.set("id", id, v); return this; }

        /** @param v the ticket it belongs to @return this builder */
        public Builder ticketId(String v) { ticketId = given.set("ticketId", ticketId, v); return this; }

        /**
         * Sets who acted. When it is never set, {@link #build()} takes the actor the kind implies.
         *
         * @param v who acted
         * @return this builder
         * @throws IllegalArgumentException if it was set before to another value
         */
        public Builder actor(Actor v) { actor = given.set("actor", actor, v); return this; }

        /** @param v the agent who acted or answered @return this builder */
        public Builder agentId(String v) { agentId = given.set("agentId", agentId, v); return this; }

        /** @param v the customer @return this builder */
        public Builder customerId(String v) { customerId = given.set("customerId", customerId, v); return this; }

        /** @param v the channel @return this builder */
        public Builder channel(Channel v) { channel = given.set("channel", channel, v); return this; }

        /** @param v inbound or outbound; inbound when never set @return this builder */
        public Builder direction(Direction v) { direction = given.set("direction", direction, v); return this; }

        /**
         * Sets the wait until answered or abandoned; zero when never set.
         *
         * @param v the wait
         * @return this builder
         * @throws NullPointerException if {@code v} is null
         * @throws IllegalArgumentException if it was set before to another value (or as unknown)
         */
        public Builder queueWait(Duration v) {
            queueWait = given.set("queueWait", queueWait, Optional.of(Objects.requireNonNull(v, "queueWait")));
            return this;
        }

        /**
         * Sets the wait until answered or abandoned, or, when empty, as unknown ({@link #queueWaitUnknown()}).
         *
         * @param v the wait, or empty when unknown
         * @return this builder
         * @throws NullPointerException if {@code v} is null
         * @throws IllegalArgumentException if it was set before to another value
         */
        public Builder queueWait(Optional<Duration> v) {
            queueWait = given.set("queueWait", queueWait, Objects.requireNonNull(v, "queueWait"));
            return this;
        }

        /**
         * Records that the source does not know the queue wait (a blank wait in a call log): only calls and
         * chats may have one. Each wait-based definition says how such a contact counts; none reads it as zero.
         *
         * @return this builder
         * @throws IllegalArgumentException if a known wait was set before
         */
        public Builder queueWaitUnknown() {
            return queueWait(Optional.empty());
        }

        /** @param v whether the customer left the queue unanswered; false when never set @return this builder */
        public Builder abandoned(boolean v) { abandoned = given.set("abandoned", abandoned, v); return this; }

        /** @param v talk time; zero when never set @return this builder */
        public Builder talk(Duration v) { talk = given.set("talk", talk, v); return this; }

        /** @param v hold time; zero when never set @return this builder */
        public Builder hold(Duration v) { hold = given.set("hold", hold, v); return this; }

        /** @param v after-contact work time; zero when never set @return this builder */
        public Builder afterContact(Duration v) {
            afterContact = given.set("afterContact", afterContact, v);
            return this;
        }

        /** @param v the article viewed @return this builder */
        public Builder articleId(String v) { articleId = given.set("articleId", articleId, v); return this; }

        /** @param v what the contact itself achieved; none recorded when never set @return this builder */
        public Builder outcome(ContactOutcome v) { outcome = given.set("outcome", outcome, v); return this; }

        /**
         * Sets the agent a call or chat was routed to, which an abandoned call may have; none when never set.
         *
         * @param v the agent
         * @return this builder
         */
        public Builder routedToAgentId(String v) {
            routedTo = given.set("routedToAgentId", routedTo, v);
            return this;
        }

        /**
         * Sets a free attribute.
         *
         * @param name attribute name, not blank
         * @param value its value, not blank
         * @return this builder
         * @throws IllegalArgumentException if this attribute was set before to another value
         */
        public Builder attribute(String name, String value) {
            attributes.put(name, given.set("attribute " + name, attributes.get(name), value));
            return this;
        }

        /**
         * Validates and builds the interaction.
         *
         * @return the interaction
         * @throws IllegalArgumentException as {@link Interaction#Interaction} does
         */
        public Interaction build() {
            return new Interaction(Optional.ofNullable(id), Optional.ofNullable(ticketId), kind, actorOrImplied(),
                    Optional.ofNullable(agentId), Optional.ofNullable(customerId), at, Optional.ofNullable(channel),
                    direction, queueWait, abandoned, talk, hold, afterContact, Optional.ofNullable(articleId),
                    Optional.ofNullable(outcome), Optional.ofNullable(routedTo), attributes);
        }

        /** The actor set, or else the one the kind implies: customer, bot or agent. */
        private Actor actorOrImplied() {
            if (given.contains("actor")) {
                return actor;
            }
            switch (kind) {
                case CUSTOMER_MESSAGE:
                case SELF_SERVICE:
                    return Actor.CUSTOMER;
                case BOT_REPLY:
                    return Actor.BOT;
                default:
                    return Actor.AGENT;
            }
        }
    }
}
