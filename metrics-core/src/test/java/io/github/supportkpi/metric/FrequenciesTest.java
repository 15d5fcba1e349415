package io.github.supportkpi.metric;

import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrequenciesTest {

    @Test
    void should_rank_the_top_keys_by_count_then_by_key() {
        Frequencies<String> f = Frequencies.of(Map.of("billing", 5L, "login", 9L, "bug", 5L, "refund", 1L), 2);
        assertThat(f.top(3)).containsExactly(Map.entry("login", 9L), Map.entry("billing", 5L), Map.entry("bug", 5L));
        assertThat(f.total()).isEqualTo(22);
        assertThat(f.share("login")).isEqualTo(Ratio.of(9, 22));
        assertThat(f.share("unknown")).isEqualTo(Ratio.of(0, 22));
        assertThat(f.top(0)).isEmpty();
        assertThat(f.top(10)).hasSize(4);
    }

    @Test
    void should_have_undefined_shares_when_empty() {
        assertThat(Frequencies.<String>empty().share("x").value()).isEmpty();
    }

    @Test
    void should_refuse_non_positive_counts_and_negative_n() {
        assertThatThrownBy(() -> Frequencies.of(Map.of("a", 0L), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("count must be positive: a=0");
        assertThatThrownBy(() -> Frequencies.of(Map.<String, Long>of(), -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("absent must not be negative: -1");
        assertThatThrownBy(() -> Frequencies.<String>empty().top(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("n must not be negative: -1");
    }
}
