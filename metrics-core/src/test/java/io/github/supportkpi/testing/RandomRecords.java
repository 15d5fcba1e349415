package io.github.supportkpi.testing;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.Assignment;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.ContactOutcome;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Origin;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Realistic random records from a seed: the same seed gives the same records, so a failing property
 * names its seed and can be replayed. Tickets span six weeks from {@link #EPOCH} over five channels,
 * four priorities, six categories, three teams and eight agents (some tickets unassigned), 40 customers
 * (so customers repeat), with interactions, status history, reopens, escalations and transfers.
 */
public final class RandomRecords {
    /** The start of generated time: Monday 2024-03-04 00:00 UTC. */
    public static final Instant EPOCH = Instant.parse("2024-03-04T00:00:00Z");

    /** Channels drawn from. */
    public static final List<Channel> CHANNELS =
            List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB, Channel.SOCIAL);
    /** Categories drawn from. */
    public static final List<String> CATEGORIES =
            List.of("billing", "login", "bug", "how-to", "refund", "shipping");
    /** Teams drawn from. */
    public static final List<String> TEAMS = List.of("tier1", "tier2", "billing-team");
    /** Agents drawn from. */
    public static final List<String> AGENTS =
            List.of("ana", "ben", "chen", "dara", "eli", "fay", "gus", "hana");
    /** Resolution codes drawn from. */
    public static final List<String> CODES = List.of("answered", "fixed", "refunded", "workaround", "duplicate");
    /** Queues drawn from, the attribute {@code queue} of calls. */
    public static final List<String> QUEUES = List.of("sales", "support", "billing");
    /** Contract types drawn from, the attribute {@code contract} of customer periods. */
    public static final List<String> CONTRACTS = List.of("month-to-month", "one-year", "two-year");
    /** Survey comments drawn from. */
    public static final List<String> COMMENTS = List.of("quick and friendly", "took too long", "solved it", "");

    private final SplittableRandom random;
    private int next;

    /**
     * A generator from a seed.
     *
     * @param seed the seed
     */
    public RandomRecords(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private <E> E pick(List<E> list) {
        return list.get(random.nextInt(list.size()));
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    private Duration seconds(long maxExclusive) {
        return Duration.ofSeconds(random.nextLong(maxExclusive));
    }

    /**
     * {@code n} tickets.
     *
     * @param n how many
     * @return the tickets
     */
    public List<Ticket> tickets(int n) {
        List<Ticket> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(ticket());
        }
        return list;
    }

    /**
     * One ticket.
     *
     * @return a ticket
     */
    public Ticket ticket() {
        String id = "T-" + (++next);
        Instant created = EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
        String agent = chance(0.9) ? pick(AGENTS) : null;
        Ticket.Builder b = Ticket.builder(id, created)
                .customerId("C-" + random.nextInt(40))
                .channel(chance(0.95) ? pick(CHANNELS) : null)
                .priority(chance(0.9) ? pick(List.of(Priority.values())) : null)
                .category(chance(0.9) ? pick(CATEGORIES) : null)
                .product(pick(List.of("app", "web", "api")))
                .team(agent == null ? null : pick(TEAMS))
                .assignee(agent)
                .escalated(chance(0.15))
                .transferred(chance(0.1))
                .attribute("tier", pick(List.of("free", "pro", "enterprise")));
        b.interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, created).ticketId(id).build());
        Instant t = created;
        if (chance(0.3)) {
            t = t.plus(seconds(120));
            b.interaction(Interaction.botReply(t));
        }
        int replies = random.nextInt(4); // 0..3 agent replies
        Instant firstReply = null;
        for (int r = 0; r < replies; r++) {
            t = t.plus(seconds(r == 0 ? 8 * 3600 : 24 * 3600));
            if (r > 0) {
                b.interaction(Interaction.customerMessage(t));
                t = t.plus(seconds(6 * 3600));
            }
            b.interaction(Interaction.builder(InteractionKind.AGENT_REPLY, t)
                    .agentId(agent == null ? pick(AGENTS) : agent)
                    .talk(seconds(900))
                    .build());
            if (firstReply == null) {
                firstReply = t;
            }
            if (chance(0.3)) {
                b.interaction(Interaction.internalNote(t.plus(seconds(600)), agent == null ? pick(AGENTS) : agent));
            }
        }
        if (firstReply != null) {
            b.firstResponse(firstReply);
        }
        if (replies > 0 ? chance(0.8) : chance(0.2)) {
            Instant resolved = t.plus(seconds(48 * 3600));
            int reopens = chance(0.12) ? 1 + random.nextInt(2) : 0;
            b.reopenCount(reopens).resolutionCode(chance(0.9) ? pick(CODES) : null);
            if (chance(0.5)) {
                b.resolved(resolved).closed(resolved.plus(seconds(72 * 3600)));
            } else {
                b.resolved(resolved);
            }
        } else {
            b.status(pick(List.of(Status.NEW, Status.OPEN, Status.PENDING, Status.ON_HOLD)));
        }
        return b.build();
    }

    /**
     * {@code n} tickets with an assignment history: most with one to five changes (agents, groups, some
     * unassigned, passed back to an earlier agent) within two days of creation, some assigned at creation,
     * some without a history; replies by various agents.
     *
     * @param n how many
     * @return the tickets
     */
    public List<Ticket> ticketsWithAssignments(int n) {
        List<Ticket> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(ticketWithAssignments());
        }
        return list;
    }

    /**
     * One ticket, most with an assignment history.
     *
     * @return a ticket
     */
    public Ticket ticketWithAssignments() {
        Ticket base = ticket();
        if (chance(0.2)) {
            return base;
        }
        Ticket.Builder b = base.toBuilder();
        Instant t = base.created();
        int changes = 1 + random.nextInt(5);
        for (int c = 0; c < changes; c++) {
            if (c > 0 || chance(0.7)) {
                t = t.plus(seconds(12 * 3600));
            }
            String agent = chance(0.8) ? pick(AGENTS.subList(0, 3)) : null;
            String group = chance(0.8) ? pick(TEAMS) : null;
            b.assignment(new Assignment(t, Optional.ofNullable(agent), Optional.ofNullable(group)));
        }
        return b.build();
    }

    /**
     * {@code n} tickets with a status history: moves between NEW, OPEN, PENDING and ON_HOLD, resolutions,
     * reopens (the reopen count derived from the history) and closings; some still open.
     *
     * @param n how many
     * @return the tickets
     */
    public List<Ticket> ticketsWithHistory(int n) {
        List<Ticket> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(ticketWithHistory());
        }
        return list;
    }

    /**
     * One ticket with a status history.
     *
     * @return a ticket
     */
    public Ticket ticketWithHistory() {
        String id = "H-" + (++next);
        Instant created = EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
        Ticket.Builder b = Ticket.builder(id, created)
                .channel(pick(CHANNELS))
                .priority(pick(List.of(Priority.values())))
                .category(pick(CATEGORIES))
                .assignee(chance(0.9) ? pick(AGENTS) : null);
        Instant t = created;
        Status current = Status.NEW;
        if (chance(0.3)) {
            b.statusChange(StatusChange.of(t, Status.OPEN)); // opened at creation: no time in NEW
            current = Status.OPEN;
        }
        Instant resolved = null;
        Instant closed = null;
        int steps = 1 + random.nextInt(7);
        for (int s = 0; s < steps; s++) {
            t = t.plus(seconds(2 * 24 * 3600));
            Status to;
            if (current == Status.CLOSED) {
                break;
            } else if (current == Status.SOLVED) {
                to = chance(0.4) ? Status.OPEN : Status.CLOSED; // reopened or closed
            } else {
                to = pick(List.of(Status.OPEN, Status.PENDING, Status.ON_HOLD, Status.SOLVED, Status.SOLVED));
            }
            if (to == current) {
                continue;
            }
            b.statusChange(chance(0.5) ? StatusChange.of(t, to) : StatusChange.of(t, to).withAgentId(pick(AGENTS)));
            if (to == Status.SOLVED) {
                resolved = t;
            } else if (to == Status.CLOSED) {
                closed = t;
            } else {
                resolved = null;
            }
            current = to;
        }
        if (current.isResolved()) {
            b.resolved(resolved == null ? closed : resolved);
            if (closed != null) {
                b.closed(closed);
            }
        }
        return b.status(current).build();
    }

    /**
     * {@code n} interactions of every kind, not tied to tickets: calls and chats with queue waits and
     * abandons, replies, notes, bot replies, article views.
     *
     * @param n how many
     * @return the interactions
     */
    public List<Interaction> interactions(int n) {
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(interaction());
        }
        return list;
    }

    /**
     * One interaction of any kind.
     *
     * @return an interaction
     */
    public Interaction interaction() {
        InteractionKind kind = pick(List.of(InteractionKind.values()));
        Instant at = EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
        Interaction.Builder b = Interaction.builder(kind, at)
                .id("I-" + (++next))
                .channel(chance(0.95) ? pick(CHANNELS) : null)
                .customerId("C-" + random.nextInt(40));
        switch (kind) {
            case CALL:
            case CHAT:
                return queued(b, kind);
            case AGENT_REPLY:
            case INTERNAL_NOTE:
                return b.agentId(pick(AGENTS)).talk(seconds(600)).build();
            case BOT_REPLY:
                return b.actor(chance(0.7) ? Actor.BOT : Actor.SYSTEM).build();
            case SELF_SERVICE:
                return b.articleId("KB-" + random.nextInt(12)).build();
            default:
                return b.build();
        }
    }

    /**
     * {@code n} inbound calls: queue waits up to five minutes, about 10% abandoned, talk, hold and wrap-up
     * times on the answered ones, a few outbound calls.
     *
     * @param n how many
     * @return the calls
     */
    public List<Interaction> calls(int n) {
        return calls(n, false);
    }

    /**
     * {@code n} calls as {@link #calls(int)} gives them, about 80% with a {@code queue} attribute, some with a
     * {@code skill} too.
     *
     * @param n how many
     * @return the calls
     */
    public List<Interaction> callsWithAttributes(int n) {
        return calls(n, true);
    }

    private List<Interaction> calls(int n, boolean attributes) {
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant at = EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
            Interaction.Builder b = Interaction.builder(InteractionKind.CALL, at).id("CALL-" + (++next))
                    .channel(Channel.PHONE);
            if (attributes && chance(0.8)) {
                b.attribute("queue", pick(QUEUES));
            }
            if (attributes && chance(0.3)) {
                b.attribute("skill", chance(0.5) ? "spanish" : "english");
            }
            list.add(queued(b, InteractionKind.CALL));
        }
        return list;
    }

    private Interaction queued(Interaction.Builder b, InteractionKind kind) {
        b.direction(chance(0.05) ? Direction.OUTBOUND : Direction.INBOUND);
        // Some waits are unknown, as a call log leaves them blank, mostly for abandoned calls.
        if (chance(0.1)) {
            (chance(0.3) ? b.queueWaitUnknown() : b.queueWait(seconds(300))).abandoned(true).actor(Actor.CUSTOMER);
            // the agent it was routed to, and its outcome, as some call logs record them
            if (chance(0.5)) {
                b.routedToAgentId(pick(AGENTS));
            }
            if (chance(0.5)) {
                b.outcome(ContactOutcome.NOT_RESOLVED);
            }
            return b.build();
        }
        if (chance(0.03)) {
            b.queueWaitUnknown();
        } else {
            b.queueWait(seconds(300));
        }
        if (chance(0.6)) {
            b.outcome(chance(0.7) ? ContactOutcome.RESOLVED : ContactOutcome.NOT_RESOLVED);
        }
        if (chance(0.1)) {
            return b.actor(Actor.BOT).talk(seconds(120)).build();
        }
        return b.agentId(pick(AGENTS)).talk(seconds(900)).hold(chance(0.3) ? seconds(120) : Duration.ZERO)
                .afterContact(seconds(180)).build();
    }

    /**
     * {@code n} survey responses of every kind, each on a fitting scale, some about a ticket, some with a comment.
     *
     * @param n how many
     * @return the responses
     */
    public List<SurveyResponse> surveys(int n) {
        List<SurveyResponse> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(survey(pick(List.of(SurveyKind.values()))));
        }
        return list;
    }

    /**
     * {@code n} survey responses of one kind: NPS kinds on 0..10, CES on 1..7, others on 1..5.
     *
     * @param kind the kind
     * @param n how many
     * @return the responses
     */
    public List<SurveyResponse> surveys(SurveyKind kind, int n) {
        List<SurveyResponse> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(survey(kind));
        }
        return list;
    }

    /**
     * {@code n} survey responses as {@link #surveys(int)} gives them, about 80% with a {@code team} attribute.
     *
     * @param n how many
     * @return the responses
     */
    public List<SurveyResponse> surveysWithAttributes(int n) {
        List<SurveyResponse> list = new ArrayList<>(n);
        for (SurveyResponse r : surveys(n)) {
            list.add(chance(0.8) ? r.toBuilder().attribute("team", pick(TEAMS)).build() : r);
        }
        return list;
    }

    /**
     * {@code n} survey records, invitations (about 60%) and answers of CSAT, NPS and CES about 30 tickets or,
     * for some, only one of 20 customers or neither, so that answers match invitations, answer twice, or match
     * none; about 80% with a {@code team} attribute.
     *
     * @param n how many
     * @return the records, invitations and answers mixed
     */
    public List<SurveyRecord> surveyRecords(int n) {
        List<SurveyRecord> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SurveyKind kind = pick(List.of(SurveyKind.CSAT, SurveyKind.NPS, SurveyKind.CES));
            Instant at = EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
            String ticket = chance(0.8) ? "T-" + random.nextInt(30) : null;
            String customer = chance(0.6) ? "C-" + random.nextInt(20) : null;
            String team = chance(0.8) ? pick(TEAMS) : null;
            if (chance(0.6)) {
                SurveyInvitation.Builder b = SurveyInvitation.builder(kind, at).id("INV-" + (++next))
                        .ticketId(ticket).customerId(customer).agentId(chance(0.5) ? pick(AGENTS) : null);
                list.add((team == null ? b : b.attribute("team", team)).build());
            } else {
                SurveyResponse r = survey(kind);
                SurveyResponse.Builder b = SurveyResponse.builder(kind, r.score(), r.scale(), at).id(r.id().orElseThrow())
                        .ticketId(ticket).customerId(customer);
                list.add((team == null ? b : b.attribute("team", team)).build());
            }
        }
        return list;
    }

    private SurveyResponse survey(SurveyKind kind) {
        Scale scale = kind.isNps() ? Scale.ZERO_TO_TEN : kind == SurveyKind.CES ? Scale.ONE_TO_SEVEN : Scale.ONE_TO_FIVE;
        int score = scale.min() + random.nextInt(scale.max() - scale.min() + 1);
        return SurveyResponse.builder(kind, score, scale, EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600)))
                .id("S-" + (++next))
                .agentId(chance(0.9) ? pick(AGENTS) : null)
                .channel(chance(0.9) ? pick(CHANNELS) : null)
                .customerId("C-" + random.nextInt(40))
                .ticketId(chance(0.6) ? "T-" + (1 + random.nextInt(200)) : null)
                .comment(chance(0.2) ? pick(COMMENTS) : null)
                .build();
    }

    /**
     * {@code n} agent sessions of up to ten hours.
     *
     * @param n how many
     * @return the sessions
     */
    public List<AgentSession> sessions(int n) {
        List<AgentSession> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Instant start = EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
            list.add(new AgentSession(pick(AGENTS), start, start.plus(seconds(10 * 3600))));
        }
        return list;
    }

    /**
     * {@code n} customer periods: about 85% existing customers (90% of them retained), the rest new,
     * with revenue that may grow, shrink or stop.
     *
     * @param n how many
     * @return the periods
     */
    public List<CustomerPeriod> customers(int n) {
        List<CustomerPeriod> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean existing = chance(0.85);
            boolean atEnd = chance(0.9);
            BigDecimal start = existing ? BigDecimal.valueOf(random.nextInt(50_000), 2) : BigDecimal.ZERO;
            BigDecimal end = atEnd ? BigDecimal.valueOf(random.nextInt(50_000), 2) : BigDecimal.ZERO;
            list.add(new CustomerPeriod("C-" + (++next), existing, !existing, atEnd, start, end));
        }
        return list;
    }

    /**
     * {@code n} customer periods as {@link #customers(int)} gives them, about 80% with a {@code contract}
     * attribute.
     *
     * @param n how many
     * @return the periods
     */
    public List<CustomerPeriod> customersWithAttributes(int n) {
        List<CustomerPeriod> list = new ArrayList<>(n);
        for (CustomerPeriod p : customers(n)) {
            list.add(chance(0.8) ? p.withAttribute("contract", pick(CONTRACTS)) : p);
        }
        return list;
    }

    /**
     * {@code n} customer periods with no acquired customers.
     *
     * @param n how many
     * @return the periods
     */
    public List<CustomerPeriod> existingCustomers(int n) {
        List<CustomerPeriod> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(CustomerPeriod.existing("C-" + (++next), chance(0.9)));
        }
        return list;
    }

    /**
     * {@code n} tickets of every origin: a quarter with none recorded, the others created by the customer, an
     * agent or an automation. Most agent-created tickets are outbound: an agent's public reply opens them, at
     * or just after the creation, and the customer may or may not have written at the creation too.
     *
     * @param n how many
     * @return the tickets
     */
    public List<Ticket> ticketsWithOrigins(int n) {
        List<Ticket> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(ticketWithOrigin());
        }
        return list;
    }

    /**
     * One ticket of any origin (or none); see {@link #ticketsWithOrigins(int)}.
     *
     * @return a ticket
     */
    public Ticket ticketWithOrigin() {
        double p = random.nextDouble();
        Origin origin = p < 0.25 ? null : p < 0.5 ? Origin.CUSTOMER : p < 0.85 ? Origin.AGENT : Origin.SYSTEM;
        Ticket base = ticket();
        if (origin != Origin.AGENT || chance(0.3)) {
            return origin == null ? base : base.toBuilder().origin(origin).build();
        }
        Ticket.Builder b = Ticket.builder(base.id(), base.created()).origin(origin)
                .customerId(base.customerId().orElse(null)).channel(base.channel().orElse(null))
                .priority(base.priority().orElse(null)).category(base.category().orElse(null))
                .team(base.team().orElse(null)).assignee(base.assignee().orElse(null))
                .status(base.status()).resolved(base.resolved().orElse(null)).closed(base.closed().orElse(null))
                .reopenCount(base.reopenCount());
        String agent = base.assignee().orElse(pick(AGENTS));
        List<Interaction> rest = base.interactions();
        boolean customerWrote = chance(0.5); // the customer's message at creation, after the agent's
        b.interaction(Interaction.agentReply(base.created().plus(customerWrote ? Duration.ZERO : seconds(60)), agent));
        b.interactions(customerWrote ? rest : rest.subList(1, rest.size()));
        return b.build();
    }
}
