package io.github.supportkpi.domain;

import io.github.supportkpi.metric.Count;
import io.github.supportkpi.metric.MetricSet;
import io.github.supportkpi.metric.Segmented;
import io.github.supportkpi.metric.Tallies;
import io.github.supportkpi.metric.TicketDimensions;
import io.github.supportkpi.quality.FirstContactResolution;
import io.github.supportkpi.quality.ReopenRate;
import io.github.supportkpi.speed.FirstResponseTime;
import io.github.supportkpi.speed.ResolutionTime;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import io.github.supportkpi.workload.TicketVolume;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** Source status and channel names over generated data: names never change a number, only add segments. */
class StatusNamePropertiesTest {
    private static final List<String> NAMES = List.of("Escalated", "In Progress", "Waiting for vendor", "Triage");
    private static final MetricSet<Ticket> KPIS = MetricSet.of(FirstResponseTime.defaults(),
            FirstContactResolution.defaults(), ReopenRate.defaults(), ResolutionTime.defaults(), TicketVolume.defaults());

    @Test
    void status_names_never_change_a_kind_based_number_and_their_segments_add_up() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.ticketsWithHistory(), longs().all())
                .checkAssert((ts, seed) -> {
                    List<Ticket> named = named(ts, new Random(seed));

                    Tallies<Ticket> plain = KPIS.over(ts);
                    assertThat(KPIS.over(named)).isEqualTo(plain);
                    Segmented<String, Tallies<Ticket>> byName = KPIS.by(TicketDimensions.STATUS_NAME).over(named);
                    Tallies<Ticket> sum = byName.absent();
                    for (Tallies<Ticket> segment : byName.segments().values()) {
                        sum = sum.plus(segment);
                    }
                    assertThat(sum).isEqualTo(plain);
                    assertThat(byName.total()).isEqualTo(plain);
                    Segmented<Status, Count> byKind = TicketVolume.defaults().by(TicketDimensions.STATUS).over(named);
                    assertThat(byKind).isEqualTo(TicketVolume.defaults().by(TicketDimensions.STATUS).over(ts));
                });
    }

    @Test
    void a_named_ticket_copies_exactly_and_differs_from_the_unnamed_one() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.tickets(), longs().all()).checkAssert((ts, seed) -> {
            List<Ticket> named = named(ts, new Random(seed));
            for (int i = 0; i < ts.size(); i++) {
                Ticket n = named.get(i);
                assertThat(n.toBuilder().build()).isEqualTo(n).hasSameHashCodeAs(n);
                assertThat(n.equals(ts.get(i))).isEqualTo(n.statusName().isEmpty());
            }
        });
    }

    @Test
    void a_channel_name_reads_as_itself_whatever_its_case_and_spacing() {
        qt().withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            String name = spelled(random);
            Channel c = Channel.of(name);

            assertThat(Channel.of(c.name())).isEqualTo(c);
            assertThat(Channel.of(respaced(name, random))).isEqualTo(c);
            assertThat(ChannelNames.standard().channelOf(name)).isEqualTo(c);
        });
    }

    /** The tickets, some given a status name (where their history names none). */
    private static List<Ticket> named(List<Ticket> ts, Random random) {
        List<Ticket> out = new ArrayList<>(ts.size());
        for (Ticket t : ts) {
            List<StatusChange> h = t.statusHistory();
            boolean free = h.isEmpty() || h.get(h.size() - 1).sourceName().isEmpty();
            out.add(free && random.nextBoolean()
                    ? t.toBuilder().statusName(NAMES.get(random.nextInt(NAMES.size()))).build() : t);
        }
        return out;
    }

    /** A channel name: a standard name, an alias, or a made-up one, in random case and spacing. */
    private static String spelled(Random random) {
        List<String> words = new ArrayList<>(List.of("email", "e mail", "live chat", "social media", "help centre",
                "whatsapp", "carrier pigeon", "web form", "phone"));
        Channel.aliases().keySet().forEach(a -> words.add(a.replace('_', ' ')));
        return respaced(words.get(random.nextInt(words.size())), random);
    }

    /** The name with random case and random runs of spaces, hyphens and underscores between its words. */
    private static String respaced(String name, Random random) {
        StringBuilder out = new StringBuilder(random.nextBoolean() ? " " : "");
        String[] parts = name.strip().split("[\\s_\\-]+");
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                int n = 1 + random.nextInt(3);
                for (int j = 0; j < n; j++) {
                    out.append(" -_".charAt(random.nextInt(3)));
                }
            }
            String p = parts[i];
            out.append(random.nextBoolean() ? p.toUpperCase(Locale.ROOT) : p);
        }
        return out.append(random.nextBoolean() ? "\t" : "").toString();
    }
}
