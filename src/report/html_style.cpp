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
header .method, header .date, .note { color: #444; }
table { border-collapse: collapse; margin: 0.4em 0 0.8em; font-size: 0.92em; }
th, td { border-bottom: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; vertical-align: bottom; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.num { white-space: nowrap; }
td.id { white-space: nowrap; }
td.flag { min-width: 12em; }
.wide { overflow-x: auto; }
tr.winner td { font-weight: 600; }
td.flag { color: #a15c00; }
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
table.nodes td.depth-1 { padding-left: 1.6em; }
table.nodes td.depth-2 { padding-left: 2.8em; }
table.nodes td.depth-3 { padding-left: 4em; }
table.nodes td.deep { padding-left: 5.2em; }
table.nodes tr.group td { background: #f7f7f7; font-weight: 600; }
.detail { color: #444; font-size: 0.92em; }
.failed { color: #b00020; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { font-size: 10pt; max-width: none; padding: 0; }
  h2 { break-after: avoid-page; }
  h3 { break-after: avoid-page; }
  tr, figure.chart svg, ul.legend { break-inside: avoid; }
  thead { display: table-header-group; }
  .wide { overflow: visible; }
  td.id { white-space: normal; }
  table { font-size: 8pt; }
  th, td { padding: 0.15em 0.25em; }
  th { hyphens: auto; }
  td.flag { min-width: 6em; }
  section.breakdowns { break-before: page; }
  article.breakdown { break-inside: avoid-page; }
  a { color: inherit; text-decoration: none; }
}
)CSS";
}

}  // namespace aser::report::html
