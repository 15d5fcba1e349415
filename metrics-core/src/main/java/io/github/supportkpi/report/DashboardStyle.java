package io.github.supportkpi.report;

/** The inline style sheet of a {@link Dashboard}: system fonts, a neutral palette, no reference outside. */
final class DashboardStyle {
    /** The style sheet; it holds no {@code <} nor {@code &}, so it is also well-formed XML text. */
    static final String CSS = String.join("\n",
            ":root{--ink:#1f2933;--muted:#5f6b7a;--faint:#8a94a3;--line:#e3e7ed;--bg:#f4f6f9;--card:#fff;",
            "--accent:#2f6fdf;--met:#137a3f;--met-bg:#e3f4ea;--missed:#b42318;--missed-bg:#fdecea;",
            "--few:#9a5b00;--few-bg:#fff4de;--na:#8a94a3}",
            "*{box-sizing:border-box}",
            "html{-webkit-text-size-adjust:100%}",
            "body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"
                    + "'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;font-variant-numeric:tabular-nums}",
            ".page-head,main,.page-foot{max-width:1200px;margin:0 auto;padding:0 24px}",
            ".page-head{padding-top:28px;padding-bottom:8px}",
            "h1{font-size:26px;line-height:1.2;margin:0 0 6px;font-weight:650;letter-spacing:-.01em}",
            ".subtitle{margin:0;color:var(--muted)}",
            ".meta{margin:8px 0 0;color:var(--faint);font-size:12.5px;display:flex;gap:16px;flex-wrap:wrap}",
            ".toc{display:flex;flex-wrap:wrap;gap:6px;margin:16px 0 4px}",
            ".toc a{font-size:12.5px;color:var(--muted);text-decoration:none;border:1px solid var(--line);"
                    + "background:var(--card);border-radius:999px;padding:3px 10px}",
            ".toc a:hover{color:var(--accent);border-color:var(--accent)}",
            ".section{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 20px;"
                    + "margin:16px 0;box-shadow:0 1px 2px rgba(16,24,40,.04)}",
            "h2{font-size:16px;margin:0 0 14px;font-weight:650}",
            ".empty{color:var(--faint);font-style:italic;margin:4px 0}",
            ".tiles{display:grid;grid-template-columns:repeat(auto-fill,minmax(210px,1fr));gap:12px}",
            ".tile{border:1px solid var(--line);border-left:4px solid var(--line);border-radius:8px;"
                    + "padding:12px 14px;min-height:118px;display:flex;flex-direction:column;gap:4px}",
            ".tile-met{border-left-color:var(--met)}",
            ".tile-missed{border-left-color:var(--missed)}",
            ".tile-label{margin:0;font-size:12.5px;font-weight:600;color:var(--muted);text-transform:none}",
            ".tile-value{margin:0;font-size:28px;font-weight:650;line-height:1.15;letter-spacing:-.01em}",
            ".tile-value .few{font-size:12px}",
            ".tile-meta,.tile-target{margin:0;font-size:12px;color:var(--muted)}",
            ".tile-more{margin:4px 0 0;font-size:12px;color:var(--muted)}",
            ".tile-more div{display:flex;justify-content:space-between;gap:8px}",
            ".tile-more dt{margin:0}.tile-more dd{margin:0;color:var(--ink)}",
            ".v.na{color:var(--na);font-style:italic}",
            ".few{display:inline-block;font-size:11px;font-weight:600;color:var(--few);background:var(--few-bg);"
                    + "border-radius:4px;padding:0 5px;font-style:normal;vertical-align:middle;letter-spacing:0}",
            ".badge{display:inline-block;font-size:11px;font-weight:600;border-radius:4px;padding:1px 6px}",
            ".badge.met{color:var(--met);background:var(--met-bg)}",
            ".badge.missed{color:var(--missed);background:var(--missed-bg)}",
            ".badge.undefined{color:var(--muted);background:#eef0f3}",
            ".target-name{color:var(--faint)}",
            ".table-wrap{overflow-x:auto}",
            "table.grid{border-collapse:collapse;width:100%;font-size:13px}",
            "table.grid th,table.grid td{padding:7px 10px;border-bottom:1px solid var(--line);text-align:left;"
                    + "vertical-align:top}",
            "table.grid thead th{font-size:12px;font-weight:600;color:var(--muted);border-bottom:2px solid var(--line);"
                    + "white-space:nowrap}",
            "table.grid tbody th{font-weight:500}",
            "table.grid tbody tr:hover{background:#f8fafc}",
            "table.grid .num{text-align:right;white-space:nowrap}",
            "table.grid .sub{display:block;font-size:11.5px;color:var(--faint);margin-top:1px}",
            "table.compact th,table.compact td{padding:4px 8px;font-size:12px}",
            ".meta-item+.meta-item::before{content:'\\00b7';margin:0 5px;color:var(--faint)}",
            ".charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:16px}",
            ".chart{margin:0}",
            "figcaption{font-size:13px;font-weight:600;color:var(--muted);margin-bottom:4px}",
            ".chart-svg{display:block;width:100%;height:auto;overflow:visible}",
            ".chart-svg text{font-size:11px;fill:var(--muted)}",
            ".grid line{stroke:#edf0f4;stroke-width:1}",
            ".axis line{stroke:#c5ccd6;stroke-width:1}",
            ".trend .line{fill:none;stroke:var(--accent);stroke-width:2.25;stroke-linejoin:round;stroke-linecap:round}",
            ".trend .ci line{stroke:#9dbcf0;stroke-width:5;stroke-linecap:round;opacity:.55}",
            ".trend .pt{fill:#fff;stroke:var(--accent);stroke-width:2}",
            ".trend .pt.too-few{stroke:var(--few);stroke-dasharray:2 2}",
            ".trend .pt.na{fill:var(--na);stroke:none}",
            ".trend .na-mark{font-size:10px;fill:var(--na);font-style:italic}",
            ".bars .row-label{font-size:12px;fill:var(--ink)}",
            ".bars .bar-value{font-size:11.5px;fill:var(--ink);font-weight:600}",
            ".bars .bar.too-few{opacity:.55}",
            ".bars .baseline{stroke:#9aa4b2;stroke-width:1}",
            ".heatmap .cell{stroke:none}",
            ".heatmap .cell.too-few{stroke:var(--few);stroke-width:1.5;stroke-dasharray:3 2}",
            ".heatmap .cell-value{font-size:10px;fill:#334155}",
            ".heatmap .cell-value.on-dark{fill:#fff}",
            ".heatmap .axis text{font-size:11px}",
            ".legend{list-style:none;display:flex;gap:14px;margin:0 0 8px;padding:0;font-size:12px;color:var(--muted)}",
            ".swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-right:5px;"
                    + "vertical-align:-1px}",
            "details.data{margin-top:10px}",
            "details.data summary{cursor:pointer;font-size:12px;color:var(--muted)}",
            ".notes{margin:12px 0 0;padding:10px 0 0 18px;border-top:1px dashed var(--line);font-size:12.5px;"
                    + "color:var(--muted)}",
            ".notes li{margin:2px 0}",
            ".sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
            ".page-foot{color:var(--faint);font-size:12px;padding-top:4px;padding-bottom:28px}",
            "@media print{body{background:#fff}.section{box-shadow:none;break-inside:avoid}.toc{display:none}}",
            "");

    private DashboardStyle() {
    }
}
