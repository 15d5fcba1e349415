package io.github.supportkpi.report;

import static io.github.supportkpi.report.DashboardFixtures.FORMAT;
import static io.github.supportkpi.report.DashboardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.supportkpi.metric.Interval;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class DashboardTest {
    private static final XPathFactory XPATH = XPathFactory.newInstance();

    /** The page, parsed: the dashboard writes well-formed XML so that a test can read it without a browser. */
    static Document parse(String html) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("the page is not well-formed: " + e.getMessage(), e);
        }
    }

    static List<Element> select(Document doc, String xpath) {
        try {
            NodeList nodes = (NodeList) XPATH.newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
            List<Element> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add((Element) nodes.item(i));
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    static boolean insideSvg(Element e) {
        for (Node n = e; n != null; n = n.getParentNode()) {
            if ("svg".equals(n.getNodeName())) {
                return true;
            }
        }
        return false;
    }

    static String titleOf(Element e) {
        NodeList children = e.getElementsByTagName("title");
        return children.getLength() == 0 ? "" : children.item(0).getTextContent();
    }

    /** Every cell of the report is in the page with its raw value and its formatted text, and only so. */
    static void assertEveryCellIsInThePage(Report report, ReportFormat format, Document doc) {
        java.util.Map<String, List<Element>> values = new java.util.HashMap<>();
        NodeList all = doc.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute("data-value")) {
                values.computeIfAbsent(e.getAttribute("data-section") + "/" + e.getAttribute("data-row-index") + "/"
                        + e.getAttribute("data-column-index"), k -> new ArrayList<>()).add(e);
            }
        }
        for (Section s : report.sections()) {
            assertThat(select(doc, "//section[@data-section='" + s.id() + "']")).as(s.id()).hasSize(1);
            for (int r = 0; r < s.rows().size(); r++) {
                Row row = s.rows().get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    Cell cell = row.cells().get(c);
                    List<Element> found = values.getOrDefault(s.id() + "/" + r + "/" + c, List.of());
                    assertThat(found).as("%s row %s column %s", s.id(), r, c).isNotEmpty();
                    for (Element e : found) {
                        assertThat(e.getAttribute("data-row")).isEqualTo(row.label());
                        assertThat(e.getAttribute("data-column")).isEqualTo(s.columns().get(c));
                        assertThat(e.getAttribute("data-value")).isEqualTo(expectedRaw(cell));
                        assertThat(e.getAttribute("data-text")).isEqualTo(format.cell(cell));
                        if (insideSvg(e)) {
                            assertThat(titleOf(e)).contains(row.label()).contains(format.cell(cell));
                        } else {
                            assertThat(e.getTextContent()).isEqualTo(format.cell(cell));
                        }
                    }
                }
            }
        }
    }

    private static String expectedRaw(Cell cell) {
        if (cell instanceof Cell.Measure m) {
            return m.value().isPresent() ? String.valueOf(m.value().getAsDouble()) : "";
        }
        return cell instanceof Cell.Text t ? t.text() : ((Cell.Moment) cell).instant().toString();
    }

    @Test
    void should_render_every_section_row_and_value_of_the_report() {
        // GIVEN a report of every kind of section
        Report report = DashboardFixtures.report();
        // WHEN
        String html = Dashboard.html(report, FORMAT);
        Document doc = parse(html);
        // THEN every section, title, note, row label and value is in the page
        assertThat(select(doc, "/html/head/title").get(0).getTextContent()).isEqualTo("Help desk KPIs");
        assertThat(select(doc, "//section")).hasSize(report.sections().size());
        for (Section s : report.sections()) {
            Element section = select(doc, "//section[@data-section='" + s.id() + "']").get(0);
            assertThat(section.getAttribute("data-kind")).isEqualTo(s.kind().name());
            assertThat(select(doc, "//section[@data-section='" + s.id() + "']/h2").get(0).getTextContent())
                    .isEqualTo(s.title());
            List<String> notes = select(doc, "//section[@data-section='" + s.id() + "']/ul[@class='notes']/li")
                    .stream().map(Element::getTextContent).toList();
            assertThat(notes).isEqualTo(s.notes());
            for (Row row : s.rows()) {
                assertThat(section.getTextContent()).contains(row.label());
            }
        }
        assertEveryCellIsInThePage(report, FORMAT, doc);
        assertThat(html).contains("As of 2026-04-13 02:00 Europe/Berlin").doesNotContain("NaN");
    }

    @Test
    void should_show_interval_sample_size_target_and_too_few_on_the_tiles() {
        // GIVEN the executive tiles: CSAT 412 of 472 with a 95% interval, meeting its target; FRT missing it;
        // FCR of 12, too few; an undefined cost per resolution with an undefined target
        Document doc = parse(Dashboard.html(DashboardFixtures.report(), FORMAT));
        // WHEN
        List<Element> tiles = select(doc, "//section[@data-section='executive']//article");
        // THEN
        assertThat(tiles).hasSize(6);
        String csat = tiles.get(0).getTextContent();
        assertThat(csat).contains("87.3%", "95% CI 84.1%\u201390.2%", "412 of 472", "n=472", "Target met",
                "csat >= 85%");
        assertThat(tiles.get(0).getAttribute("class")).contains("tile-met");
        assertThat(tiles.get(1).getTextContent()).contains("3h 05m", "n=940", "Target missed");
        assertThat(tiles.get(1).getAttribute("class")).contains("tile-missed");
        assertThat(tiles.get(2).getTextContent()).contains("75.0% (too few)", "n=12");
        assertThat(select(doc, "//article[3]//span[@class='few']")).hasSize(1);
        assertThat(tiles.get(3).getTextContent()).contains("+18.00", "95% CI +8.40\u2013+27.60");
        assertThat(tiles.get(4).getTextContent()).contains("1,234").doesNotContain("n=");
        assertThat(tiles.get(5).getTextContent()).contains("n/a", "n=0", "Target n/a").doesNotContain("0.00");
        assertThat(select(doc, "//article[6]//span[@data-state='undefined']")).hasSize(1);
    }

    @Test
    void should_draw_a_line_chart_per_measure_column_a_bar_per_value_and_a_heat_map_cell_per_value() {
        // GIVEN six weeks of two measures, five age bands, a week of hours
        Document doc = parse(Dashboard.html(DashboardFixtures.report(), FORMAT));
        // WHEN / THEN two line charts of six points and one unbroken line each
        List<Element> lines = select(doc, "//svg[@data-section='trend.weekly']");
        assertThat(lines).hasSize(2).allSatisfy(svg -> {
            assertThat(svg.getAttribute("data-chart")).isEqualTo("trend");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-label")).contains("line chart of 6 points");
            assertThat(svg.getElementsByTagName("circle").getLength()).isEqualTo(6);
            assertThat(svg.getElementsByTagName("polyline").getLength()).isEqualTo(1);
            assertThat(svg.getElementsByTagName("polyline").item(0).getAttributes().getNamedItem("points")
                    .getNodeValue().split(" ")).hasSize(6);
        });
        // the CSAT chart has an interval bar per point, the FRT chart none
        assertThat(select(doc, "//svg[@data-column='CSAT']/g[@class='ci']/line")).hasSize(6);
        assertThat(select(doc, "//svg[@data-column='FRT median']/g[@class='ci']/line")).isEmpty();
        // y ticks of the FRT chart are durations
        assertThat(select(doc, "//svg[@data-column='FRT median']/g[@class='axis y']/text").stream()
                .map(Element::getTextContent)).isNotEmpty().allMatch(t -> t.matches("\\d+h \\d\\dm"));
        assertThat(select(doc, "//svg[@data-section='backlog.age']//rect[@data-value]")).hasSize(5);
        assertThat(select(doc, "//svg[@data-section='backlog.age']//text[@class='bar-value']").stream()
                .map(Element::getTextContent)).containsExactly("48", "31", "17", "9", "3");
        // bar lengths are in proportion to the values
        List<Element> bars = select(doc, "//svg[@data-section='backlog.age']//rect[@data-value]");
        double w48 = Double.parseDouble(bars.get(0).getAttribute("width"));
        double w3 = Double.parseDouble(bars.get(4).getAttribute("width"));
        assertThat(w3 / w48).isCloseTo(3 / 48.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(select(doc, "//svg[@data-section='volume.heatmap']//rect[@data-value]")).hasSize(7 * 24);
        assertThat(select(doc, "//svg[@data-section='volume.heatmap']//linearGradient")).hasSize(1);
        // the table is a table: a header cell per column and a row per row
        assertThat(select(doc, "//section[@data-section='sla']//thead/tr/th")).hasSize(6);
        assertThat(select(doc, "//section[@data-section='sla']//tbody/tr")).hasSize(3);
        assertThat(select(doc, "//section[@data-section='sla']//svg")).isEmpty();
        // a chart's data is also there as a table
        assertThat(select(doc, "//section[@data-section='trend.weekly']/details//tbody/tr")).hasSize(6);
    }

    @Test
    void should_shade_the_heat_map_from_light_to_dark_by_value() {
        // GIVEN / WHEN
        Document doc = parse(Dashboard.html(DashboardFixtures.report(), FORMAT));
        List<Element> cells = select(doc, "//svg[@data-section='volume.heatmap']//rect[@data-value]");
        // THEN a larger value is never lighter (the sum of its colour channels is never higher)
        cells.sort(java.util.Comparator.comparingDouble(e -> Double.parseDouble(e.getAttribute("data-value"))));
        for (int i = 1; i < cells.size(); i++) {
            assertThat(brightness(cells.get(i).getAttribute("fill")))
                    .isLessThanOrEqualTo(brightness(cells.get(i - 1).getAttribute("fill")));
        }
        assertThat(DashboardCharts.shade(0)).isNotEqualTo(DashboardCharts.shade(1));
    }

    private static int brightness(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }

    @Test
    void should_escape_every_text_of_the_report() {
        // GIVEN labels that are markup
        String evil = "<script>alert('x')</script> & \"quoted\" <img src=x onerror=alert(1)>";
        Section trend = new Section("evil", evil, Section.Kind.TREND, List.of(evil, "text " + evil), List.of(
                Row.of(evil, Cell.Measure.count(3), new Cell.Text(evil)),
                Row.of("b" + evil, Cell.Measure.count(5), new Cell.Text(evil))), List.of(evil));
        Section tiles = new Section("tiles", evil, Section.Kind.TILES, List.of(evil), List.of(
                Row.of(evil, Cell.Measure.count(3).withTarget(DashboardFixtures.target(evil, Target.Outcome.MET, 3)))),
                List.of());
        Section bars = new Section("bars", evil, Section.Kind.BARS, List.of(evil), List.of(
                Row.of(evil, Cell.Measure.count(3))), List.of(evil));
        Section heat = new Section("heat", evil, Section.Kind.HEATMAP, List.of(evil), List.of(
                Row.of(evil, Cell.Measure.count(3))), List.of(evil));
        Section table = new Section("table", evil, Section.Kind.TABLE, List.of(evil), List.of(
                Row.of(evil, new Cell.Text(evil + "\u0000"))), List.of(evil));
        Report report = new Report(evil, List.of(evil), ZONE, Optional.empty(),
                List.of(trend, tiles, bars, heat, table));
        // WHEN
        String html = Dashboard.html(report, FORMAT);
        // THEN nothing of the labels is markup, and each reads back as it was
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("'x'").doesNotContain("\"quoted\"");
        Document doc = parse(html);
        assertThat(select(doc, "//script")).isEmpty();
        assertThat(select(doc, "//img")).isEmpty();
        assertThat(select(doc, "//h1").get(0).getTextContent()).isEqualTo(evil);
        assertThat(select(doc, "//section[@data-section='evil']/h2").get(0).getTextContent()).isEqualTo(evil);
        assertThat(select(doc, "//section[@data-section='evil']//figcaption").get(0).getFirstChild().getNodeValue())
                .isEqualTo(evil);
        assertThat(select(doc, "//span[@data-section='table']").get(0).getTextContent()).isEqualTo(evil + "\uFFFD");
        assertThat(select(doc, "//section[@data-section='tiles']//span[@class='target-name']").get(0)
                .getTextContent()).isEqualTo(evil);
        Report readable = new Report(evil, List.of(), ZONE, Optional.empty(), List.of(trend, tiles, bars, heat));
        assertEveryCellIsInThePage(readable, FORMAT, parse(Dashboard.html(readable, FORMAT)));
    }

    @Test
    void should_refer_to_nothing_outside_the_page() {
        // GIVEN / WHEN
        String html = Dashboard.html(DashboardFixtures.report(), FORMAT);
        Document doc = parse(html);
        // THEN no address, script, style sheet, font or image is loaded; links only within the page
        assertThat(html).doesNotContain("http://").doesNotContain("https://").doesNotContain("src=")
                .doesNotContain("@import").doesNotContain("@font-face").doesNotContain("<script")
                .doesNotContain("<link");
        assertThat(select(doc, "//*[@href]")).isNotEmpty()
                .allSatisfy(a -> assertThat(a.getAttribute("href")).startsWith("#s-"));
        for (Element a : select(doc, "//*[@href]")) {
            assertThat(select(doc, "//*[@id='" + a.getAttribute("href").substring(1) + "']")).hasSize(1);
        }
        assertThat(html.replaceAll("url\\(#[a-z0-9-]+\\)", "")).doesNotContain("url(");
        assertThat(select(doc, "//meta[@http-equiv='Content-Security-Policy']").get(0).getAttribute("content"))
                .startsWith("default-src 'none'");
    }

    @Test
    void should_write_undefined_values_as_na_and_never_as_zero() {
        // GIVEN a week with no survey in the middle of a trend, and a column with no value at all
        Cell.Measure none = DashboardFixtures.undefined(Unit.PERCENT);
        List<Row> rows = List.of(
                Row.of("W1", Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(80), 10), none),
                Row.of("W2", Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(82), 10), none),
                Row.of("W3", none, none),
                Row.of("W4", Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(85), 10), none),
                Row.of("W5", Cell.Measure.of(Unit.PERCENT, OptionalDouble.of(86), 10), none));
        Section trend = new Section("trend", "Trend", Section.Kind.TREND, List.of("CSAT", "CES"), rows, List.of());
        Section bars = new Section("bars", "Bars", Section.Kind.BARS, List.of("Open"), List.of(
                Row.of("a", Cell.Measure.count(2)), Row.of("b", DashboardFixtures.undefined(Unit.COUNT))), List.of());
        Section heat = new Section("heat", "Heat", Section.Kind.HEATMAP, List.of("0", "1"), List.of(
                Row.of("Mon", DashboardFixtures.undefined(Unit.COUNT), DashboardFixtures.undefined(Unit.COUNT))),
                List.of());
        Report report = new Report("r", List.of(), ZONE, Optional.empty(), List.of(trend, bars, heat));
        // WHEN
        String html = Dashboard.html(report, FORMAT);
        Document doc = parse(html);
        // THEN the CSAT line breaks at W3 into two, W3 is marked n/a; the CES chart has no line and five n/a
        assertThat(select(doc, "//svg[@data-column='CSAT']/polyline")).hasSize(2);
        assertThat(select(doc, "//svg[@data-column='CSAT']//circle[@data-state='undefined']")).hasSize(1);
        assertThat(select(doc, "//svg[@data-column='CES']/polyline")).isEmpty();
        assertThat(select(doc, "//svg[@data-column='CES']//circle[@data-value='']")).hasSize(5);
        assertThat(select(doc, "//svg[@data-column='CES']")).allSatisfy(svg ->
                assertThat(svg.getAttribute("aria-label")).contains("no defined value"));
        assertThat(select(doc, "//svg[@data-column='CES']//text[@class='na-mark']")).hasSize(5)
                .allSatisfy(t -> assertThat(t.getTextContent()).isEqualTo("n/a"));
        assertThat(select(doc, "//svg[@data-section='bars']//text[@class='bar-value']").get(1).getTextContent())
                .isEqualTo("n/a");
        assertThat(select(doc, "//svg[@data-section='heat']//text").stream().map(Element::getTextContent))
                .contains("n/a").doesNotContain("0.0");
        assertThat(html).doesNotContain("NaN").doesNotContain("Infinity");
        assertEveryCellIsInThePage(report, FORMAT, doc);
    }

    @Test
    void should_handle_a_report_without_sections_and_sections_without_rows() {
        // GIVEN
        Report none = new Report("Empty", List.of(), ZONE, Optional.empty(), List.of());
        Report empty = new Report("Empty sections", List.of(), ZONE, Optional.empty(), List.of(
                new Section("a", "A", Section.Kind.TREND, List.of("x"), List.of(), List.of("nothing yet")),
                new Section("b", "B", Section.Kind.BARS, List.of(), List.of(Row.of("only a label")), List.of()),
                new Section("c", "C", Section.Kind.HEATMAP, List.of(), List.of(), List.of()),
                new Section("d", "D", Section.Kind.TILES, List.of(), List.of(Row.of("label")), List.of())));
        // WHEN
        Document d1 = parse(Dashboard.html(none, FORMAT));
        Document d2 = parse(Dashboard.html(empty, FORMAT));
        // THEN
        assertThat(select(d1, "//section")).isEmpty();
        assertThat(select(d1, "//p[@class='empty']").get(0).getTextContent()).contains("no sections");
        assertThat(select(d2, "//section")).hasSize(4);
        assertThat(select(d2, "//section[@data-section='a']//p[@class='empty']")).hasSize(1);
        assertThat(select(d2, "//section[@data-section='a']//li").get(0).getTextContent()).isEqualTo("nothing yet");
        assertThat(select(d2, "//section[@data-section='b']//p[@class='empty']")).hasSize(1);
        assertThat(select(d2, "//svg")).isEmpty();
        assertThat(select(d2, "//section[@data-section='d']//h3").get(0).getTextContent()).isEqualTo("label");
    }

    @Test
    void should_write_with_the_format_s_locale_decimals_durations_and_zone() {
        // GIVEN a German format with no decimals, hours, and New York time
        ReportFormat german = FORMAT.withLocale(Locale.GERMANY).withPercentDecimals(0)
                .withDurations(ReportFormat.DurationStyle.HOURS).withZone(java.time.ZoneId.of("America/New_York"));
        Report report = DashboardFixtures.report();
        // WHEN
        String html = Dashboard.html(report, german);
        Document doc = parse(html);
        // THEN every value is written with it
        assertEveryCellIsInThePage(report, german, doc);
        assertThat(html).contains("1.234").contains("3,08h").contains("Times in America/New_York")
                .contains("2026-04-12 20:00 America/New_York");
    }

    @Test
    void should_write_the_page_to_a_file(@TempDir Path dir) throws Exception {
        // GIVEN
        Path file = dir.resolve("dashboard.html");
        Report report = DashboardFixtures.report();
        // WHEN
        Dashboard.write(report, FORMAT, file);
        // THEN
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(Dashboard.html(report, FORMAT));
        assertThatThrownBy(() -> Dashboard.html(null, FORMAT)).isInstanceOf(NullPointerException.class)
                .hasMessage("report");
        assertThatThrownBy(() -> Dashboard.html(report, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("format");
    }

    @Test
    void should_label_an_axis_with_round_ticks_covering_the_values() {
        // GIVEN percentages from 84 to 89.6, durations from 2h 40m to 3h 50m, counts up to 48
        DashboardCharts.Axis pct = DashboardCharts.Axis.of(List.of(84.0, 89.6), Unit.PERCENT, FORMAT, 5, false);
        DashboardCharts.Axis dur = DashboardCharts.Axis.of(List.of(9_600.0, 13_800.0), Unit.DURATION, FORMAT, 5, false);
        DashboardCharts.Axis count = DashboardCharts.Axis.of(List.of(3.0, 48.0), Unit.COUNT, FORMAT, 6, true);
        DashboardCharts.Axis flat = DashboardCharts.Axis.of(List.of(99.0, 99.0), Unit.PERCENT, FORMAT, 5, false);
        // WHEN / THEN
        assertThat(pct.ticks).containsExactly(84.0, 86.0, 88.0, 90.0);
        assertThat(pct.label(86)).isEqualTo("86%");
        assertThat(dur.ticks).first().isEqualTo(9_000.0);
        assertThat(dur.ticks).last().isEqualTo(14_400.0);
        assertThat(dur.ticks.get(1) - dur.ticks.get(0)).isEqualTo(900.0);
        assertThat(count.ticks).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
        assertThat(flat.lo).isLessThan(99);
        assertThat(flat.hi).isGreaterThanOrEqualTo(99).isLessThanOrEqualTo(100);
        assertThat(DashboardCharts.Axis.of(List.of(), Unit.NUMBER, FORMAT, 5, false).ticks).isNotEmpty();
        assertThat(Dashboard.intervalText(Unit.PERCENT, Interval.of(84.1, 90.2, 0.9), FORMAT))
                .isEqualTo("90% CI 84.1%\u201390.2%");
        assertThat(Dashboard.raw(new Cell.Moment(Instant.parse("2026-04-13T07:30:00Z"))))
                .isEqualTo("2026-04-13T07:30:00Z");
    }
}
