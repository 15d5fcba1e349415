package io.github.supportkpi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped sample export is the seeded generator's output, so it can be made again. */
class SampleExportTest {
    @Test
    void the_shipped_sample_is_the_generators_output() throws IOException {
        assertThat(Files.readString(SampleExport.FILE, StandardCharsets.UTF_8)).isEqualTo(SampleExport.sample());
    }
}
