package io.github.supportkpi.spark;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic records from a seed, the same seed giving the same records: tickets over six weeks from
 * {@link #EPOCH}, five channels (some tickets without), four priorities, six categories, eight agents, 40
 * customers (so customers repeat), with interactions, reopens, escalations, resolution codes, and some with a
 * status history; interactions of every kind with queue waits and abandons; survey answers of every kind.
 * Instants and durations are whole seconds, within Spark's microseconds.
 */
final class Generated {
    /** The start of generated time: Monday 2024-03-04 00:00 UTC. */
    static final Instant EPOCH = Instant.parse("2024-03-04T00:00:00Z");
    /** The end of generated creation times. */
    static final Instant END = EPOCH.plus(Duration.ofDays(42));

    static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB, Channel.SOCIAL);
    static final List<String> CATEGORIES = List.of("billing", "login", "bug", "how-to", "refund", "shipping");
    static final List<String> TEAMS = List.of("tier1", "tier2", "billing-team");
    static final List<String> AGENTS = List.of("ana", "ben", "chen", "dara", "eli", "fay", "gus", "hana");
    static final List<String> CODES = List.of("answered", "fixed", "refunded", "workaround", "duplicate");

    private final SplittableRandom random;
    private final String prefix;
    private int next;

    Generated(long seed) {
        this(seed, "");
    }

    /** A generator whose ids start with a prefix, so that generators of several seeds give distinct ids. */
    Generated(long seed, String prefix) {
        this.random = new SplittableRandom(seed);
        this.prefix = prefix;
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

    private Instant created() {
        return EPOCH.plusSeconds(random.nextLong(42L * 24 * 3600));
    }

    /** {@code n} tickets, about a quarter of them with a status history. */
    List<Ticket> tickets(int n) {
        List<Ticket> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(chance(0.25) ? ticketWithHistory() : ticket());
        }
        return list;
    }

    Ticket ticket() {
        String id = prefix + "T-" + (++next);
        Instant created = created();
        String agent = chance(0.9) ? pick(AGENTS) : null;
        Ticket.Builder b = Ticket.builder(id, created)
                .customerId("C-" + random.nextInt(40))
                .priority(chance(0.9) ? pick(List.of(Priority.values())) : null)
                .category(chance(0.9) ? pick(CATEGORIES) : null)
                .product(pick(List.of("app", "web", "api")))
                .team(agent == null ? null : pick(TEAMS))
                .assignee(agent)
                .escalated(chance(0.15))
                .transferred(chance(0.1))
                .attribute("tier", pick(List.of("free", "pro", "enterprise")));
        if (chance(0.95)) {
            b.channel(pick(CHANNELS));
        }
        b.interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, created).ticketId(id).build());
        Instant t = created;
        if (chance(0.3)) {
            t = t.plus(seconds(120));
            b.interaction(Interaction.botReply(t));
        }
        if (chance(0.2)) {
            b.interaction(Interaction.builder(InteractionKind.CALL, created.plus(seconds(3600)))
                    .agentId(agent == null ? pick(AGENTS) : agent).queueWait(seconds(300)).talk(seconds(1200))
                    .hold(seconds(120)).afterContact(seconds(300)).build());
        }
        int replies = random.nextInt(4);
        Instant firstReply = null;
        for (int r = 0; r < replies; r++) {
            t = t.plus(seconds(r == 0 ? 8 * 3600 : 24 * 3600));
            if (r > 0) {
                b.interaction(Interaction.customerMessage(t));
                t = t.plus(seconds(6 * 3600));
            }
            b.interaction(Interaction.builder(InteractionKind.AGENT_REPLY, t)
                    .agentId(agent == null ? pick(AGENTS) : agent).talk(seconds(900)).build());
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

    Ticket ticketWithHistory() {
        String id = prefix + "H-" + (++next);
        Instant created = created();
        Ticket.Builder b = Ticket.builder(id, created)
                .channel(pick(CHANNELS))
                .priority(pick(List.of(Priority.values())))
                .category(pick(CATEGORIES))
                .customerId("C-" + random.nextInt(40))
                .assignee(chance(0.9) ? pick(AGENTS) : null);
        Instant t = created;
        b.interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, created).build());
        if (chance(0.7)) {
            b.interaction(Interaction.agentReply(created.plus(seconds(4 * 3600)), pick(AGENTS)));
        }
        Status current = Status.NEW;
        if (chance(0.3)) {
            b.statusChange(StatusChange.of(t, Status.OPEN));
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
                to = chance(0.4) ? Status.OPEN : Status.CLOSED;
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
            b.resolved(resolved == null ? closed : resolved).resolutionCode(pick(CODES));
            if (closed != null) {
                b.closed(closed);
            }
        }
        return b.status(current).build();
    }

    /** {@code n} interactions of every kind, not tied to tickets. */
    List<Interaction> interactions(int n) {
        List<Interaction> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            list.add(interaction());
        }
        return list;
    }

    Interaction interaction() {
        InteractionKind kind = pick(List.of(InteractionKind.values()));
        Interaction.Builder b = Interaction.builder(kind, created())
                .id(prefix + "I-" + (++next))
                .customerId("C-" + random.nextInt(40));
        if (chance(0.95)) {
            b.channel(pick(CHANNELS));
        }
        switch (kind) {
            case CALL:
            case CHAT:
                b.queueWait(seconds(300)).direction(chance(0.05) ? Direction.OUTBOUND : Direction.INBOUND);
                if (chance(0.1)) {
                    return b.abandoned(true).actor(Actor.CUSTOMER).build();
                }
                if (chance(0.1)) {
                    return b.actor(Actor.BOT).talk(seconds(120)).build();
                }
                return b.agentId(pick(AGENTS)).talk(seconds(900)).hold(chance(0.3) ? seconds(120) : Duration.ZERO)
                        .afterContact(seconds(180)).build();
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

    /** {@code n} survey answers of every kind, each on its kind's usual scale. */
    List<SurveyResponse> surveys(int n) {
        List<SurveyResponse> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            SurveyKind kind = pick(List.of(SurveyKind.values()));
            Scale scale = kind.isNps() ? Scale.ZERO_TO_TEN : kind == SurveyKind.CES ? Scale.ONE_TO_SEVEN : Scale.ONE_TO_FIVE;
            int score = scale.min() + random.nextInt(scale.max() - scale.min() + 1);
            SurveyResponse.Builder b = SurveyResponse.builder(kind, score, scale, created())
                    .id(prefix + "S-" + (++next))
                    .customerId("C-" + random.nextInt(40));
            if (chance(0.9)) {
                b.agentId(pick(AGENTS));
            }
            if (chance(0.9)) {
                b.channel(pick(CHANNELS));
            }
            if (chance(0.6)) {
                b.ticketId("T-" + (1 + random.nextInt(200)));
            }
            if (chance(0.2)) {
                b.comment(pick(List.of("quick and friendly", "took too long", "solved it")));
            }
            list.add(b.build());
        }
        return list;
    }
}
