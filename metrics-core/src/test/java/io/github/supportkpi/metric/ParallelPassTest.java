package io.github.supportkpi.metric;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A pass split between threads: the parts are contiguous, merged, and a failing part fails the pass. */
class ParallelPassTest {
    private static final Metric<Integer, Count> EVEN = Count.metric("even", i -> i % 2 == 0);

    @Test
    void should_count_every_record_once_whatever_the_number_of_threads() {
        List<Integer> records = new ArrayList<>();
        for (int i = 0; i < 10_001; i++) {
            records.add(i);
        }
        for (int threads : new int[] {1, 2, 3, 7, 64, 20_000}) {
            assertThat(EVEN.over(records, threads)).as("%d threads", threads).isEqualTo(Count.of(5_001));
        }
        assertThat(EVEN.over(List.of(), 4)).isEqualTo(Count.ZERO);
    }

    @Test
    void should_refuse_fewer_than_one_thread() {
        assertThatThrownBy(() -> EVEN.over(List.of(1), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1: 0");
    }

    @Test
    void should_rethrow_the_failure_of_a_part_run_by_another_thread() {
        Metric<Integer, Count> refusing = Count.metric("refusing", i -> {
            if (i == 9_000) {
                throw new IllegalArgumentException("record must not be 9000");
            }
            return true;
        });
        List<Integer> records = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            records.add(i);
        }
        assertThatThrownBy(() -> refusing.over(records, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("record must not be 9000");
    }
}
