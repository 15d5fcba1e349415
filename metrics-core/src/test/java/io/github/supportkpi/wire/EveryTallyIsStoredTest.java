package io.github.supportkpi.wire;

import io.github.supportkpi.metric.Ratio;
import io.github.supportkpi.metric.Tally;
import io.github.supportkpi.testing.LibraryClasses;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tally class of the library has a stored form, so a new tally cannot be added without one; and every
 * one is among the examples read back from both forms, and among the golden files.
 */
class EveryTallyIsStoredTest {
    @Test
    void should_store_every_tally_class_of_the_library() throws Exception {
        // GIVEN every concrete class of the library's main classes that is a tally
        List<Class<?>> tallies = new ArrayList<>();
        for (Class<?> c : LibraryClasses.all()) {
            if (Tally.class.isAssignableFrom(c) && !c.isInterface() && !Modifier.isAbstract(c.getModifiers())) {
                tallies.add(c);
            }
        }
        // THEN the search found them (the framework's and the families'), the standard format stores each,
        // and each is among the examples
        assertThat(tallies).contains(Ratio.class, io.github.supportkpi.staffing.Patience.class,
                io.github.supportkpi.quality.ContactHistory.class).hasSizeGreaterThanOrEqualTo(18);
        assertThat(tallies).allSatisfy(c -> assertThat(TallyFormat.standard().stores(c))
                .as("TallyFormat.standard() stores %s", c.getName()).isTrue());
        assertThat(WireSamples.classes()).containsAll(tallies);
        assertThat(WireSamples.classesOf(GoldenFiles.entries().stream().<Tally<?>>map(e -> e.direct().get()).toList()))
                .as("the tally classes of the golden files").containsAll(tallies);
        assertThat(TallyFormat.standard().tallyTags()).hasSameSizeAs(tallies).doesNotHaveDuplicates();
    }
}
