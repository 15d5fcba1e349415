package io.github.supportkpi.examples;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuickstartTest {

    @Test
    void should_print_what_the_readme_says() {
        assertThat(Quickstart.run()).isEqualTo("FRT mean PT24S, FCR 1/2 (50.00%), chat FCR 0/1 (0.00%)");
    }
}
