package io.github.supportkpi.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The values of a ticket drawn at random from a seed, to build tickets from and to compare their accessors
 * with. Unlike the realistic generated records, these reach every corner the compact form has: instants to
 * the nanosecond at both ends of the supported range, every value absent or present, equal instants, up to
 * a few dozen interactions (by the assignee, another agent or none; naming the ticket or not; with ids,
 * customers, articles, durations and channels of their own), status histories, and more attributes than
 * a scan is kept for.
 */
final class TicketValues {
    static final List<String> AGENTS = List.of("ana", "ben", "chen");
    static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB,
            Channel.SOCIAL, Channel.MESSAGING, Channel.SELF_SERVICE, Channel.of("Carrier Pigeon"));
    /** Every later instant of a ticket is less than this after its creation. */
    static final long SPAN = Duration.ofDays(30).toNanos();

    String id;
    String customerId;
    Channel channel;
    Priority priority;
    String category;
    String product;
    String team;
    String assignee;
    Status status;
    Instant created;
    Instant firstResponse;
    Instant resolved;
    Instant closed;
    int reopenCount;
    boolean escalated;
    boolean transferred;
    String resolutionCode;
    Origin origin;
    Map<String, String> attributes = new LinkedHashMap<>();
    /** In the order given to the builder, not necessarily in time order. */
    List<Interaction> interactions = new ArrayList<>();
    List<StatusChange> history = new ArrayList<>();
    /** Whether the builder is given absent values as nulls (else it is not told about them). */
    boolean setAbsent;

    private final SplittableRandom random;
    private final long seed;

    private TicketValues(SplittableRandom random, long seed) {
        this.random = random;
        this.seed = seed;
    }

    static long nanos(Instant at) {
        return at.getEpochSecond() * 1_000_000_000L + at.getNano();
    }

    static Instant instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private <E> E pick(List<E> list) {
        return list.get(random.nextInt(list.size()));
    }

    private <E> E pick(E[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An offset after the creation: zero, a few nanoseconds, anything, or the last one of the span. */
    private long offset() {
        double p = random.nextDouble();
        return p < 0.15 ? 0 : p < 0.3 ? random.nextLong(1000) : p < 0.9 ? random.nextLong(SPAN) : SPAN - 1;
    }

    private Instant after(long offset) {
        return created.plusNanos(offset);
    }

    /**
     * Random values from a seed.
     *
     * @param seed the seed
     * @return the values
     */
    static TicketValues random(long seed) {
        TicketValues v = new TicketValues(new SplittableRandom(seed), seed);
        v.draw();
        return v;
    }

    private void draw() {
        id = "T-" + random.nextInt(1000);
        long earliest = nanos(Ticket.EARLIEST);
        long latest = nanos(Ticket.LATEST_EXCLUSIVE);
        double where = random.nextDouble();
        long createdNanos = where < 0.25 ? earliest + (chance(0.5) ? 0 : random.nextLong(1000))
                : where < 0.5 ? latest - SPAN - (chance(0.5) ? 0 : random.nextLong(1000))
                : nanos(Instant.parse("2024-03-04T00:00:00Z")) + random.nextLong(SPAN);
        created = instant(createdNanos);
        customerId = chance(0.7) ? "C-" + random.nextInt(10) : null;
        channel = chance(0.8) ? pick(CHANNELS) : null;
        priority = chance(0.8) ? pick(Priority.values()) : null;
        category = chance(0.7) ? "cat-" + random.nextInt(5) : null;
        product = chance(0.3) ? "app" : null;
        team = chance(0.6) ? "tier" + random.nextInt(3) : null;
        assignee = chance(0.7) ? pick(AGENTS) : null;
        escalated = chance(0.3);
        transferred = chance(0.3);
        resolutionCode = chance(0.3) ? "fixed" : null;
        origin = chance(0.5) ? pick(Origin.values()) : null;
        firstResponse = chance(0.5) ? after(offset()) : null;
        setAbsent = chance(0.5);
        int attributeCount = chance(0.2) ? random.nextInt(21) : random.nextInt(3);
        for (int i = 0; i < attributeCount; i++) {
            attributes.put("a" + i, "v" + random.nextInt(5));
        }
        int n = chance(0.2) ? random.nextInt(40) : random.nextInt(5);
        List<Long> offsets = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long offset = !offsets.isEmpty() && chance(0.2) ? pick(offsets) : offset(); // equal instants too
            offsets.add(offset);
            interactions.add(interaction(after(offset)));
        }
        if (chance(0.4)) {
            drawHistory();
        } else {
            status = pick(Status.values());
            reopenCount = chance(0.7) ? 0 : random.nextInt(4);
            resolved = status.isResolved() ? after(offset()) : null;
        }
        if (status == Status.CLOSED && chance(0.7)) {
            long r = nanos(resolved) - nanos(created);
            closed = after(r + random.nextLong(SPAN - r));
        }
    }

    private void drawHistory() {
        int steps = 1 + random.nextInt(6);
        long at = 0;
        boolean wasResolved = false;
        int reopens = 0;
        Status to = Status.NEW;
        for (int i = 0; i < steps; i++) {
            at += chance(0.2) ? 0 : random.nextLong((SPAN - at) / 2 + 1);
            to = pick(Status.values());
            StatusChange c = StatusChange.of(after(at), to);
            if (chance(0.3)) {
                c = new StatusChange(c.at(), to, Optional.of("Waiting for " + random.nextInt(3)), c.agentId());
            }
            history.add(chance(0.3) ? c.withAgentId(pick(AGENTS)) : c);
            reopens += wasResolved && !to.isResolved() ? 1 : 0;
            wasResolved = to.isResolved();
        }
        status = to;
        reopenCount = reopens;
        resolved = status.isResolved() ? after(offset()) : null;
    }

    private Interaction interaction(Instant at) {
        InteractionKind kind = pick(InteractionKind.values());
        Interaction.Builder b = Interaction.builder(kind, at).actor(fittingActor(kind));
        if (chance(0.6)) {
            String agent = chance(0.5) ? assignee : pick(AGENTS);
            if (agent != null) {
                b.agentId(agent);
            }
        }
        if (chance(0.3)) {
            b.ticketId(id);
        }
        if (chance(0.5)) {
            b.channel(pick(CHANNELS));
        }
        if (chance(0.1)) {
            b.id("I-" + random.nextInt(100));
        }
        if (chance(0.1)) {
            b.customerId("C-" + random.nextInt(10));
        }
        if (chance(0.1)) {
            b.articleId("KB-" + random.nextInt(10));
        }
        b.direction(chance(0.2) ? Direction.OUTBOUND : Direction.INBOUND);
        boolean abandoned = kind.isQueued() && chance(0.3);
        if (abandoned) {
            b.abandoned(true);
        }
        if (kind.isQueued() && chance(0.5)) {
            b.queueWait(Duration.ofNanos(random.nextLong(1_000_000_000_000L)));
        } else if (kind.isQueued() && chance(0.3)) {
            b.queueWaitUnknown();
        }
        if (!abandoned && chance(0.2)) {
            b.talk(Duration.ofNanos(random.nextLong(1_000_000_000_000L)))
                    .hold(Duration.ofNanos(chance(0.5) ? 0 : random.nextLong(1_000_000_000L)))
                    .afterContact(Duration.ofNanos(chance(0.5) ? 0 : random.nextLong(1_000_000_000L)));
        }
        return b.build();
    }

    private Actor fittingActor(InteractionKind kind) {
        switch (kind) {
            case CUSTOMER_MESSAGE:
            case SELF_SERVICE:
                return Actor.CUSTOMER;
            case AGENT_REPLY:
                return Actor.AGENT;
            case BOT_REPLY:
                return chance(0.5) ? Actor.BOT : Actor.SYSTEM;
            case INTERNAL_NOTE:
                return pick(List.of(Actor.AGENT, Actor.BOT, Actor.SYSTEM));
            default:
                return pick(Actor.values());
        }
    }

    /** @return the ticket, built with every value set on a builder (absent ones as null or not at all) */
    Ticket build() {
        Ticket.Builder b = Ticket.builder(id, created).status(status).reopenCount(reopenCount).escalated(escalated)
                .transferred(transferred);
        set(customerId, b::customerId);
        set(channel, b::channel);
        set(priority, b::priority);
        set(category, b::category);
        set(product, b::product);
        set(team, b::team);
        set(assignee, b::assignee);
        set(firstResponse, b::firstResponse);
        set(resolved, b::resolved);
        set(closed, b::closed);
        set(resolutionCode, b::resolutionCode);
        set(origin, b::origin);
        attributes.forEach(b::attribute);
        b.interactions(interactions);
        history.forEach(b::statusChange);
        return b.build();
    }

    private <V> void set(V value, java.util.function.Consumer<V> setter) {
        if (value != null || setAbsent) {
            setter.accept(value);
        }
    }

    /** @return the ticket, made with the public constructor (and the origin, which it has not, set on a copy) */
    Ticket construct() {
        Ticket t = new Ticket(id, Optional.ofNullable(customerId), Optional.ofNullable(channel),
                Optional.ofNullable(priority), Optional.ofNullable(category), Optional.ofNullable(product),
                Optional.ofNullable(team), Optional.ofNullable(assignee), status, created,
                Optional.ofNullable(firstResponse), Optional.ofNullable(resolved), Optional.ofNullable(closed),
                reopenCount, escalated, transferred, Optional.ofNullable(resolutionCode), attributes, interactions,
                history);
        return origin == null ? t : t.toBuilder().origin(origin).build();
    }

    /** @return a copy of these values, to change one of them */
    TicketValues copy() {
        TicketValues c = new TicketValues(random, seed);
        c.id = id;
        c.customerId = customerId;
        c.channel = channel;
        c.priority = priority;
        c.category = category;
        c.product = product;
        c.team = team;
        c.assignee = assignee;
        c.status = status;
        c.created = created;
        c.firstResponse = firstResponse;
        c.resolved = resolved;
        c.closed = closed;
        c.reopenCount = reopenCount;
        c.escalated = escalated;
        c.transferred = transferred;
        c.resolutionCode = resolutionCode;
        c.origin = origin;
        c.attributes = new LinkedHashMap<>(attributes);
        c.interactions = new ArrayList<>(interactions);
        c.history = new ArrayList<>(history);
        c.setAbsent = setAbsent;
        return c;
    }

    /** @return the interactions in time order, stable for equal instants */
    List<Interaction> interactionsInTimeOrder() {
        List<Interaction> sorted = new ArrayList<>(interactions);
        sorted.sort(Comparator.comparing(Interaction::at));
        return sorted;
    }

    /** @return the seed that draws these values again */
    @Override
    public String toString() {
        return "ticket values from seed " + seed;
    }
}
