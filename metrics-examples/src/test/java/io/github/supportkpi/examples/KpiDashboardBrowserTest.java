package io.github.supportkpi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supportkpi.report.Report;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The main example's dashboard in Chromium: the page {@link KpiReport} writes, over the six generated weeks
 * of seed 42. Its full-page screenshot, {@code target/supportkpi-dashboard.png}, is the one in the README.
 */
class KpiDashboardBrowserTest extends DashboardInChromium {
    private static final Report KPI = KpiReport.report(
            HelpDeskDataset.generate(42, KpiReport.START, 6, KpiReport.ZONE), 42);

    KpiDashboardBrowserTest() {
        super(KPI, KpiReport.FORMAT, "supportkpi-dashboard");
    }

    @Test
    void should_show_every_section_of_the_main_example() {
        // GIVEN the main example's page
        // WHEN its sections are listed
        // THEN there is one per section of the report, each with its title, the leaderboard and the heat map among them
        for (var s : KPI.sections()) {
            assertThat(driver.findElement(By.cssSelector("section[data-section='" + s.id() + "']")).getText())
                    .as(s.id()).contains(s.title());
        }
        assertThat(KPI.section("leaderboard")).isPresent();
        assertThat(KPI.section("heatmap")).isPresent();
        String tiles = driver.findElement(By.cssSelector("section[data-section='executive']")).getText();
        assertThat(tiles).contains("95% CI").contains("Target");
    }
}
