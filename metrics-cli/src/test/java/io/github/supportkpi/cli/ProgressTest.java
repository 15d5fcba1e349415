package io.github.supportkpi.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The progress line: silent for a short read, then rewritten in place once a second, ended by a line end. */
class ProgressTest {
    private long now;

    @Test
    void should_stay_silent_for_three_seconds_then_show_the_records_and_rate() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), true, () -> now);
        for (int i = 0; i < 4096; i++) {
            p.tick();
        }
        assertThat(err.toString()).isEmpty();

        now = 4_000_000_000L;   // 4 s in, 8,192 records: 2,048 records/s
        for (int i = 0; i < 4096; i++) {
            p.tick();
        }
        now = 4_500_000_000L;   // half a second later: not yet rewritten
        for (int i = 0; i < 4096; i++) {
            p.tick();
        }
        p.finish();

        assertThat(err.toString()).isEqualTo("\r8,192 records read, 2,048 records/s" + System.lineSeparator());
    }

    @Test
    void should_write_nothing_when_quiet() {
        StringWriter err = new StringWriter();
        Progress p = new Progress(new PrintWriter(err), false, () -> now);
        now = 10_000_000_000L;
        for (int i = 0; i < 8192; i++) {
            p.tick();
        }
        p.finish();
        assertThat(err.toString()).isEmpty();
    }
}
