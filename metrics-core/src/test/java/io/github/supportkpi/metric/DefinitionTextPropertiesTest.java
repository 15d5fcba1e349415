package io.github.supportkpi.metric;

import io.github.supportkpi.testing.TallyContract;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Properties of {@link DefinitionText} over generated values: sets and maps give the same text whatever
 * order they iterate in, different values give different texts, and the text stays on one line.
 */
class DefinitionTextPropertiesTest {
    /** A definition of one's own holding a set and a map. */
    record Knobs(String name, Set<String> tags, Map<String, Duration> limits, BigDecimal rate) {}

    private static Gen<List<String>> words() {
        return lists().of(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(0, 8);
    }

    private static <E> List<E> shuffled(List<E> list, long seed) {
        List<E> copy = new ArrayList<>(list);
        Collections.shuffle(copy, new Random(seed));
        return copy;
    }

    @Test
    void a_set_gives_the_same_text_whatever_order_it_iterates_in() {
        qt().withExamples(TallyContract.EXAMPLES * 2).forAll(words(), longs().all()).checkAssert((words, seed) -> {
            String text = DefinitionText.of(new LinkedHashSet<>(words));
            assertThat(DefinitionText.of(new LinkedHashSet<>(shuffled(words, seed)))).isEqualTo(text);
            assertThat(DefinitionText.of(new HashSet<>(words))).isEqualTo(text);
            assertThat(DefinitionText.of(new TreeSet<>(words))).isEqualTo(text);
            assertThat(DefinitionText.of(Set.copyOf(words))).isEqualTo(text);
        });
    }

    @Test
    void a_map_gives_the_same_text_whatever_order_its_entries_iterate_in() {
        qt().withExamples(TallyContract.EXAMPLES * 2).forAll(words(), longs().all()).checkAssert((words, seed) -> {
            Map<String, Integer> inOrder = new LinkedHashMap<>();
            words.forEach(w -> inOrder.put(w, w.length()));
            Map<String, Integer> otherOrder = new LinkedHashMap<>();
            shuffled(words, seed).forEach(w -> otherOrder.put(w, w.length()));
            String text = DefinitionText.of(inOrder);
            assertThat(DefinitionText.of(otherOrder)).isEqualTo(text);
            assertThat(DefinitionText.of(new HashMap<>(inOrder))).isEqualTo(text).isEqualTo(DefinitionText.of(
                    new TreeMap<>(inOrder)));
        });
    }

    @Test
    void a_record_built_apart_from_the_same_knobs_gives_the_same_text_and_any_other_knob_another() {
        qt().withExamples(TallyContract.EXAMPLES * 2).forAll(words(), longs().all(), integers().between(0, 1000))
                .checkAssert((words, seed, rate) -> {
                    Map<String, Duration> limits = new LinkedHashMap<>();
                    words.forEach(w -> limits.put(w, Duration.ofSeconds(w.hashCode() & 0xffff)));
                    Map<String, Duration> limitsApart = new LinkedHashMap<>();
                    shuffled(words, seed).forEach(w -> limitsApart.put(w, limits.get(w)));
                    BigDecimal r = BigDecimal.valueOf(rate, 2);
                    Knobs knobs = new Knobs("n", new LinkedHashSet<>(words), limits, r);
                    Knobs apart = new Knobs("n", new HashSet<>(shuffled(words, seed)), limitsApart, r);
                    String text = DefinitionText.of(knobs);
                    assertThat(DefinitionText.of(apart)).isEqualTo(text);
                    Set<String> moreTags = new HashSet<>(words);
                    moreTags.add("another tag");
                    assertThat(DefinitionText.of(new Knobs("n", moreTags, limits, r))).isNotEqualTo(text);
                    assertThat(DefinitionText.of(new Knobs("m", knobs.tags(), limits, r))).isNotEqualTo(text);
                    assertThat(DefinitionText.of(new Knobs("n", knobs.tags(), limits, r.setScale(3)))).isNotEqualTo(text);
                    if (!words.isEmpty()) {
                        Map<String, Duration> longer = new LinkedHashMap<>(limits);
                        longer.put(words.get(0), limits.get(words.get(0)).plusNanos(1));
                        assertThat(DefinitionText.of(new Knobs("n", knobs.tags(), longer, r))).isNotEqualTo(text);
                    }
                });
    }

    @Test
    void different_strings_and_lists_of_strings_give_different_texts_on_one_line() {
        Gen<String> any = strings().allPossible().ofLengthBetween(0, 8);
        qt().withExamples(TallyContract.EXAMPLES * 4).forAll(lists().of(any).ofSizeBetween(0, 4),
                lists().of(any).ofSizeBetween(0, 4)).checkAssert((a, b) -> {
                    String ta = DefinitionText.of(a);
                    assertThat(ta).doesNotContain("\n", "\r", "\u2028", "\u2029");
                    assertThat(ta.equals(DefinitionText.of(b))).as("%s and %s", a, b).isEqualTo(a.equals(b));
                });
    }
}
