package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * Over reports drawn from a seed ({@link RandomReports}): CSV parses back to one record per cell with the same
 * values, and no field a spreadsheet would run; JSON parses back to the same values; text and Markdown write
 * every section and row label, in tables whose lines have the shape they must.
 */
class ReportRendererPropertiesTest {
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private static ReportFormat format(long seed, Report report) {
        return RandomReports.format(seed, report.zone());
    }

    /** A text as a spreadsheet-safe CSV field holds it: with a leading quote when it would start a formula. */
    private static String safe(String text) {
        boolean formula = !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0
                && !text.matches("[-+]?\\d+(\\.\\d+)?");
        return formula ? "'" + text : text;
    }

    private static String number(java.util.OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "";
    }

    @Test
    void csv_has_one_record_per_cell_that_reads_back_to_the_cell() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Report report = RandomReports.report(seed);
            ReportFormat format = format(seed, report);
            List<List<String>> records = Rfc4180.read(ReportRenderer.csv().render(report, format));
            assertThat(records.get(0)).containsExactlyElementsOf(CsvRenderer.HEADER);
            int i = 1;
            for (Section s : report.sections()) {
                for (Row row : s.rows()) {
                    for (int c = 0; c < s.columns().size(); c++) {
                        List<String> f = records.get(i++);
                        Cell cell = row.cells().get(c);
                        assertThat(f).hasSize(15);
                        assertThat(f.subList(0, 3)).containsExactly(s.id(), safe(row.label()), safe(s.columns().get(c)));
                        assertThat(f.get(14)).isEqualTo(safe(format.cell(cell)));
                        if (cell instanceof Cell.Text t) {
                            assertThat(f.subList(3, 5)).containsExactly(safe(t.text()), "text");
                        } else if (cell instanceof Cell.Moment m) {
                            assertThat(Instant.parse(f.get(3))).isEqualTo(m.instant());
                            assertThat(f.get(4)).isEqualTo("instant");
                        } else {
                            Cell.Measure v = (Cell.Measure) cell;
                            if (v.value().isPresent()) {
                                assertThat(Double.parseDouble(f.get(3))).isEqualTo(v.value().getAsDouble() + 0.0);
                                assertThat(f.get(3)).doesNotContain("E");
                            } else {
                                assertThat(f.get(3)).as("undefined is empty, never 0").isEmpty();
                            }
                            assertThat(f.get(4)).isEqualTo(v.unit().name().toLowerCase(Locale.ROOT));
                            assertThat(Long.parseLong(f.get(5))).isEqualTo(v.sampleSize());
                            assertThat(f.get(6)).isEqualTo(number(v.numerator()));
                            assertThat(f.get(7)).isEqualTo(number(v.denominator()));
                            if (v.interval().isPresent()) {
                                Interval in = v.interval().get();
                                assertThat(Double.parseDouble(f.get(8))).isEqualTo(in.lower() + 0.0);
                                assertThat(Double.parseDouble(f.get(9))).isEqualTo(in.upper() + 0.0);
                                assertThat(Double.parseDouble(f.get(10))).isEqualTo(in.level());
                            } else {
                                assertThat(f.subList(8, 11)).containsOnly("");
                            }
                            if (v.target().isPresent()) {
                                assertThat(f.get(11)).isEqualTo(safe(v.target().get().target()));
                                assertThat(f.get(12)).isEqualTo(v.target().get().outcome().name().toLowerCase(Locale.ROOT));
                            } else {
                                assertThat(f.subList(11, 13)).containsOnly("");
                            }
                            assertThat(Boolean.parseBoolean(f.get(13))).isEqualTo(v.tooFew());
                        }
                        for (String field : f) {
                            assertThat(field.isEmpty() || FORMULA_STARTS.indexOf(field.charAt(0)) < 0
                                    || field.matches("[-+]?\\d+(\\.\\d+)?")).as("formula-safe: %s", field).isTrue();
                        }
                    }
                }
            }
            assertThat(records).hasSize(i);
        });
    }

    private static Object member(Object object, String name) {
        assertThat(object).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) object).containsKey(name)).as("member %s", name).isTrue();
        return ((Map<?, ?>) object).get(name);
    }

    private static List<Object> list(Object json) {
        assertThat(json).isInstanceOf(List.class);
        return new ArrayList<>((List<?>) json);
    }

    private static void number(Object json, java.util.OptionalDouble expected) {
        if (expected.isPresent()) {
            assertThat(((BigDecimal) json).doubleValue()).isEqualTo(expected.getAsDouble() + 0.0);
        } else {
            assertThat(json).isSameAs(MiniJson.NULL);
        }
    }

    private static void number(Object json, java.util.OptionalLong expected) {
        if (expected.isPresent()) {
            assertThat(((BigDecimal) json).longValueExact()).isEqualTo(expected.getAsLong());
        } else {
            assertThat(json).isSameAs(MiniJson.NULL);
        }
    }

    @Test
    void json_parses_back_to_the_same_values() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Report report = RandomReports.report(seed);
            ReportFormat format = format(seed, report);
            Object doc = MiniJson.parse(ReportRenderer.json().render(report, format));
            assertThat(member(doc, "schema")).isEqualTo(JsonRenderer.SCHEMA);
            assertThat(((BigDecimal) member(doc, "version")).intValueExact()).isEqualTo(JsonRenderer.VERSION);
            assertThat(member(doc, "title")).isEqualTo(report.title());
            assertThat(list(member(doc, "subtitle"))).containsExactlyElementsOf(report.subtitle());
            assertThat(member(doc, "zone")).isEqualTo(report.zone().getId());
            Object asOf = member(doc, "asOf");
            assertThat(asOf == MiniJson.NULL ? null : Instant.parse((String) asOf)).isEqualTo(report.asOf().orElse(null));
            List<?> sections = list(member(doc, "sections"));
            assertThat(sections).hasSameSizeAs(report.sections());
            for (int s = 0; s < sections.size(); s++) {
                Section section = report.sections().get(s);
                Object js = sections.get(s);
                assertThat(member(js, "id")).isEqualTo(section.id());
                assertThat(member(js, "title")).isEqualTo(section.title());
                assertThat(member(js, "kind")).isEqualTo(section.kind().name().toLowerCase(Locale.ROOT));
                assertThat(list(member(js, "columns"))).containsExactlyElementsOf(section.columns());
                assertThat(list(member(js, "notes"))).containsExactlyElementsOf(section.notes());
                List<?> rows = list(member(js, "rows"));
                assertThat(rows).hasSameSizeAs(section.rows());
                for (int r = 0; r < rows.size(); r++) {
                    Row row = section.rows().get(r);
                    assertThat(member(rows.get(r), "label")).isEqualTo(row.label());
                    List<?> cells = list(member(rows.get(r), "cells"));
                    assertThat(cells).hasSameSizeAs(row.cells());
                    for (int c = 0; c < cells.size(); c++) {
                        cell(cells.get(c), row.cells().get(c), format);
                    }
                }
            }
        });
    }

    private static void cell(Object json, Cell cell, ReportFormat format) {
        assertThat(member(json, "formatted")).isEqualTo(format.cell(cell));
        if (cell instanceof Cell.Text t) {
            assertThat(member(json, "type")).isEqualTo("text");
            assertThat(member(json, "text")).isEqualTo(t.text());
            return;
        }
        if (cell instanceof Cell.Moment m) {
            assertThat(member(json, "type")).isEqualTo("moment");
            assertThat(Instant.parse((String) member(json, "instant"))).isEqualTo(m.instant());
            return;
        }
        Cell.Measure v = (Cell.Measure) cell;
        assertThat(member(json, "type")).isEqualTo("measure");
        assertThat(member(json, "unit")).isEqualTo(v.unit().name().toLowerCase(Locale.ROOT));
        number(member(json, "value"), v.value());
        number(member(json, "sampleSize"), java.util.OptionalLong.of(v.sampleSize()));
        number(member(json, "numerator"), v.numerator());
        number(member(json, "denominator"), v.denominator());
        Object interval = member(json, "interval");
        if (v.interval().isPresent()) {
            number(member(interval, "lower"), java.util.OptionalDouble.of(v.interval().get().lower()));
            number(member(interval, "upper"), java.util.OptionalDouble.of(v.interval().get().upper()));
            number(member(interval, "level"), java.util.OptionalDouble.of(v.interval().get().level()));
        } else {
            assertThat(interval).isSameAs(MiniJson.NULL);
        }
        Object target = member(json, "target");
        if (v.target().isPresent()) {
            TargetResult t = v.target().get();
            assertThat(member(target, "name")).isEqualTo(t.target());
            assertThat(member(target, "outcome")).isEqualTo(t.outcome().name().toLowerCase(Locale.ROOT));
            number(member(target, "actual"), t.actual());
            number(member(target, "baseline"), t.baseline());
            number(member(target, "changePercent"), t.changePercent());
        } else {
            assertThat(target).isSameAs(MiniJson.NULL);
        }
        assertThat(member(json, "tooFew")).isEqualTo(v.tooFew());
    }

    private static String oneLine(String s) {
        return s.replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    }

    private static int width(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void text_writes_every_section_and_row_in_lines_no_wider_than_the_widest_cells() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Report report = RandomReports.report(seed);
            ReportFormat format = format(seed, report);
            String[] lines = ReportRenderer.text().render(report, format).split("\n", -1);
            int i = 0;
            assertThat(lines[i++]).isEqualTo(oneLine(report.title()));
            assertThat(lines[i++]).matches("=+").hasSize(Math.max(1, width(oneLine(report.title()))));
            for (String sub : report.subtitle()) {
                assertThat(lines[i++]).isEqualTo(oneLine(sub));
            }
            if (report.asOf().isPresent()) {
                assertThat(lines[i++]).startsWith("as of ");
            }
            for (Section s : report.sections()) {
                assertThat(lines[i++]).isEmpty();
                assertThat(lines[i++]).isEqualTo(oneLine(s.title()));
                assertThat(lines[i++]).matches("-+");
                int n = s.columns().size();
                int[] widths = new int[n + 1];
                for (int c = 0; c < n; c++) {
                    widths[c + 1] = width(oneLine(s.columns().get(c)));
                }
                for (Row row : s.rows()) {
                    widths[0] = Math.max(widths[0], width(oneLine(row.label())));
                    for (int c = 0; c < n; c++) {
                        widths[c + 1] = Math.max(widths[c + 1], width(oneLine(format.summary(row.cells().get(c)))));
                    }
                }
                int total = n * TextRenderer.GAP;
                for (int w : widths) {
                    total += w;
                }
                assertThat(width(lines[i++])).as("header of %s", s.id()).isLessThanOrEqualTo(total);
                for (Row row : s.rows()) {
                    String line = lines[i++];
                    assertThat(width(line)).isLessThanOrEqualTo(total);
                    assertThat(line).startsWith(oneLine(row.label()).stripTrailing());
                    for (int c = 0; c < n; c++) {
                        assertThat(line).contains(oneLine(format.summary(row.cells().get(c))).strip());
                    }
                }
                for (String note : s.notes()) {
                    assertThat(lines[i++]).isEqualTo(oneLine(note));
                }
            }
            assertThat(lines[i++]).as("ends with a line break").isEmpty();
            assertThat(lines).hasSize(i);
        });
    }

    /** The cells of a Markdown table line, split at unescaped pipes and unescaped. */
    private static List<String> markdownCells(String line) {
        assertThat(line).startsWith("| ").endsWith(" |");
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '\\' && i + 1 < line.length()) {
                cell.append(line.charAt(++i));
            } else if (ch == '|') {
                String c = cell.toString();
                assertThat(c).startsWith(" ").endsWith(" ");
                cells.add(c.substring(1, c.length() - 1));
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        return cells;
    }

    @Test
    void markdown_writes_every_section_and_row_in_tables_of_the_right_shape() {
        qt().withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Report report = RandomReports.report(seed);
            ReportFormat format = format(seed, report);
            List<String> lines = List.of(ReportRenderer.markdown().render(report, format).split("\n", -1));
            int i = lines.indexOf("## " + MarkdownRenderer.escape(report.sections().isEmpty() ? ""
                    : report.sections().get(0).title()));
            for (Section s : report.sections()) {
                assertThat(lines.get(i)).startsWith("## ");
                assertThat(markdownCells("| " + lines.get(i++).substring(3) + " |")).containsExactly(oneLine(s.title()));
                assertThat(lines.get(i++)).isEmpty();
                List<String> head = markdownCells(lines.get(i++));
                assertThat(head.subList(1, head.size())).containsExactlyElementsOf(
                        s.columns().stream().map(ReportRendererPropertiesTest::oneLine).toList());
                assertThat(lines.get(i++)).matches("\\|---\\|(---:?\\|){" + s.columns().size() + "}");
                for (Row row : s.rows()) {
                    List<String> cells = markdownCells(lines.get(i++));
                    assertThat(cells).hasSize(s.columns().size() + 1);
                    assertThat(cells.get(0)).isEqualTo(oneLine(row.label()));
                    for (int c = 0; c < s.columns().size(); c++) {
                        assertThat(cells.get(c + 1)).isEqualTo(oneLine(format.summary(row.cells().get(c))));
                    }
                }
                if (!s.notes().isEmpty()) {
                    assertThat(lines.get(i++)).isEmpty();
                    for (String note : s.notes()) {
                        assertThat(lines.get(i++)).startsWith("- ");
                    }
                }
                assertThat(lines.get(i++)).isEmpty();
            }
        });
    }
}
