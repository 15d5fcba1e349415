package io.github.supportkpi.examples;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.StatusChange;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A realistic, seeded help-desk dataset: tickets with their conversations and status history over several
 * weeks, survey responses, inbound calls with queue waits and abandons, agent sessions, and the
 * customers' standing over the period. The same seed always gives the same data.
 *
 * @param zone the help desk's time zone
 * @param start the first day
 * @param end the day after the last
 * @param tickets the tickets
 * @param calls the inbound calls (and a few outbound)
 * @param surveys CSAT, NPS and CES responses
 * @param sessions agents' logged-in time
 * @param customers each customer's standing over the period
 * @param articleViews self-service article views
 */
public record HelpDeskDataset(
        ZoneId zone,
        LocalDate start,
        LocalDate end,
        List<Ticket> tickets,
        List<Interaction> calls,
        List<SurveyResponse> surveys,
        List<AgentSession> sessions,
        List<CustomerPeriod> customers,
        List<Interaction> articleViews) {

    static final List<String> AGENTS = List.of("ana", "ben", "chen", "dara", "eli", "fay", "gus", "hana", "ivo", "jun");
    static final List<String> CATEGORIES = List.of("billing", "login", "bug report", "how-to", "refund", "shipping");
    static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.CHAT, Channel.PHONE, Channel.WEB, Channel.SOCIAL);
    private static final double[] CHANNEL_WEIGHTS = {0.38, 0.27, 0.15, 0.14, 0.06};
    private static final double[] PRIORITY_WEIGHTS = {0.30, 0.45, 0.18, 0.07};
    private static final List<String> CODES = List.of("answered", "fixed", "refunded", "workaround", "duplicate");

    /**
     * Generates a dataset.
     *
     * @param seed the seed
     * @param start the first day
     * @param weeks how many weeks
     * @param zone the help desk's zone
     * @return the dataset
     */
    public static HelpDeskDataset generate(long seed, LocalDate start, int weeks, ZoneId zone) {
        return new Generator(new SplittableRandom(seed), start, weeks, zone).run();
    }

    private static final class Generator {
        private final SplittableRandom random;
        private final LocalDate start;
        private final LocalDate end;
        private final ZoneId zone;
        private final List<Ticket> tickets = new ArrayList<>();
        private final List<Interaction> calls = new ArrayList<>();
        private final List<SurveyResponse> surveys = new ArrayList<>();
        private final List<AgentSession> sessions = new ArrayList<>();
        private final List<CustomerPeriod> customers = new ArrayList<>();
        private final List<Interaction> articleViews = new ArrayList<>();
        private int ticketNo;

        Generator(SplittableRandom random, LocalDate start, int weeks, ZoneId zone) {
            this.random = random;
            this.start = start;
            this.end = start.plusWeeks(weeks);
            this.zone = zone;
        }

        HelpDeskDataset run() {
            for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
                int ticketsToday = weekend ? 15 + random.nextInt(10) : 80 + random.nextInt(40);
                for (int i = 0; i < ticketsToday; i++) {
                    tickets.add(ticket(instantOn(day, weekend)));
                }
                if (!weekend) {
                    callsOn(day);
                    sessionsOn(day);
                }
                for (int i = 0; i < (weekend ? 40 : 120); i++) {
                    articleViews.add(Interaction.builder(InteractionKind.SELF_SERVICE, instantOn(day, weekend))
                            .channel(Channel.SELF_SERVICE).articleId("KB-" + (100 + zipf(30)))
                            .customerId("C-" + random.nextInt(1500)).build());
                }
            }
            for (int c = 0; c < 1500; c++) {
                boolean existing = c < 1300;
                boolean retained = random.nextDouble() < (existing ? 0.93 : 0.85);
                BigDecimal mrrStart = existing ? BigDecimal.valueOf(2_000 + random.nextInt(48_000), 2) : BigDecimal.ZERO;
                BigDecimal mrrEnd = retained ? (existing && random.nextDouble() < 0.1
                        ? mrrStart.multiply(new BigDecimal("0.5")) : BigDecimal.valueOf(2_000 + random.nextInt(48_000), 2))
                        : BigDecimal.ZERO;
                customers.add(new CustomerPeriod("C-" + c, existing, !existing, retained, mrrStart, mrrEnd));
            }
            return new HelpDeskDataset(zone, start, end, List.copyOf(tickets), List.copyOf(calls),
                    List.copyOf(surveys), List.copyOf(sessions), List.copyOf(customers), List.copyOf(articleViews));
        }

        /** Mostly business hours on weekdays, spread over the day at weekends. */
        private Instant instantOn(LocalDate day, boolean weekend) {
            int minute = weekend || random.nextDouble() < 0.15 ? random.nextInt(24 * 60)
                    : 8 * 60 + (int) Math.min(10 * 60 - 1, Math.abs(random.nextDouble() + random.nextDouble()) * 5 * 60);
            return ZonedDateTime.of(day, LocalTime.of(minute / 60, minute % 60, random.nextInt(60)), zone).toInstant();
        }

        private int zipf(int n) {
            return (int) Math.floor(Math.pow(random.nextDouble(), 2.2) * n);
        }

        private <E> E weighted(List<E> items, double[] weights) {
            double x = random.nextDouble();
            for (int i = 0; i < weights.length; i++) {
                x -= weights[i];
                if (x < 0) {
                    return items.get(i);
                }
            }
            return items.get(items.size() - 1);
        }

        private Duration minutes(double mean) {
            return Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * mean * 60));
        }

        private Ticket ticket(Instant created) {
            String id = "T-" + (++ticketNo);
            Channel channel = weighted(CHANNELS, CHANNEL_WEIGHTS);
            Priority priority = weighted(List.of(Priority.values()), PRIORITY_WEIGHTS);
            String category = CATEGORIES.get(zipf(CATEGORIES.size()));
            String agent = AGENTS.get(random.nextInt(AGENTS.size()));
            boolean assigned = random.nextDouble() < 0.93;
            String customer = "C-" + random.nextInt(1500);
            double urgency = priority == Priority.URGENT ? 0.3 : priority == Priority.HIGH ? 0.6 : 1.0;
            double channelSpeed = channel.equals(Channel.CHAT) || channel.equals(Channel.PHONE) ? 0.1 : 1.0;

            Ticket.Builder b = Ticket.builder(id, created).customerId(customer).channel(channel).priority(priority)
                    .category(category).product(random.nextDouble() < 0.6 ? "app" : "web")
                    .team(category.equals("billing") || category.equals("refund") ? "billing" : "support")
                    .attribute("tier", random.nextDouble() < 0.2 ? "enterprise" : random.nextDouble() < 0.5 ? "pro" : "free")
                    .attribute("region", random.nextDouble() < 0.5 ? "EMEA" : random.nextDouble() < 0.6 ? "AMER" : "APAC");
            if (assigned) {
                b.assignee(agent);
            }
            b.interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, created).channel(channel).build());
            Instant t = created;
            if (random.nextDouble() < 0.35) {
                b.interaction(Interaction.builder(InteractionKind.BOT_REPLY, t.plusSeconds(2 + random.nextInt(30)))
                        .channel(channel).build());
            }
            if (!assigned && random.nextDouble() < 0.6) {
                return b.status(Status.NEW).build();
            }
            b.statusChange(StatusChange.of(created, Status.OPEN));
            int replies = 1 + (random.nextDouble() < 0.55 ? 0 : random.nextInt(4));
            boolean escalated = random.nextDouble() < (priority == Priority.URGENT ? 0.25 : 0.07);
            boolean transferred = random.nextDouble() < 0.06;
            for (int r = 0; r < replies; r++) {
                if (r > 0) {
                    t = t.plus(minutes(240));
                    b.interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, t).channel(channel).build());
                    b.statusChange(StatusChange.of(t, Status.OPEN));
                }
                t = t.plus(minutes(r == 0 ? 180 * urgency * channelSpeed + 2 : 90 * urgency + 1));
                b.interaction(Interaction.builder(InteractionKind.AGENT_REPLY, t).agentId(agent).channel(channel)
                        .talk(minutes(6)).afterContact(minutes(2)).build());
                if (r == 0) {
                    b.firstResponse(t);
                }
                if (random.nextDouble() < 0.25) {
                    b.interaction(Interaction.internalNote(t.plusSeconds(30), agent));
                }
                if (r < replies - 1) {
                    b.statusChange(StatusChange.of(t, Status.PENDING).withAgentId(agent));
                }
            }
            b.escalated(escalated).transferred(transferred);
            double open = random.nextDouble();
            if (open < 0.08) {
                if (random.nextDouble() < 0.5) {
                    b.statusChange(StatusChange.of(t, Status.PENDING).withAgentId(agent));
                    return b.status(Status.PENDING).build();
                }
                return b.status(Status.OPEN).build();
            }
            Instant resolved = t.plus(minutes(60 * urgency));
            b.statusChange(StatusChange.of(resolved, Status.SOLVED).withAgentId(agent));
            int reopens = random.nextDouble() < 0.07 ? 1 : 0;
            if (reopens > 0) {
                Instant reopened = resolved.plus(minutes(1440));
                b.statusChange(StatusChange.of(reopened, Status.OPEN));
                b.interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, reopened).channel(channel).build());
                Instant again = reopened.plus(minutes(300));
                b.interaction(Interaction.builder(InteractionKind.AGENT_REPLY, again).agentId(agent).channel(channel)
                        .talk(minutes(8)).build());
                resolved = again.plus(minutes(30));
                b.statusChange(StatusChange.of(resolved, Status.SOLVED).withAgentId(agent));
            }
            b.reopenCount(reopens).resolutionCode(CODES.get(zipf(CODES.size())));
            if (random.nextDouble() < 0.6) {
                b.resolved(resolved).closed(resolved.plus(Duration.ofDays(3)));
                b.statusChange(StatusChange.of(resolved.plus(Duration.ofDays(3)), Status.CLOSED));
            } else {
                b.resolved(resolved);
            }
            if (random.nextDouble() < 0.3) {
                survey(resolved, id, agent, customer, channel, replies, escalated);
            }
            return b.build();
        }

        private void survey(Instant resolved, String ticket, String agent, String customer, Channel channel,
                int replies, boolean escalated) {
            Instant at = resolved.plus(minutes(300));
            double mood = random.nextDouble() - 0.08 * (replies - 1) - (escalated ? 0.2 : 0);
            int csat = mood > 0.35 ? 5 : mood > 0.15 ? 4 : mood > 0.0 ? 3 : mood > -0.15 ? 2 : 1;
            surveys.add(SurveyResponse.builder(SurveyKind.CSAT, csat, Scale.ONE_TO_FIVE, at).ticketId(ticket)
                    .agentId(agent).customerId(customer).channel(channel).build());
            if (random.nextDouble() < 0.4) {
                int nps = Math.max(0, Math.min(10, (int) Math.round(5 + mood * 8 + random.nextGaussian())));
                surveys.add(SurveyResponse.builder(SurveyKind.NPS, nps, Scale.ZERO_TO_TEN, at).customerId(customer)
                        .channel(channel).build());
            }
            if (random.nextDouble() < 0.3) {
                int ces = Math.max(1, Math.min(7, 7 - replies - (escalated ? 2 : 0) + random.nextInt(2)));
                surveys.add(SurveyResponse.builder(SurveyKind.CES, ces, Scale.ONE_TO_SEVEN, at).ticketId(ticket)
                        .agentId(agent).customerId(customer).channel(channel).build());
            }
        }

        /** Calls follow the classic intraday curve: a morning peak at 10:00 and a smaller one at 14:00. */
        private void callsOn(LocalDate day) {
            for (int hour = 8; hour < 18; hour++) {
                double shape = Math.exp(-Math.pow(hour - 10, 2) / 4.0) + 0.7 * Math.exp(-Math.pow(hour - 14, 2) / 3.0);
                int volume = (int) Math.round(15 + 45 * shape + random.nextGaussian() * 4);
                for (int c = 0; c < volume; c++) {
                    Instant at = ZonedDateTime.of(day, LocalTime.of(hour, random.nextInt(60), random.nextInt(60)), zone)
                            .toInstant();
                    Duration wait = Duration.ofSeconds((long) (-Math.log(1 - random.nextDouble()) * 12 * (0.6 + shape)));
                    Interaction.Builder b = Interaction.builder(InteractionKind.CALL, at).channel(Channel.PHONE)
                            .customerId("C-" + random.nextInt(1500)).queueWait(wait);
                    if (wait.getSeconds() > 30 && random.nextDouble() < 0.25) {
                        calls.add(b.abandoned(true).actor(Actor.CUSTOMER).build());
                    } else if (wait.getSeconds() < 4 && random.nextDouble() < 0.3) {
                        calls.add(b.abandoned(true).actor(Actor.CUSTOMER).build()); // short abandons: misdials
                    } else {
                        calls.add(b.agentId(AGENTS.get(random.nextInt(AGENTS.size()))).talk(minutes(4))
                                .hold(random.nextDouble() < 0.2 ? minutes(1) : Duration.ZERO).afterContact(minutes(1.5))
                                .build());
                    }
                }
            }
        }

        private void sessionsOn(LocalDate day) {
            for (String agent : AGENTS) {
                if (random.nextDouble() < 0.1) {
                    continue; // day off
                }
                Instant login = ZonedDateTime.of(day, LocalTime.of(8, random.nextInt(30)), zone).toInstant();
                sessions.add(new AgentSession(agent, login, login.plus(Duration.ofMinutes(8 * 60 + random.nextInt(60)))));
            }
        }
    }
}
