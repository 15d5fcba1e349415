package io.github.supportkpi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A small report made to reach every corner of the page in Chromium: tiles with intervals, targets met and
 * missed, too few and undefined values; labels holding markup.
 */
class DashboardBrowserTest extends DashboardInChromium {
    DashboardBrowserTest() {
        super(DashboardSample.report(), DashboardSample.FORMAT, "dashboard-sample");
    }

    @Test
    void should_show_intervals_targets_and_marks_on_the_tiles_and_labels_as_text() {
        // GIVEN the page of the sample report
        // WHEN the tiles and the table with markup in its labels are read
        String tiles = driver.findElement(By.cssSelector("section[data-section='executive']")).getText();
        // THEN the tiles show the interval, n, the target as colour and words, the too-few mark
        assertThat(tiles).contains("95% CI 84.0%\u201390.0%", "n=472", "412 of 472", "Target met", "Target missed",
                "(too few)", "n/a");
        assertThat(driver.findElement(By.cssSelector(".badge.missed")).getCssValue("color"))
                .isNotEqualTo(driver.findElement(By.cssSelector(".badge.met")).getCssValue("color"));
        // and the markup in a label is text, not an element
        assertThat(driver.findElements(By.tagName("script"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("section[data-section='sla']")).getText())
                .contains("<script>alert(1)</script>", "Low <& \"quoted\">");
    }
}
