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

/** The survey response builder over generated responses: no setter changes another field. */
class SurveyResponsePropertiesTest {

    @Test
    void every_field_set_on_a_new_builder_in_any_order_gives_the_response_back() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.surveys(), longs().all()).checkAssert((rs, seed) ->
                rs.forEach(r -> assertThat(rebuilt(r, new Random(seed), 1)).isEqualTo(r)));
    }

    @Test
    void every_field_set_twice_to_its_own_value_gives_the_response_back() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.surveys(), longs().all()).checkAssert((rs, seed) ->
                rs.forEach(r -> assertThat(rebuilt(r, new Random(seed), 2)).isEqualTo(r)));
    }

    /** The response built anew: every setter called {@code times} times, in a shuffled order. */
    private static SurveyResponse rebuilt(SurveyResponse r, Random random, int times) {
        List<Consumer<SurveyResponse.Builder>> setters = new ArrayList<>();
        for (int n = 0; n < times; n++) {
            setters.addAll(List.of(
                    b -> b.id(r.id().orElse(null)),
                    b -> b.ticketId(r.ticketId().orElse(null)),
                    b -> b.agentId(r.agentId().orElse(null)),
                    b -> b.customerId(r.customerId().orElse(null)),
                    b -> b.channel(r.channel().orElse(null)),
                    b -> b.comment(r.comment().orElse(null))));
        }
        Collections.shuffle(setters, random);
        SurveyResponse.Builder b = SurveyResponse.builder(r.kind(), r.score(), r.scale(), r.at());
        setters.forEach(s -> s.accept(b));
        return b.build();
    }
}
