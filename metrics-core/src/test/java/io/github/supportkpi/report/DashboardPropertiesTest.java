package io.github.supportkpi.report;

import static io.github.supportkpi.report.DashboardFixtures.FORMAT;
import static io.github.supportkpi.report.DashboardFixtures.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.supportkpi.metric.Interval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Over reports drawn at random (each from a seed that a failure prints): the page is well-formed, holds every
 * cell with its raw and formatted value, draws a chart per measure column of a trend and a mark per measure
 * of a chart, keeps every SVG coordinate finite and within its view box, and never writes NaN.
 */
class DashboardPropertiesTest {
    private static final String[] WORDS = {"Email", "Chat", "<b>", "a & b", "\"q\"", "it's", "Mon", "x"};

    @Test
    void should_render_every_cell_of_any_report() {
        qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
            Report report = report(new Random(seed));
            String html = Dashboard.html(report, FORMAT);
            assertThat(html).doesNotContain("NaN").doesNotContain("Infinity").doesNotContain("http://");
            Document doc = DashboardTest.parse(html);
            DashboardTest.assertEveryCellIsInThePage(report, FORMAT, doc);
            for (Section s : report.sections()) {
                if (s.rows().isEmpty()) {
                    continue;
                }
                long measureColumns = java.util.stream.IntStream.range(0, s.columns().size())
                        .filter(c -> Dashboard.numericColumn(s, c)).count();
                List<Element> svgs = DashboardTest.select(doc, "//svg[@data-section='" + s.id() + "']");
                long measures = s.rows().stream().flatMap(r -> r.cells().stream())
                        .filter(c -> c instanceof Cell.Measure).count();
                long marks = DashboardTest.select(doc, "//svg[@data-section='" + s.id() + "']//*[@data-value]").size();
                switch (s.kind()) {
                    case TREND:
                        assertThat(svgs).hasSize((int) measureColumns);
                        assertThat(marks).isEqualTo(measures);
                        break;
                    case BARS:
                    case HEATMAP:
                        assertThat(svgs).hasSize(measureColumns > 0 || s.kind() == Section.Kind.HEATMAP ? 1 : 0);
                        assertThat(marks).isEqualTo(measures);
                        break;
                    default:
                        assertThat(svgs).isEmpty();
                        break;
                }
                for (Element svg : svgs) {
                    assertCoordinatesWithinViewBox(svg);
                }
            }
        });
    }

    private static void assertCoordinatesWithinViewBox(Element svg) {
        String[] box = svg.getAttribute("viewBox").split(" ");
        double w = Double.parseDouble(box[2]);
        double h = Double.parseDouble(box[3]);
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            for (String a : new String[] {"x", "cx", "x1", "x2"}) {
                if (e.hasAttribute(a)) {
                    assertThat(Double.parseDouble(e.getAttribute(a))).as(a).isBetween(0.0, w);
                }
            }
            for (String a : new String[] {"y", "cy", "y1", "y2"}) {
                if (e.hasAttribute(a)) {
                    assertThat(Double.parseDouble(e.getAttribute(a))).as(a).isBetween(0.0, h);
                }
            }
            for (String a : new String[] {"width", "height"}) {
                if (e.hasAttribute(a)) {
                    assertThat(Double.parseDouble(e.getAttribute(a))).as(a).isBetween(0.0, Math.max(w, h));
                }
            }
        }
    }

    static Report report(Random random) {
        List<Section> sections = new ArrayList<>();
        int count = random.nextInt(5) + 1;
        for (int i = 0; i < count; i++) {
            Section.Kind kind = Section.Kind.values()[random.nextInt(Section.Kind.values().length)];
            int columns = random.nextInt(kind == Section.Kind.HEATMAP ? 25 : 4);
            int rows = random.nextInt(kind == Section.Kind.TREND ? 40 : 9);
            List<String> names = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                names.add(word(random) + " " + c);
            }
            Unit[] units = new Unit[columns];
            for (int c = 0; c < columns; c++) {
                units[c] = Unit.values()[random.nextInt(Unit.values().length)];
            }
            List<Row> rowList = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<Cell> cells = new ArrayList<>();
                for (int c = 0; c < columns; c++) {
                    cells.add(cell(random, units[c]));
                }
                rowList.add(new Row(word(random) + " " + r, cells));
            }
            sections.add(new Section("s" + i, word(random), kind, names, rowList,
                    random.nextBoolean() ? List.of(word(random)) : List.of()));
        }
        return new Report(word(random), List.of(word(random)), ZONE,
                random.nextBoolean() ? Optional.of(Instant.ofEpochSecond(1_700_000_000L)) : Optional.empty(),
                sections);
    }

    private static Cell cell(Random random, Unit unit) {
        int pick = random.nextInt(20);
        if (pick == 0) {
            return new Cell.Text(word(random));
        }
        if (pick == 1) {
            return new Cell.Moment(Instant.ofEpochSecond(1_700_000_000L + random.nextInt(1_000_000)));
        }
        if (pick <= 4) {
            return Cell.Measure.of(unit, OptionalDouble.empty(), random.nextInt(3));
        }
        double scale = unit == Unit.PERCENT ? 100 : unit == Unit.DURATION ? 400_000 : unit == Unit.POINTS ? 200 : 1e6;
        double v = pick == 5 ? 0 : unit == Unit.POINTS ? random.nextDouble() * scale - 100 : random.nextDouble() * scale;
        if (unit == Unit.COUNT) {
            v = Math.rint(v);
        }
        long n = random.nextInt(2_000);
        Cell.Measure m = new Cell.Measure(unit, OptionalDouble.of(v), n, OptionalLong.empty(), OptionalLong.empty(),
                Optional.empty(), Optional.empty(), random.nextInt(5) == 0);
        if (random.nextBoolean()) {
            double half = random.nextDouble() * scale * 0.05;
            m = m.withInterval(Interval.of(v - half, v + half, 0.95));
        }
        if (random.nextInt(3) == 0) {
            Target.Outcome o = Target.Outcome.values()[random.nextInt(2)];
            m = m.withTarget(DashboardFixtures.target(word(random), o, v));
        }
        return m;
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
