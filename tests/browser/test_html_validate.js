// Issue 10: the HTML report of every example (and of the two-lot fixture, of
// the committee's decisions fixture, and of a tender whose supplier is named
// like an attack) is clean under html-validate's `html-validate:recommended`
// preset (pinned in tests/node):
// no <th> without scope, no title over 70 characters, no ARIA misuse, …
// The rules run as they are shipped: nothing is turned off here.
//
// usage: node test_html_validate.js ASER NODE_MODULES SOURCE_DIR
// Exit 0 when every report is valid, 1 otherwise.
'use strict';

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

if (process.argv.length !== 5) {
  console.error('usage: node test_html_validate.js ASER NODE_MODULES SOURCE_DIR');
  process.exit(2);
}
const [aser, nodeModules, sourceDir] = process.argv.slice(2).map((p) => path.resolve(p));
const { HtmlValidate } = require(path.join(nodeModules, 'html-validate'));

function tenders() {
  const out = [];
  const examples = path.join(sourceDir, 'examples');
  for (const name of fs.readdirSync(examples).sort()) {
    if (fs.existsSync(path.join(examples, name, 'criteria.yaml'))) {
      out.push({ name, args: [path.join('examples', name)] });
    }
  }
  out.push({ name: 'lots', args: ['tests/fixtures/lots'] });
  out.push({ name: 'decisions', args: ['tests/fixtures/decisions'] });
  // A lot with weights of its own: a weights table and a legend of its own.
  out.push({ name: 'lot_weights', args: ['tests/fixtures/lot_weights'] });
  // Text that must be escaped everywhere it shows: id, supplier, evidence.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'aser-validate-'));
  fs.copyFileSync(path.join(sourceDir, 'tests/fixtures/lots/criteria.yaml'), path.join(dir, 'criteria.yaml'));
  fs.writeFileSync(path.join(dir, 'a.yaml'),
    'supplier: \'<b title="x">A & B</b> <script>alert(1)</script>\'\nprice: 100\nquality: 5\n' +
    'evidence: { quality: "<i>proof</i> \\"quoted\\"" }\n');
  fs.writeFileSync(path.join(dir, 'b.yaml'), 'supplier: Bravo\nprice: 120\nquality: 9\n');
  out.push({ name: 'hostile', args: [dir], temporary: dir });
  return out;
}

(async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
  let failures = 0;
  for (const tender of tenders()) {
    const html = execFileSync(aser, ['rank', ...tender.args, '-f', 'html', '--date', '2026-12-04'], {
      cwd: sourceDir,
      env: { ...process.env, NO_COLOR: '1' },
      maxBuffer: 64 * 1024 * 1024,
    }).toString('utf8');
    if (tender.temporary) fs.rmSync(tender.temporary, { recursive: true, force: true });
    const report = await validator.validateString(html, `${tender.name}.html`);
    const messages = report.results.flatMap((r) => r.messages);
    for (const m of messages) console.error(`${tender.name}.html:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`);
    if (!report.valid) failures += 1;
    console.log(`${tender.name}: ${report.valid ? 'valid' : `${messages.length} problem(s)`} (${html.length} bytes)`);
  }
  if (failures > 0) {
    console.error(`${failures} report(s) not valid under html-validate:recommended`);
    process.exit(1);
  }
  console.log('every report is valid under html-validate:recommended');
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
