package io.github.supportkpi.domain;

import io.github.supportkpi.domain.DataQuality.Kind;
import io.github.supportkpi.domain.DataQuality.Reason;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataQualityTest {
    private static final Reason DATE = new Reason(Kind.REJECTED, "created", "must be a date-time of pattern yyyy-MM-dd");
    private static final Reason SKEW = new Reason(Kind.SUSPECT, "service start", "before queue exit within PT2S");

    @Test
    void should_split_a_reason_text_into_field_and_rule() {
        assertThat(Reason.parse(Kind.REJECTED, "resolved must not be before created"))
                .isEqualTo(new Reason(Kind.REJECTED, "resolved", "must not be before created"));
        assertThat(Reason.parse(Kind.IGNORED, "resolution time must be absent"))
                .isEqualTo(new Reason(Kind.IGNORED, "resolution time", "must be absent"));
        assertThat(Reason.parse(Kind.REJECTED, "row is empty")).isEqualTo(new Reason(Kind.REJECTED, "", "row is empty"));
        assertThat(Reason.parse(Kind.REJECTED, "row is empty").toString()).isEqualTo("row is empty");
        assertThat(SKEW.toString()).isEqualTo("service start before queue exit within PT2S");
    }

    @Test
    void should_add_counts_and_keep_the_first_examples_up_to_the_smaller_limit() {
        // GIVEN two parts: 3 kept, 2 bad dates; then 4 kept, 1 bad date and 1 skew
        DataQuality a = new DataQuality(3, Map.of(DATE, 2L), Map.of(DATE, List.of("line 2: a", "line 3: b")), 2);
        DataQuality b = new DataQuality(4, Map.of(DATE, 1L, SKEW, 1L),
                Map.of(DATE, List.of("line 9: c"), SKEW, List.of("line 8")), 3);
        // WHEN
        DataQuality sum = a.plus(b);
        // THEN 7 kept, 3 rejected, 10 rows; examples of a first, capped at 2
        assertThat(sum.kept()).isEqualTo(7);
        assertThat(sum.rejected()).isEqualTo(3);
        assertThat(sum.rows()).isEqualTo(10);
        assertThat(sum.suspect()).isEqualTo(1);
        assertThat(sum.ignored()).isZero();
        assertThat(sum.examplesPerReason()).isEqualTo(2);
        assertThat(sum.examples(DATE)).containsExactly("line 2: a", "line 3: b");
        assertThat(b.plus(a).examples(DATE)).containsExactly("line 9: c", "line 2: a");
        assertThat(sum.rejectedByReason()).isEqualTo(Map.of("created must be a date-time of pattern yyyy-MM-dd", 3L));
        assertThat(sum.suspectByReason()).isEqualTo(Map.of("service start before queue exit within PT2S", 1L));
    }

    @Test
    void should_print_one_section_per_kind_most_frequent_reason_first() {
        Reason priority = new Reason(Kind.REJECTED, "priority", "must be one of low, high");
        DataQuality q = new DataQuality(5, Map.of(DATE, 3L, priority, 1L, SKEW, 2L),
                Map.of(DATE, List.of("line 4: \"01-02-2024\"")), 1);
        assertThat(q.toString()).isEqualTo(String.join(System.lineSeparator(),
                "9 rows: 5 kept, 4 rejected",
                "4 rows rejected",
                "       3  created must be a date-time of pattern yyyy-MM-dd",
                "          e.g. line 4: \"01-02-2024\"",
                "       1  priority must be one of low, high",
                "2 suspect values in kept rows",
                "       2  service start before queue exit within PT2S"));
    }

    @Test
    void should_refuse_inconsistent_counts_and_examples() {
        assertThatThrownBy(() -> new DataQuality(-1, Map.of(), Map.of(), 1))
                .hasMessage("kept must not be negative: -1");
        assertThatThrownBy(() -> new DataQuality(0, Map.of(DATE, 0L), Map.of(), 1))
                .hasMessageStartingWith("count must be positive: ");
        assertThatThrownBy(() -> new DataQuality(0, Map.of(DATE, 1L), Map.of(DATE, List.of("a", "b")), 5))
                .hasMessageStartingWith("examples must number at most 5 and at most the reason's count 1: ");
        assertThatThrownBy(() -> new DataQuality(0, Map.of(DATE, 3L), Map.of(DATE, List.of("a", "b")), 1))
                .hasMessageStartingWith("examples must number at most 1 ");
        assertThatThrownBy(() -> DataQuality.empty(-1)).hasMessage("examplesPerReason must not be negative: -1");
        assertThatThrownBy(() -> new Reason(Kind.SUSPECT, "x", " ")).hasMessage("rule must not be blank: \" \"");
    }
}
