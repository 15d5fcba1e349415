package io.github.supportkpi.report;

import io.github.supportkpi.metric.Interval;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The JSON renderer, {@link ReportRenderer#json()}: the whole report as one JSON document (RFC 8259), every
 * value as a JSON number and every undefined one as {@code null}. Immutable and thread-safe.
 *
 * <p>Schema {@value #SCHEMA}, version {@value #VERSION}; a reader should check both and ignore members it does
 * not know (a later minor change only adds members; a change that removes or redefines one raises the version):
 * <pre>{@code
 * {
 *   "schema": "supportkpi.report", "version": 1,
 *   "title": "Support KPIs", "subtitle": ["March 2026"], "zone": "Europe/Berlin",
 *   "asOf": "2026-04-01T00:00:00Z",                        // ISO-8601 UTC, or null
 *   "sections": [{
 *     "id": "executive", "title": "Executive view",
 *     "kind": "tiles",                                     // tiles, table, trend, bars, heatmap
 *     "columns": ["value"], "notes": [],
 *     "rows": [{"label": "CSAT", "cells": [
 *       {"type": "measure", "unit": "percent",             // count, percent (0 to 100), points, number,
 *                                                          // duration (seconds), money
 *        "value": 87.5,                                    // null when undefined, never 0
 *        "sampleSize": 120, "numerator": 105, "denominator": 120,   // null when not a rate
 *        "interval": {"lower": 80.4, "upper": 92.3, "level": 0.95}, // in the value's unit, or null
 *        "target": {"name": "csat >= 85%", "outcome": "met",         // met, missed, undefined; or null
 *                   "actual": 87.5, "baseline": null, "changePercent": null},
 *        "tooFew": false, "formatted": "87.5%"},
 *       {"type": "text", "text": "chat", "formatted": "chat"},
 *       {"type": "moment", "instant": "2026-04-13T08:00:00Z", "formatted": "2026-04-13 10:00 Europe/Berlin"}
 *     ]}]
 *   }]
 * }
 * }</pre>
 * Numbers are written as plain decimals without exponent, the shortest that read back as the same
 * {@code double}; {@code formatted} is the cell as {@link ReportFormat#cell(Cell)} writes it. Strings are
 * escaped as RFC 8259 requires, with U+2028, U+2029 and unpaired surrogates escaped too.
 */
public final class JsonRenderer implements ReportRenderer {
    /** The schema name written in every document. */
    public static final String SCHEMA = "supportkpi.report";
    /** The schema version written in every document. */
    public static final int VERSION = 1;

    static final JsonRenderer INSTANCE = new JsonRenderer();

    private JsonRenderer() {}

    @Override
    public String render(Report report, ReportFormat format) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(format, "format");
        StringBuilder b = new StringBuilder();
        b.append("{\"schema\":");
        string(b, SCHEMA);
        b.append(",\"version\":").append(VERSION).append(",\"title\":");
        string(b, report.title());
        b.append(",\"subtitle\":");
        strings(b, report.subtitle());
        b.append(",\"zone\":");
        string(b, report.zone().getId());
        b.append(",\"asOf\":");
        if (report.asOf().isPresent()) {
            string(b, report.asOf().get().toString());
        } else {
            b.append("null");
        }
        b.append(",\"sections\":[");
        for (int i = 0; i < report.sections().size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            section(b, report.sections().get(i), format);
        }
        return b.append("]}\n").toString();
    }

    private static void section(StringBuilder b, Section s, ReportFormat format) {
        b.append("\n{\"id\":");
        string(b, s.id());
        b.append(",\"title\":");
        string(b, s.title());
        b.append(",\"kind\":");
        string(b, s.kind().name().toLowerCase(Locale.ROOT));
        b.append(",\"columns\":");
        strings(b, s.columns());
        b.append(",\"notes\":");
        strings(b, s.notes());
        b.append(",\"rows\":[");
        for (int r = 0; r < s.rows().size(); r++) {
            Row row = s.rows().get(r);
            b.append(r > 0 ? ",\n" : "\n").append("{\"label\":");
            string(b, row.label());
            b.append(",\"cells\":[");
            for (int c = 0; c < row.cells().size(); c++) {
                if (c > 0) {
                    b.append(',');
                }
                cell(b, row.cells().get(c), format);
            }
            b.append("]}");
        }
        b.append("]}");
    }

    private static void cell(StringBuilder b, Cell cell, ReportFormat format) {
        if (cell instanceof Cell.Text t) {
            b.append("{\"type\":\"text\",\"text\":");
            string(b, t.text());
        } else if (cell instanceof Cell.Moment m) {
            b.append("{\"type\":\"moment\",\"instant\":");
            string(b, m.instant().toString());
        } else {
            Cell.Measure v = (Cell.Measure) cell;
            b.append("{\"type\":\"measure\",\"unit\":");
            string(b, v.unit().name().toLowerCase(Locale.ROOT));
            b.append(",\"value\":");
            number(b, v.value());
            b.append(",\"sampleSize\":").append(v.sampleSize()).append(",\"numerator\":");
            number(b, v.numerator());
            b.append(",\"denominator\":");
            number(b, v.denominator());
            b.append(",\"interval\":");
            if (v.interval().isPresent()) {
                Interval i = v.interval().get();
                b.append("{\"lower\":").append(CsvRenderer.number(i.lower())).append(",\"upper\":")
                        .append(CsvRenderer.number(i.upper())).append(",\"level\":")
                        .append(CsvRenderer.number(i.level())).append('}');
            } else {
                b.append("null");
            }
            b.append(",\"target\":");
            if (v.target().isPresent()) {
                TargetResult t = v.target().get();
                b.append("{\"name\":");
                string(b, t.target());
                b.append(",\"outcome\":");
                string(b, t.outcome().name().toLowerCase(Locale.ROOT));
                b.append(",\"actual\":");
                number(b, t.actual());
                b.append(",\"baseline\":");
                number(b, t.baseline());
                b.append(",\"changePercent\":");
                number(b, t.changePercent());
                b.append('}');
            } else {
                b.append("null");
            }
            b.append(",\"tooFew\":").append(v.tooFew());
        }
        b.append(",\"formatted\":");
        string(b, format.cell(cell));
        b.append('}');
    }

    private static void number(StringBuilder b, OptionalDouble v) {
        b.append(v.isPresent() ? CsvRenderer.number(v.getAsDouble()) : "null");
    }

    private static void number(StringBuilder b, OptionalLong v) {
        b.append(v.isPresent() ? Long.toString(v.getAsLong()) : "null");
    }

    private static void strings(StringBuilder b, List<String> list) {
        b.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            string(b, list.get(i));
        }
        b.append(']');
    }

    /** A JSON string: quotes, backslashes and control characters escaped, and what a UTF-8 writer cannot carry. */
    static void string(StringBuilder b, String s) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"':
                    b.append("\\\"");
                    break;
                case '\\':
                    b.append("\\\\");
                    break;
                case '\n':
                    b.append("\\n");
                    break;
                case '\r':
                    b.append("\\r");
                    break;
                case '\t':
                    b.append("\\t");
                    break;
                case '\b':
                    b.append("\\b");
                    break;
                case '\f':
                    b.append("\\f");
                    break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == 0x7f) {
                        unicode(b, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        b.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        unicode(b, c);
                    } else {
                        b.append(c);
                    }
            }
        }
        b.append('"');
    }

    private static void unicode(StringBuilder b, char c) {
        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
}
