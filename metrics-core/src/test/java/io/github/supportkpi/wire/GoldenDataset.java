package io.github.supportkpi.wire;

import io.github.supportkpi.domain.Actor;
import io.github.supportkpi.domain.AgentSession;
import io.github.supportkpi.domain.Channel;
import io.github.supportkpi.domain.CustomerPeriod;
import io.github.supportkpi.domain.Direction;
import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.domain.Priority;
import io.github.supportkpi.domain.Scale;
import io.github.supportkpi.domain.Status;
import io.github.supportkpi.domain.SurveyInvitation;
import io.github.supportkpi.domain.SurveyKind;
import io.github.supportkpi.domain.SurveyRecord;
import io.github.supportkpi.domain.SurveyResponse;
import io.github.supportkpi.domain.Ticket;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The fixed records the golden files are made of, written out so that values can be worked out by hand.
 * Every instant is in the week of Monday 2024-03-04, UTC. The values the golden test checks:
 *
 * <pre>
 * ticket  created    channel priority category agent customer first reply       resolved         FCR
 * T1      Mon 09:00  email   HIGH     billing  ana   C-1      Mon 09:30 (30 m)  Mon 10:00        yes
 * T2      Mon 10:00  chat    MEDIUM   login    ben   C-2      Mon 11:30 (90 m)  Mon 12:00        yes
 * T3      Mon 11:00  email   LOW      bug      ana   C-3      Mon 11:45 (45 m)  Tue 10:00        no, two replies
 * T4      Tue 09:00  phone   URGENT   billing  chen  C-1      Tue 11:00 (120 m) Tue 12:00        no, reopened
 * T5      Tue 14:00  email   MEDIUM   refund   ben   C-4      Tue 18:00 (240 m) Wed 09:00        no, escalated
 * T6      Wed 08:00  web     LOW      billing  -     C-1      none (a bot 08:05) open            no, open
 * T7      Wed 10:00  -       HIGH     login    ana   C-5      none              Wed 10:30        yes, no reply
 * </pre>
 *
 * <ul>
 *   <li>FRT: 30, 45, 90, 120, 240 minutes and two unmeasured: median 90 minutes, mean 105; with bot replies
 *       T6 is measured at 5 minutes.</li>
 *   <li>FCR: 3 of 7 (T1, T2, T7); leaving out the categories bug and refund, 3 of 5.</li>
 *   <li>Volume 7; by channel email 3, chat, phone and web 1 each, 1 without a channel; replies per ticket
 *       6 / 7.</li>
 *   <li>Repeat contact within 7 days about the same category: C-1's billing T1 is followed by T4, T4 by T6:
 *       2 of 7.</li>
 *   <li>Resolution codes: billing refunded twice (T1, T4), login fixed and answered (T2, T7), bug fixed,
 *       refund refunded: most common 5 of 6 coded.</li>
 *   <li>Calls: answered after 12 s, 40 s and 300 s in the queue, abandoned after 30 s and 95 s: abandon rate
 *       2 of 5, or 1 of 4 leaving out abandons under a minute; the chat, offered too, answered after 20 s. Agents handle 8 + 10 + 4 + 15 = 37 minutes in
 *       4 interactions, logged in 8 + 4 = 12 hours in 2 sessions. Articles KB-1 viewed twice, KB-2 once.</li>
 *   <li>NPS answers 10, 9, 8, 7, 6, 3, 10: 3 promoters, 2 passives, 2 detractors.</li>
 *   <li>Customers: 4 at the start of the period, 1 of them lost; 2 acquired, 1 of them lost.</li>
 * </ul>
 */
final class GoldenDataset {
    /** Monday 2024-03-04 00:00 UTC. */
    static final Instant MONDAY = Instant.parse("2024-03-04T00:00:00Z");
    /** When the SLA is evaluated: the next Monday. */
    static final Instant NEXT_MONDAY = MONDAY.plus(Duration.ofDays(7));

    private GoldenDataset() {
    }

    private static Instant at(int day, int hour, int minute) {
        return MONDAY.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour)).plus(Duration.ofMinutes(minute));
    }

    /** A ticket opened by a customer message. */
    private static Ticket.Builder ticket(String id, Instant created, Channel channel, Priority priority,
            String category, String agent, String customer) {
        return Ticket.builder(id, created).channel(channel).priority(priority).category(category).assignee(agent)
                .customerId(customer).product("app")
                .interaction(Interaction.builder(InteractionKind.CUSTOMER_MESSAGE, created).ticketId(id).build());
    }

    /** @return the seven tickets of the table */
    static List<Ticket> tickets() {
        return List.of(
                ticket("T1", at(0, 9, 0), Channel.EMAIL, Priority.HIGH, "billing", "ana", "C-1")
                        .interaction(Interaction.agentReply(at(0, 9, 30), "ana"))
                        .resolved(at(0, 10, 0)).resolutionCode("refunded").build(),
                ticket("T2", at(0, 10, 0), Channel.CHAT, Priority.MEDIUM, "login", "ben", "C-2")
                        .interaction(Interaction.agentReply(at(0, 11, 30), "ben"))
                        .resolved(at(0, 12, 0)).resolutionCode("fixed").build(),
                ticket("T3", at(0, 11, 0), Channel.EMAIL, Priority.LOW, "bug", "ana", "C-3")
                        .interaction(Interaction.agentReply(at(0, 11, 45), "ana"))
                        .interaction(Interaction.customerMessage(at(0, 13, 0)))
                        .interaction(Interaction.agentReply(at(1, 9, 0), "ana"))
                        .resolved(at(1, 10, 0)).resolutionCode("fixed").build(),
                ticket("T4", at(1, 9, 0), Channel.PHONE, Priority.URGENT, "billing", "chen", "C-1")
                        .interaction(Interaction.agentReply(at(1, 11, 0), "chen"))
                        .resolved(at(1, 12, 0)).reopenCount(1).resolutionCode("refunded").build(),
                ticket("T5", at(1, 14, 0), Channel.EMAIL, Priority.MEDIUM, "refund", "ben", "C-4")
                        .interaction(Interaction.agentReply(at(1, 18, 0), "ben"))
                        .resolved(at(2, 9, 0)).escalated(true).resolutionCode("refunded").build(),
                ticket("T6", at(2, 8, 0), Channel.WEB, Priority.LOW, "billing", null, "C-1")
                        .interaction(Interaction.botReply(at(2, 8, 5)))
                        .status(Status.OPEN).build(),
                ticket("T7", at(2, 10, 0), null, Priority.HIGH, "login", "ana", "C-5")
                        .resolved(at(2, 10, 30)).resolutionCode("answered").build());
    }

    private static Interaction call(String id, Instant at, Duration wait, String agent, Duration talk, Duration hold,
            Duration afterContact) {
        Interaction.Builder b = Interaction.builder(InteractionKind.CALL, at).id(id).channel(Channel.PHONE)
                .direction(Direction.INBOUND).queueWait(wait);
        if (agent == null) {
            return b.abandoned(true).actor(Actor.CUSTOMER).build();
        }
        return b.agentId(agent).talk(talk).hold(hold).afterContact(afterContact).build();
    }

    /** @return five calls, a chat and three article views */
    static List<Interaction> interactions() {
        return List.of(
                call("I1", at(0, 9, 10), Duration.ofSeconds(12), "ana", Duration.ofMinutes(5), Duration.ofMinutes(1),
                        Duration.ofMinutes(2)),
                call("I2", at(0, 9, 20), Duration.ofSeconds(40), "ben", Duration.ofMinutes(10), Duration.ZERO,
                        Duration.ZERO),
                call("I3", at(0, 9, 30), Duration.ofSeconds(300), "ana", Duration.ofMinutes(3), Duration.ZERO,
                        Duration.ofMinutes(1)),
                call("I4", at(0, 9, 40), Duration.ofSeconds(30), null, null, null, null),
                call("I5", at(0, 9, 50), Duration.ofSeconds(95), null, null, null, null),
                Interaction.builder(InteractionKind.CHAT, at(0, 10, 30)).id("I6").channel(Channel.CHAT)
                        .direction(Direction.INBOUND).queueWait(Duration.ofSeconds(20)).agentId("chen")
                        .talk(Duration.ofMinutes(15)).build(),
                Interaction.builder(InteractionKind.SELF_SERVICE, at(0, 11, 0)).id("I7").articleId("KB-1").build(),
                Interaction.builder(InteractionKind.SELF_SERVICE, at(0, 11, 5)).id("I8").articleId("KB-1").build(),
                Interaction.builder(InteractionKind.SELF_SERVICE, at(0, 11, 10)).id("I9").articleId("KB-2").build());
    }

    /** @return two agent sessions, of 8 and 4 hours */
    static List<AgentSession> sessions() {
        return List.of(new AgentSession("ana", at(0, 9, 0), at(0, 17, 0)),
                new AgentSession("ben", at(0, 9, 0), at(0, 13, 0)));
    }

    /** @return seven NPS answers and two satisfaction answers */
    static List<SurveyResponse> surveys() {
        int[] scores = {10, 9, 8, 7, 6, 3, 10};
        List<SurveyResponse> list = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) {
            list.add(SurveyResponse.builder(SurveyKind.NPS, scores[i], Scale.ZERO_TO_TEN, at(3, 9, i))
                    .id("S" + (i + 1)).customerId("C-" + (i + 1)).build());
        }
        list.add(SurveyResponse.builder(SurveyKind.CSAT, 5, Scale.ONE_TO_FIVE, at(3, 10, 0)).id("S8").build());
        list.add(SurveyResponse.builder(SurveyKind.CSAT, 2, Scale.ONE_TO_FIVE, at(3, 10, 1)).id("S9").build());
        return List.copyOf(list);
    }

    /**
     * @return the answers of {@link #surveys()} and one more CSAT answer about T1, with NPS invitations sent to
     *     C-1 to C-9 and CSAT invitations about T1 to T3: NPS 7 of 9 answered, CSAT 1 of 3 and two CSAT answers
     *     naming neither a ticket nor a customer
     */
    static List<SurveyRecord> surveyRecords() {
        List<SurveyRecord> list = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            list.add(SurveyInvitation.builder(SurveyKind.NPS, at(3, 8, i)).customerId("C-" + i).build());
        }
        for (int i = 1; i <= 3; i++) {
            list.add(SurveyInvitation.about(SurveyKind.CSAT, at(3, 8, 10 + i), "T" + i));
        }
        list.addAll(surveys());
        list.add(SurveyResponse.builder(SurveyKind.CSAT, 4, Scale.ONE_TO_FIVE, at(3, 10, 2)).ticketId("T1").build());
        return List.copyOf(list);
    }

    /** @return four customers at the start of the period (one lost, one contracting) and two acquired (one lost) */
    static List<CustomerPeriod> customers() {
        return List.of(
                new CustomerPeriod("P1", true, false, true, new BigDecimal("100.00"), new BigDecimal("120.00")),
                new CustomerPeriod("P2", true, false, true, new BigDecimal("200.00"), new BigDecimal("150.00")),
                new CustomerPeriod("P3", true, false, false, new BigDecimal("80.00"), BigDecimal.ZERO),
                new CustomerPeriod("P4", true, false, true, new BigDecimal("50.00"), new BigDecimal("50.00")),
                new CustomerPeriod("P5", false, true, true, BigDecimal.ZERO, new BigDecimal("30.00")),
                new CustomerPeriod("P6", false, true, false, BigDecimal.ZERO, BigDecimal.ZERO));
    }
}
