package io.github.supportkpi.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's first section shows the command line's real output on the shipped sample. */
class ReadmeCliTest {
    @Test
    void the_readme_shows_what_the_command_writes() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        String golden = Files.readString(Path.of("src", "test", "resources", "io", "github", "supportkpi", "cli",
                "golden", "readme.txt"), StandardCharsets.UTF_8);

        assertThat(readme).contains("java -jar metrics-cli/target/supportkpi.jar report --tickets"
                + " metrics-cli/samples/tickets.csv --mapping supportkpi-tickets --by channel \\\n"
                + "    --metrics ticket.volume,resolution.rate,frt,csat");
        assertThat(readme).contains("```\n" + golden.replace("samples/", "") + "```");
    }
}
