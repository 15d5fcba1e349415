package io.github.supportkpi.domain;

import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/** The interaction builder over generated interactions: no setter changes another field. */
class InteractionPropertiesTest {

    @Test
    void every_field_set_on_a_new_builder_in_any_order_gives_the_interaction_back() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.interactions(), longs().all()).checkAssert((is, seed) ->
                is.forEach(i -> assertThat(rebuilt(i, new Random(seed))).isEqualTo(i)));
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.calls(), longs().all()).checkAssert((is, seed) ->
                is.forEach(i -> assertThat(rebuilt(i, new Random(seed))).isEqualTo(i)));
    }

    @Test
    void every_field_set_twice_to_its_own_value_gives_the_interaction_back() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.interactions(), longs().all()).checkAssert((is, seed) ->
                is.forEach(i -> assertThat(rebuiltTwice(i, new Random(seed))).isEqualTo(i)));
    }

    /** The interaction built anew: every field set once, actor included, in a shuffled order. */
    private static Interaction rebuilt(Interaction i, Random random) {
        List<Consumer<Interaction.Builder>> setters = setters(i);
        Collections.shuffle(setters, random);
        Interaction.Builder b = Interaction.builder(i.kind(), i.at());
        setters.forEach(s -> s.accept(b));
        return b.build();
    }

    /** The interaction built anew with every setter called twice, in a shuffled order. */
    private static Interaction rebuiltTwice(Interaction i, Random random) {
        List<Consumer<Interaction.Builder>> setters = setters(i);
        setters.addAll(setters(i));
        Collections.shuffle(setters, random);
        Interaction.Builder b = Interaction.builder(i.kind(), i.at());
        setters.forEach(s -> s.accept(b));
        return b.build();
    }

    private static List<Consumer<Interaction.Builder>> setters(Interaction i) {
        return new ArrayList<>(List.of(
                b -> b.id(i.id().orElse(null)),
                b -> b.ticketId(i.ticketId().orElse(null)),
                b -> b.actor(i.actor()),
                b -> b.agentId(i.agentId().orElse(null)),
                b -> b.customerId(i.customerId().orElse(null)),
                b -> b.channel(i.channel().orElse(null)),
                b -> b.direction(i.direction()),
                b -> b.queueWait(i.queueWait()),
                b -> b.abandoned(i.abandoned()),
                b -> b.talk(i.talk()),
                b -> b.hold(i.hold()),
                b -> b.afterContact(i.afterContact()),
                b -> b.articleId(i.articleId().orElse(null)),
                b -> b.outcome(i.outcome().orElse(null)),
                b -> b.routedToAgentId(i.routedToAgentId().orElse(null))));
    }
}
