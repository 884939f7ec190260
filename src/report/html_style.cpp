// The style sheet of the HTML report, inline so that the file stands alone:
// system fonts only (no web font to fetch), colours that print (print-color-
// adjust), and an A4 print layout where no bar, table row or short breakdown
// is cut across two pages.
#include "report/html_parts.hpp"

namespace aser::report::html {

std::string style() {
  return R"CSS(
:root { color-scheme: light; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 15px; line-height: 1.45; color: #1a1a1a; background: #fff;
  max-width: 1100px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin: 0 0 0.3em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; border-bottom: 2px solid #d0d0d0; padding-bottom: 0.15em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
p { margin: 0.3em 0; }
.note { color: #444; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25em 1.2em; margin: 0.6em 0;
  padding: 0.6em 0.9em; border-left: 4px solid #0b5cad; background: #f6f8fa; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
ul.lots { margin: 0; padding: 0; list-style: none; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; font-size: 0.92em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.bid, td.id, td.file, td.written, td.pos, td.path, td.reasons { overflow-wrap: anywhere; }
td.bid { min-width: 12em; }
th.group { width: 7.5em; }
td.bid .supplier { color: #444; font-size: 0.92em; }
table.nodes td.label { width: 26%; }
td.total { font-weight: 600; }
tr.winner td { font-weight: 600; background: #eef5fb; }
td.flag, td.flag a { color: #a15c00; }
table.not-ranked, table.nodes, table.files { width: 100%; }
caption { text-align: left; font-weight: 600; padding: 0.3em 0; overflow-wrap: anywhere; }
.status-excluded, .status-invalid { color: #b00020; font-weight: 600; }
.sha { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.85em;
  word-break: break-all; }
pre { margin: 0; font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace;
  font-size: 0.85em; white-space: pre-wrap; }
a { color: #0b5cad; }
figure.chart { margin: 0.6em 0 1em; }
figure.chart figcaption { font-weight: 600; margin-bottom: 0.3em; }
svg.bars { display: block; max-width: 100%; height: auto; margin-bottom: 0.2em; }
svg.bars text { font-family: inherit; font-size: 12px; fill: #1a1a1a; }
svg.bars .grid-line { stroke: #d9d9d9; stroke-width: 1; }
svg.bars .zero-line { stroke: #777; stroke-width: 1; }
svg.bars text.tick { fill: #666; font-size: 11px; }
ul.legend { list-style: none; padding: 0; margin: 0.3em 0; display: flex; flex-wrap: wrap; gap: 0.3em 1.4em; }
ul.legend li { display: flex; align-items: center; gap: 0.4em; }
ul.legend svg { flex: none; }
ul.flags li, ul.warnings li { margin: 0.15em 0; }
dl.provenance { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; margin: 0.4em 0; }
dl.provenance dt { font-weight: 600; }
dl.provenance dd { margin: 0; }
article.breakdown { border-top: 1px solid #bbb; padding-top: 0.4em; margin-top: 1.2em; }
article.breakdown h3 { margin-top: 0.2em; }
td.label.depth-1 { padding-left: 1.8em; }
td.label.depth-2 { padding-left: 3em; }
td.label.depth-3 { padding-left: 4.2em; }
td.label.deep { padding-left: 5.4em; }
td.depth-1::before, td.depth-2::before, td.depth-3::before, td.deep::before {
  content: "└"; color: #999; margin-left: -1.1em; margin-right: 0.35em; font-weight: normal; }
table.weights tr.group td, table.nodes tr.group td { background: #f7f7f7; font-weight: 600; }
table.weights td.num:last-child { font-weight: 600; }
ul.cost { columns: 2; column-gap: 2em; }
ul.cost li { break-inside: avoid; }
table.answers { width: 100%; }
table.answers td.written { font-family: ui-monospace, "DejaVu Sans Mono", "Liberation Mono", monospace;
  font-size: 0.9em; }
section.appendix { border-top: 3px double #bbb; margin-top: 2em; }
.detail { color: #444; font-size: 0.92em; }
.failed { color: #b00020; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; }
  h2 { break-after: avoid-page; }
  h3 { break-after: avoid-page; }
  tr, figure.chart svg, ul.legend { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 8pt; }
  th, td { padding: 0.15em 0.25em; }
  th { hyphens: auto; }
  section.breakdowns, section.appendix { break-before: page; }
  dl.facts { background: none; }
  td.bid { min-width: 8em; }
  article.breakdown { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
)CSS";
}

}  // namespace aser::report::html
