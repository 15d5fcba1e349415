package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Ratio;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SelfServiceUtilizationTest {
    static Interaction view(String article) {
        return Interaction.builder(InteractionKind.SELF_SERVICE, T0).articleId(article).build();
    }

    @Test
    void should_divide_self_service_sessions_by_all_interactions() {
        // [000] formula self-service interactions / all interactions x 100 (numbers ours):
        // 300 article views among 1,200 interactions -> 25%
        // GIVEN
        List<Interaction> records = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            records.add(view("KB-" + (i % 7)));
        }
        for (int i = 0; i < 900; i++) {
            records.add(i % 2 == 0 ? Interaction.customerMessage(T0) : Interaction.agentReply(T0, "ana"));
        }
        // WHEN
        Ratio rate = SelfServiceUtilization.defaults().over(records);
        // THEN
        assertThat(rate).isEqualTo(Ratio.of(300, 1_200));
        assertThat(rate.percent()).hasValueCloseTo(25.0, within(1e-9));
    }

    @Test
    void should_be_undefined_with_no_interactions() {
        assertThat(SelfServiceUtilization.defaults().over(List.of()).percent()).isEmpty();
    }

    @Test
    void should_have_its_id() {
        assertThat(SelfServiceUtilization.defaults().id()).isEqualTo("self.service.rate");
    }
}
