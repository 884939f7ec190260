// Issue 10, item 3: a letter of `aser letters` in a real browser. Writes the
// letters of examples/nettoyage, opens the one to atelier-solidaire (a ranked
// bid) and the one to clair-services (excluded) from file:// URLs in Debian's
// headless chromium (playwright-core), and checks through the rendered DOM:
//   - the score table is rendered as a table (11 criteria rows + price + total);
//   - nothing overflows sideways at 1280 px, nor at A4 width in print;
//   - no request but the page itself, no console error (the CSP holds);
//   - a screenshot and an A4 PDF are written (to look at).
//
// usage: node test_letters.js ASER NODE_MODULES SOURCE_DIR OUT_DIR
// Exit 0 when every check passes, 1 on a failure, 77 when chromium is missing.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

if (process.argv.length !== 6) {
  console.error('usage: node test_letters.js ASER NODE_MODULES SOURCE_DIR OUT_DIR');
  process.exit(2);
}
const [aser, nodeModules, sourceDir, outDir] = process.argv.slice(2).map((p) => path.resolve(p));
const CHROMIUM = process.env.ASER_CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(CHROMIUM)) {
  console.error(`${CHROMIUM} is missing: sudo apt-get install -y chromium (make test installs it)`);
  process.exit(77);
}
const { chromium } = require(path.join(nodeModules, 'playwright-core'));

// A4 less the letter's @page margins (2 cm each side), in CSS px.
const A4_CONTENT_WIDTH = (210 - 20 - 20) * (96 / 25.4);

let failures = 0;
function check(ok, what) {
  if (ok) {
    console.log(`ok: ${what}`);
  } else {
    failures += 1;
    console.log(`FAILED: ${what}`);
  }
}

async function main() {
  fs.mkdirSync(outDir, { recursive: true });
  const letters = fs.mkdtempSync(path.join(os.tmpdir(), 'aser-letters-'));
  execFileSync(aser, ['letters', 'examples/nettoyage', '-o', letters], { cwd: sourceDir });

  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'aser-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    viewport: { width: 1280, height: 900 },
  });
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    const page = context.pages()[0] || (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(String(error)));
    for (const bid of ['atelier-solidaire', 'clair-services']) {
      const url = pathToFileURL(path.join(letters, `${bid}.html`)).href;
      requests.length = 0;
      await page.emulateMedia({ media: 'screen' });
      await page.goto(url);
      // The nettoyage grid: 3 top-level nodes and 7 criteria below = 10 rows,
      // then the price bid and the total.
      const rows = await page.$$eval('table tbody tr', (trs) => trs.length);
      check(rows === 12, `${bid}: the score table has 12 rows (got ${rows})`);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      check(wide <= 1280, `${bid}: no horizontal overflow at 1280 px (scrollWidth ${wide})`);
      const shot = path.join(outDir, `letter-${bid}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      check(fs.statSync(shot).size > 10000, `${bid}: screenshot ${shot}`);

      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: Math.floor(A4_CONTENT_WIDTH), height: 1100 });
      const printed = await page.evaluate(() =>
        Math.max(...[...document.querySelectorAll('main, table')].map((e) => e.scrollWidth)));
      check(printed <= Math.ceil(A4_CONTENT_WIDTH),
            `${bid}: printed on A4 nothing is wider than the page (${printed} <= ${Math.ceil(A4_CONTENT_WIDTH)} px)`);
      const pdf = path.join(outDir, `letter-${bid}.pdf`);
      await page.pdf({ path: pdf, format: 'A4' });
      check(fs.readFileSync(pdf).subarray(0, 4).toString() === '%PDF', `${bid}: A4 PDF ${pdf}`);
      await page.setViewportSize({ width: 1280, height: 900 });

      const external = requests.filter((r) => r !== url);
      check(external.length === 0, `${bid}: no request but the page (${external.join(', ')})`);
    }
    check(problems.length === 0, `no console error or warning (${problems.join(' | ')})`);
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
    fs.rmSync(letters, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(failures === 0 ? 0 : 1),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
