// Issues 3 and 10: the HTML report in a real browser. Renders `aser rank -f
// html` for every example, the two-lot fixture and a tender whose supplier is
// named like an attack, opens each from a file:// URL in Debian's headless
// chromium (driven by playwright-core; one chromium for all of them), and
// checks through the rendered DOM:
//   - one bar per ranked bid (counted from the JSON report of the same run);
//   - each bar's and each segment's rendered width proportional to its points,
//     on one scale for the whole page, within 1 px;
//   - no request but the page's own file, no resource entry, no CSP violation;
//   - at 1280 px no horizontal overflow: the page is no wider than the window
//     and no element scrolls sideways (a table cut in a scrolling box counts);
//   - printed on A4, no chart is taller than a page (a bar is never cut) and
//     no table or chart is wider than the page;
//   - a supplier named `<script>…` shows as text, and nothing of it runs;
//   - screenshots at 1280 px (the top and the whole page) and an A4 PDF, in
//     OUT_DIR, to be looked at.
//
// usage: node test_html_report.js ASER NODE_MODULES SOURCE_DIR OUT_DIR
// Exit 0 when every check passes, 1 on a failure, 77 when chromium is missing.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

if (process.argv.length !== 6) {
  console.error('usage: node test_html_report.js ASER NODE_MODULES SOURCE_DIR OUT_DIR');
  process.exit(2);
}
// Relative paths are taken from the current folder (aser runs in SOURCE_DIR).
const [aser, nodeModules, sourceDir, outDir] = process.argv.slice(2).map((p) => path.resolve(p));
const CHROMIUM = process.env.ASER_CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: sudo apt-get install -y chromium (make test installs it)`);
  process.exit(77);
}
const { chromium } = require(path.join(nodeModules, 'playwright-core'));

// A supplier name that would run a script and load an image if it were not
// escaped: it must show as text.
const HOSTILE = '<script>window.__pwned = 1</script><img src="x.png" onerror="window.__pwned = 2">';
function hostileTender() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aser-hostile-'));
  fs.copyFileSync(path.join(sourceDir, 'tests/fixtures/lots/criteria.yaml'), path.join(dir, 'criteria.yaml'));
  fs.writeFileSync(path.join(dir, 'a.yaml'), `supplier: '${HOSTILE.replace(/'/g, "''")}'\nprice: 100\nquality: 5\n`);
  fs.writeFileSync(path.join(dir, 'b.yaml'), 'supplier: Bravo\nprice: 120\nquality: 9\n');
  return dir;
}

// The fixtures: every example (French and English grids), an English grid
// with two lots, and a supplier named like an attack.
function fixtures() {
  const out = [];
  const examples = path.join(sourceDir, 'examples');
  for (const name of fs.readdirSync(examples).sort()) {
    const grid = path.join(examples, name, 'criteria.yaml');
    if (!fs.existsSync(grid)) continue;
    const lang = /^language:\s*fr\b/m.test(fs.readFileSync(grid, 'utf8')) ? 'fr' : 'en';
    out.push({ name, args: [path.join('examples', name)], lang });
  }
  out.push({ name: 'lots-en', args: ['tests/fixtures/lots'], lang: 'en' });
  out.push({ name: 'decisions', args: ['tests/fixtures/decisions'], lang: 'en' });
  // Issue 12: `rank -f html --analyze` adds the analysis (intervals as bars, a heat map).
  out.push({ name: 'nettoyage-analyze', args: ['examples/nettoyage'], html: ['--analyze'], lang: 'fr', analyze: true });
  out.push({ name: 'hostile', args: [hostileTender()], lang: 'en', supplier: HOSTILE, temporary: true });
  return out;
}

// A4 less the @page margins of html_style.cpp (14 mm top, 16 mm bottom), in CSS px.
const MM = 96 / 25.4;
const A4_CONTENT_HEIGHT = (297 - 14 - 16) * MM;
const A4_CONTENT_WIDTH = (210 - 12 - 12) * MM;

let failures = 0;
function check(ok, what) {
  if (ok) return;
  failures += 1;
  console.error(`FAIL: ${what}`);
}

function runAser(args) {
  return execFileSync(aser, ['rank', ...args], {
    cwd: sourceDir,
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 64 * 1024 * 1024,
  }).toString('utf8');
}

async function testFixture(browser, fixture) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aser-html-'));
  const file = path.join(dir, 'report.html');
  runAser([...fixture.args, ...(fixture.html || []), '-f', 'html', '-o', file]);
  const json = JSON.parse(runAser([...fixture.args, '-f', 'json']));
  const ranked = [];
  for (const lot of json.lots) for (const bid of lot.bids) if (bid.status === 'ranked') ranked.push(bid);
  check(ranked.length > 0, `${fixture.name}: the JSON report ranks at least one bid`);

  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations = (window.__cspViolations || 0) + 1;
        console.error(`CSP violation: ${e.blockedURI}`);
      });
    });
    await page.goto(url, { waitUntil: 'load' });

    check((await page.getAttribute('html', 'lang')) === fixture.lang,
          `${fixture.name}: <html lang="${fixture.lang}">`);

    // One bar per ranked bid, each holding the points of the JSON report.
    const bars = await page.$$eval('g.bar', (gs) => gs.map((g) => {
      const box = g.getBoundingClientRect();
      return {
        bid: g.dataset.bid,
        total: Number(g.dataset.total),
        width: box.width,
        segments: [...g.querySelectorAll('rect.segment')].map((r) => ({
          group: r.dataset.group,
          points: Number(r.dataset.points),
          width: r.getBoundingClientRect().width,
          left: r.getBoundingClientRect().left,
        })),
      };
    }));
    check(bars.length === ranked.length,
          `${fixture.name}: ${bars.length} bars for ${ranked.length} ranked bids`);
    const byId = new Map(ranked.map((bid) => [bid.id, bid]));
    for (const bar of bars) {
      const bid = byId.get(bar.bid);
      check(bid !== undefined, `${fixture.name}: bar ${bar.bid} is a ranked bid`);
      if (!bid) continue;
      let sum = 0;
      for (const s of bar.segments) {
        check(Math.abs(s.points - bid.points[s.group]) < 1e-9,
              `${fixture.name}: ${bar.bid}/${s.group}: ${s.points} points as in the JSON (${bid.points[s.group]})`);
        sum += s.points;
      }
      check(Math.abs(sum - bar.total) < 1e-6, `${fixture.name}: ${bar.bid}: segments add up to data-total`);
      if (json.grid.method === 'weighted_sum')
        check(Math.abs(bar.total - bid.total) < 1e-6,
              `${fixture.name}: ${bar.bid}: data-total ${bar.total} is the total ${bid.total}`);
    }

    // Widths: one px-per-point for the whole page, from the longest bar.
    const magnitude = (bar) => bar.segments.reduce((a, s) => a + Math.abs(s.points), 0);
    const longest = bars.reduce((a, b) => (magnitude(b) > magnitude(a) ? b : a), bars[0]);
    const perPoint = longest ? longest.width / magnitude(longest) : 0;
    check(perPoint > 0, `${fixture.name}: the longest bar is drawn (${perPoint} px per point)`);
    for (const bar of bars) {
      const expected = magnitude(bar) * perPoint;
      check(Math.abs(bar.width - expected) <= 1,
            `${fixture.name}: bar ${bar.bid} is ${bar.width.toFixed(2)} px, expected ${expected.toFixed(2)}`);
      for (const s of bar.segments) {
        const want = Math.abs(s.points) * perPoint;
        check(Math.abs(s.width - want) <= 1,
              `${fixture.name}: ${bar.bid}/${s.group} is ${s.width.toFixed(2)} px, expected ${want.toFixed(2)}`);
      }
    }
    // Every bar starts at the same zero: the first segments share a left edge.
    const lefts = bars.filter((b) => b.segments.length > 0 && b.segments[0].points > 0)
      .map((b) => b.segments[0].left);
    check(lefts.every((x) => Math.abs(x - lefts[0]) <= 1), `${fixture.name}: bars share their zero`);

    if (fixture.supplier) {
      const seen = await page.evaluate(() => ({
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        pwned: window.__pwned,
        cells: [...document.querySelectorAll('table.ranking td.bid .supplier')].map((e) => e.textContent),
      }));
      check(seen.scripts === 0 && seen.images === 0, `${fixture.name}: no script or img element`);
      check(seen.pwned === undefined, `${fixture.name}: the supplier's script did not run`);
      check(seen.cells.includes(fixture.supplier), `${fixture.name}: the supplier shows as text`);
    }

    if (fixture.analyze) {
      // Per lot: an n × n heat map of acceptabilities (n ranked bids), each row adding up
      // to 100 %; one interval bar per varied weight, drawn inside its cell.
      const heat = await page.$$eval('table.acceptability tbody tr', (rows) => rows.map((row) =>
        [...row.querySelectorAll('td.heat')].map((td) => parseFloat(td.textContent.replace(',', '.')))));
      check(heat.length === ranked.length, `${fixture.name}: ${heat.length} heat-map rows for ${ranked.length} bids`);
      for (const row of heat) {
        check(row.length === ranked.length, `${fixture.name}: a heat-map row has ${row.length} cells`);
        const sum = row.reduce((a, b) => a + b, 0);
        check(Math.abs(sum - 100) <= 0.1 * row.length, `${fixture.name}: a heat-map row adds up to ${sum} %`);
      }
      const intervals = await page.$$eval('svg.interval', (svgs) => svgs.map((s) => s.getBoundingClientRect().width));
      check(intervals.length > 0 && intervals.every((w) => Math.abs(w - 240) <= 1),
            `${fixture.name}: ${intervals.length} interval bars, 240 px wide`);
    }

    const legend = await page.$$eval('ul.legend li', (items) => items.length);
    check(legend > 0, `${fixture.name}: a legend`);

    // Nothing but the page itself was requested, nothing was loaded.
    const resources = await page.evaluate(() => performance.getEntriesByType('resource').length);
    check(resources === 0, `${fixture.name}: ${resources} resources loaded`);
    const violations = await page.evaluate(() => window.__cspViolations || 0);
    check(violations === 0, `${fixture.name}: ${violations} CSP violations`);
    const external = requests.filter((r) => r !== url);
    check(external.length === 0, `${fixture.name}: requests other than the page: ${external.join(', ')}`);
    check(requests.includes(url), `${fixture.name}: the page itself was requested`);
    check(problems.length === 0, `${fixture.name}: console errors: ${problems.join(' | ')}`);

    // At 1280 px nothing is wider than the window, and nothing scrolls
    // sideways inside it (a table cut in an overflow box would).
    const wide = await page.evaluate(() => {
      const root = document.documentElement;
      const out = [];
      if (root.scrollWidth > root.clientWidth) out.push(`the page is ${root.scrollWidth} px wide`);
      for (const e of document.querySelectorAll('body *')) {
        if (e.closest('svg') && e.tagName.toLowerCase() !== 'svg') continue;
        const box = e.getBoundingClientRect();
        if (box.right > root.clientWidth + 1) out.push(`${e.tagName}.${e.getAttribute('class')} ends at ${box.right.toFixed(0)} px`);
        const style = getComputedStyle(e);
        if (/(auto|scroll|hidden)/.test(style.overflowX) && e.scrollWidth > e.clientWidth + 1)
          out.push(`${e.tagName}.${e.getAttribute('class')} scrolls: ${e.scrollWidth} px in ${e.clientWidth} px`);
      }
      return out;
    });
    check(wide.length === 0, `${fixture.name}: at 1280 px: ${wide.slice(0, 5).join(', ')}`);

    // Screenshots: the top of the page (the one docs/ shows) and the whole page.
    fs.mkdirSync(outDir, { recursive: true });
    for (const [suffix, fullPage] of [['', false], ['-full', true]]) {
      const shot = path.join(outDir, `report-${fixture.name}${suffix}.png`);
      await page.screenshot({ path: shot, fullPage });
      const bytes = fs.readFileSync(shot);
      check(bytes.length > 1000 && bytes.subarray(1, 4).toString('latin1') === 'PNG',
            `${fixture.name}: screenshot ${shot} is a PNG (${bytes.length} bytes)`);
    }

    // Printed on A4: at the width of the printed page no chart is taller
    // than a page, so the print CSS (break-inside: avoid) can keep it whole.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.floor(A4_CONTENT_WIDTH), height: 900 });
    const heights = await page.$$eval('svg.bars', (svgs) => svgs.map((s) => s.getBoundingClientRect().height));
    check(heights.length > 0, `${fixture.name}: charts in print`);
    for (const h of heights)
      check(h > 0 && h < A4_CONTENT_HEIGHT, `${fixture.name}: a printed chart is ${h.toFixed(0)} px high`);
    // Nothing is wider than the printed page: tables and charts fit in it.
    const overflow = await page.evaluate((width) => [...document.querySelectorAll('table, svg.bars')]
      .filter((e) => e.getBoundingClientRect().right > width + 1)
      .map((e) => `${e.tagName}.${e.getAttribute('class')} ends at ${e.getBoundingClientRect().right.toFixed(0)} px`),
    Math.floor(A4_CONTENT_WIDTH));
    check(overflow.length === 0, `${fixture.name}: wider than an A4 page: ${overflow.join(', ')}`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    check(pdf.length > 1000 && pdf.subarray(0, 5).toString('latin1') === '%PDF-',
          `${fixture.name}: prints to a PDF on A4 (${pdf.length} bytes)`);
    fs.writeFileSync(path.join(outDir, `report-${fixture.name}.pdf`), pdf);

    console.log(`${fixture.name}: ${bars.length} bars, ${perPoint.toFixed(3)} px per point, ` +
                `${requests.length} request(s), ${heights.length} chart(s) in print`);
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

(async () => {
  // One chromium for every fixture: a fresh context (no shared state) each.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    for (const fixture of fixtures()) {
      await testFixture(browser, fixture);
      if (fixture.temporary) fs.rmSync(fixture.args[0], { recursive: true, force: true });
    }
  } finally {
    await browser.close();
  }
  if (failures > 0) {
    console.error(`${failures} check(s) failed`);
    process.exit(1);
  }
  console.log('all browser checks passed');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
