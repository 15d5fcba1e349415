package io.github.supportkpi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.supportkpi.report.Cell;
import io.github.supportkpi.report.Dashboard;
import io.github.supportkpi.report.Report;
import io.github.supportkpi.report.ReportFormat;
import io.github.supportkpi.report.Row;
import io.github.supportkpi.report.Section;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The dashboard page in a real browser: the machine's Chromium, headless, driven by its own chromedriver (no
 * driver or browser is downloaded). Every chart is drawn with visible marks, the page logs no error, every value
 * in the page is the report's cell as the report format writes it, and a full-page screenshot is saved to
 * {@code target/<name>.png}. Each subclass opens one report's page.
 *
 * <p>This test fails, and does not skip, where Chromium or chromedriver is missing: install them with
 * {@code apt-get install -y chromium chromium-driver} (CI's script does).
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DashboardInChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The report the page shows. */
    protected final Report report;
    /** How the page writes values. */
    protected final ReportFormat format;
    /** The name of the page and its screenshot under target/. */
    private final String name;

    /**
     * @param report the report the page shows
     * @param format how the page writes values
     * @param name the name of the page and its screenshot under target/
     */
    DashboardInChromium(Report report, ReportFormat format, String name) {
        this.report = report;
        this.format = format;
        this.name = name;
    }

    /**
     * Selenium looks for a CDP binding of this Chromium's version; the test needs none (it sends one raw CDP
     * command), so its warning is noise. Held here: the logging framework keeps loggers weakly.
     */
    private static final java.util.logging.Logger DEVTOOLS_LOG =
            java.util.logging.Logger.getLogger("org.openqa.selenium.devtools");

    /** The browser, open on the page. */
    protected ChromeDriver driver;

    @BeforeAll
    void open_the_dashboard_in_chromium() throws Exception {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            assertThat(Files.isExecutable(p))
                    .as("%s is missing: install Chromium and its driver with "
                            + "`apt-get install -y chromium chromium-driver` (as root, or with sudo)", p)
                    .isTrue();
        }
        Path page = Path.of("target", name + ".html").toAbsolutePath();
        Path profile = Files.createTempDirectory(page.getParent().toFile().exists() ? page.getParent()
                : Files.createDirectories(page.getParent()), "chromium-");
        Files.createDirectories(page.getParent());
        Dashboard.write(report, format, page);

        DEVTOOLS_LOG.setLevel(Level.SEVERE);
        // The driver and the browser are named, so Selenium Manager has nothing to look up or download.
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + profile.resolve("chromium"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(15)).scriptTimeout(Duration.ofSeconds(10));
        driver.get(page.toUri().toString());
    }

    @AfterAll
    void close_the_browser() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void should_draw_every_chart_with_visible_marks() {
        // GIVEN the page as Chromium laid it out
        List<Map<String, Object>> charts = script(
                "return Array.from(document.querySelectorAll('svg[data-chart]')).map(svg => {"
                        + " const box = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0; };"
                        + " const marks = Array.from(svg.querySelectorAll('[data-value]'));"
                        + " const lines = Array.from(svg.querySelectorAll('polyline'));"
                        + " return { section: svg.dataset.section, column: svg.dataset.column || '',"
                        + "   chart: svg.dataset.chart, visible: box(svg), label: svg.getAttribute('aria-label') || '',"
                        + "   marks: marks.length, visibleMarks: marks.filter(box).length,"
                        + "   positiveMarks: marks.filter(m => Number(m.dataset.value) > 0).length,"
                        + "   visiblePositiveMarks: marks.filter(m => Number(m.dataset.value) > 0 && box(m)).length,"
                        + "   lines: lines.length, visibleLines: lines.filter(box).length }; });");
        // WHEN / THEN a line chart per measure column of a trend, a bar chart, a heat map, all drawn
        for (Section s : report.sections()) {
            List<Map<String, Object>> mine = charts.stream().filter(c -> s.id().equals(c.get("section"))).toList();
            switch (s.kind()) {
                case TREND:
                    assertThat(mine).as(s.id()).hasSize(measureColumns(s));
                    for (Map<String, Object> chart : mine) {
                        assertThat(chart.get("chart")).isEqualTo("trend");
                        long points = measures(s, (String) chart.get("column"));
                        assertThat(number(chart, "marks")).as("points of %s", chart.get("column")).isEqualTo(points);
                        assertThat(number(chart, "visibleMarks")).as("visible points of %s", chart.get("column"))
                                .isEqualTo(points);
                        assertThat(number(chart, "lines")).isPositive();
                        assertThat(number(chart, "visibleLines")).isEqualTo(number(chart, "lines"));
                    }
                    break;
                case BARS:
                case HEATMAP:
                    assertThat(mine).as(s.id()).hasSize(1);
                    Map<String, Object> chart = mine.get(0);
                    assertThat(number(chart, "marks")).isEqualTo(s.rows().size() * measureColumns(s));
                    assertThat(number(chart, "positiveMarks")).isPositive();
                    assertThat(number(chart, "visiblePositiveMarks")).isEqualTo(number(chart, "positiveMarks"));
                    if (s.kind() == Section.Kind.HEATMAP) {
                        assertThat(number(chart, "visibleMarks")).isEqualTo(number(chart, "marks"));
                    }
                    break;
                default:
                    assertThat(mine).as(s.id()).isEmpty();
                    break;
            }
            for (Map<String, Object> c : mine) {
                assertThat(c.get("visible")).as("%s is laid out", c).isEqualTo(true);
                assertThat((String) c.get("label")).as("accessible name of %s", s.id()).isNotBlank();
            }
        }
        assertThat(driver.findElements(By.cssSelector("section[data-section]"))).hasSize(report.sections().size());
        assertThat(driver.getTitle()).isEqualTo(report.title());
    }

    @Test
    void should_show_the_report_s_values_as_the_report_format_writes_them() {
        // GIVEN every value element of the page, the collapsed chart data opened as a reader would
        for (WebElement summary : driver.findElements(By.cssSelector("details.data > summary"))) {
            summary.click();
        }
        List<Map<String, Object>> values = script(
                "return Array.from(document.querySelectorAll('[data-value]')).map(e => {"
                        + " const t = e.querySelector('title');"
                        + " return { key: e.dataset.section + '/' + e.dataset.rowIndex + '/' + e.dataset.columnIndex,"
                        + "   row: e.dataset.row, column: e.dataset.column, value: e.dataset.value, text: e.dataset.text,"
                        + "   svg: e.closest('svg') !== null, title: t ? t.textContent : '',"
                        + "   shown: e.closest('svg') === null ? e.innerText : '',"
                        + "   next: e.nextElementSibling && e.nextElementSibling.matches('text.bar-value')"
                        + "     ? e.nextElementSibling.textContent : null }; });");
        for (WebElement summary : driver.findElements(By.cssSelector("details.data > summary"))) {
            summary.click();
        }
        Map<String, List<Map<String, Object>>> byCell = values.stream()
                .collect(Collectors.groupingBy(v -> (String) v.get("key"), HashMap::new, Collectors.toList()));
        // WHEN / THEN each cell of the report is in the page, with its raw value and its text
        int cells = 0;
        for (Section s : report.sections()) {
            for (int r = 0; r < s.rows().size(); r++) {
                Row row = s.rows().get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    String text = format.cell(cell);
                    List<Map<String, Object>> found = byCell.getOrDefault(s.id() + "/" + r + "/" + c, List.of());
                    assertThat(found).as("%s / %s / %s", s.id(), row.label(), s.columns().get(c)).isNotEmpty();
                    for (Map<String, Object> v : found) {
                        assertThat(v.get("row")).isEqualTo(row.label());
                        assertThat(v.get("column")).isEqualTo(s.columns().get(c));
                        assertThat(v.get("value")).isEqualTo(raw(cell));
                        assertThat(v.get("text")).isEqualTo(text);
                        if ((Boolean) v.get("svg")) {
                            assertThat((String) v.get("title")).contains(row.label()).contains(text);
                            if (v.get("next") != null) {
                                assertThat(v.get("next")).isEqualTo(text);
                            }
                        } else {
                            assertThat(normalized((String) v.get("shown"))).as("shown text").isEqualTo(text);
                        }
                    }
                    cells++;
                }
            }
        }
        assertThat(cells).isGreaterThan(200);
    }

    @Test
    void should_log_no_error_in_the_browser_s_console() {
        // GIVEN the page loaded
        // WHEN the browser's log is read
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        // THEN no error; and the log does carry an error when one happens, so its silence means something
        assertThat(errors).as("console errors").isEmpty();
        driver.executeScript("console.error('dashboard log probe')");
        assertThat(driver.manage().logs().get(LogType.BROWSER).getAll())
                .anySatisfy(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.SEVERE);
                    assertThat(e.getMessage()).contains("dashboard log probe");
                });
    }

    @Test
    void should_save_a_full_page_screenshot() throws Exception {
        // GIVEN the page's full size
        Number width = (Number) driver.executeScript("return document.documentElement.scrollWidth");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        // WHEN Chromium captures all of it
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", width, "height", height,
                        "scale", 1)));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Path file = Path.of("target", name + ".png");
        Files.write(file, png);
        // THEN a PNG of the whole page, taller than the window
        assertThat(height.intValue()).isGreaterThan(900);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        int pngWidth = (png[16] & 0xff) << 24 | (png[17] & 0xff) << 16 | (png[18] & 0xff) << 8 | png[19] & 0xff;
        int pngHeight = (png[20] & 0xff) << 24 | (png[21] & 0xff) << 16 | (png[22] & 0xff) << 8 | png[23] & 0xff;
        assertThat(pngWidth).isEqualTo(width.intValue());
        assertThat(pngHeight).isEqualTo(height.intValue());
    }

    private static int measureColumns(Section s) {
        int n = 0;
        for (int c = 0; c < s.columns().size(); c++) {
            int column = c;
            if (s.rows().stream().anyMatch(r -> r.cells().get(column) instanceof Cell.Measure)) {
                n++;
            }
        }
        return n;
    }

    /** The rows of a section whose cell in a column is a measure: the points of its line chart. */
    private static long measures(Section s, String column) {
        int c = s.columns().indexOf(column);
        return s.rows().stream().filter(r -> r.cells().get(c) instanceof Cell.Measure).count();
    }

    private static String raw(Cell cell) {
        if (cell instanceof Cell.Measure m) {
            return m.value().isPresent() ? String.valueOf(m.value().getAsDouble()) : "";
        }
        return cell instanceof Cell.Text t ? t.text() : ((Cell.Moment) cell).instant().toString();
    }

    private static String normalized(String shown) {
        return shown.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    }

    private static long number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> script(String js) {
        return (List<Map<String, Object>>) driver.executeScript(js);
    }
}
