package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.Ratio;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static io.github.supportkpi.contact.SelfServiceUtilizationTest.view;
import static io.github.supportkpi.testing.WorkloadFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class KnowledgeBaseViewsTest {
    @Test
    void should_count_views_per_article_and_rank_the_top_articles() {
        // [000] knowledge-base views: count of article views, top articles
        // GIVEN 3 views of KB-2, 2 of KB-1, 1 of KB-3, 1 with no article id, and an agent reply
        List<Interaction> records = List.of(view("KB-2"), view("KB-1"), view("KB-2"), view("KB-3"), view("KB-1"),
                view("KB-2"), Interaction.builder(InteractionKind.SELF_SERVICE, T0).build(),
                Interaction.agentReply(T0, "ana"));
        // WHEN
        Frequencies<String> views = KnowledgeBaseViews.defaults().over(records);
        // THEN the reply is ignored; the keyless view is absent but in the total
        assertThat(views.total()).isEqualTo(7);
        assertThat(views.absent()).isEqualTo(1);
        assertThat(views.top(2)).containsExactly(Map.entry("KB-2", 3L), Map.entry("KB-1", 2L));
        assertThat(views.share("KB-2")).isEqualTo(Ratio.of(3, 7));
    }

    @Test
    void should_be_zero_with_no_views() {
        Frequencies<String> views = KnowledgeBaseViews.defaults().over(List.of(Interaction.customerMessage(T0)));
        assertThat(views.total()).isZero();
        assertThat(views.share("KB-1").percent()).isEmpty();
    }

    @Test
    void should_have_its_id() {
        assertThat(KnowledgeBaseViews.defaults().id()).isEqualTo("kb.views");
    }
}
