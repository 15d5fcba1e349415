package io.github.supportkpi.contact;

import io.github.supportkpi.domain.Interaction;
import io.github.supportkpi.domain.InteractionKind;
import io.github.supportkpi.metric.Dimension;
import io.github.supportkpi.metric.Frequencies;
import io.github.supportkpi.metric.InteractionDimensions;
import io.github.supportkpi.metric.Metric;
import io.github.supportkpi.testing.Sources;
import io.github.supportkpi.testing.TallyContract;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

class KnowledgeBaseViewsPropertiesTest implements TallyContract<Interaction, Frequencies<String>> {
    @Override
    public Metric<Interaction, Frequencies<String>> metric() {
        return KnowledgeBaseViews.defaults();
    }

    @Override
    public Gen<List<Interaction>> records() {
        return Sources.interactions();
    }

    @Override
    public Dimension<? super Interaction, ?> dimension() {
        return InteractionDimensions.CHANNEL;
    }

    @Override
    public DoubleStream values(Frequencies<String> tally) {
        return tally.counts().keySet().stream().mapToDouble(k -> tally.share(k).percent().orElseThrow());
    }

    @Test
    void should_count_every_article_view() {
        qt().withExamples(TallyContract.EXAMPLES).forAll(Sources.interactions()).checkAssert(is -> {
            Frequencies<String> views = KnowledgeBaseViews.defaults().over(is);
            assertThat(views.total()).isEqualTo(is.stream().filter(i -> i.kind() == InteractionKind.SELF_SERVICE).count());
            assertThat(views.absent()).isEqualTo(is.stream()
                    .filter(i -> i.kind() == InteractionKind.SELF_SERVICE && i.articleId().isEmpty()).count());
        });
    }
}
