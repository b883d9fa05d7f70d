// Lighthouse 12 (mobile and desktop) and axe-core (WCAG 2.2 AA + best practices, light and dark) on a served site.
// Run by bench/lighthouse/run, which installs both into a temporary folder and copies this file there.
// Usage: node measure.mjs BASE_URL path...   (prints one Markdown table row per page and measurement)
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const [base, ...paths] = process.argv.slice(2);
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
});
try {
  for (const path of paths) {
    const url = base + path;
    for (const [form, config] of [['mobile', undefined], ['desktop', desktopConfig]]) {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error',
        onlyCategories: CATEGORIES }, config);
      const lhr = result.lhr;
      const scores = CATEGORIES.map((c) => Math.round(lhr.categories[c].score * 100));
      const failing = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative'
          && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
        .map((a) => a.id);
      console.log(`| ${path} | lighthouse ${form} | ${scores.join(' / ')} | ${failing.join(', ') || '—'} |`);
    }
    const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
    try {
      for (const scheme of ['light', 'dark']) {
        const page = await browser.newPage();
        await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
        await page.setBypassCSP(true); // the preview's Content-Security-Policy would refuse the injected axe script
        // 'load', not 'networkidle0': the preview keeps its live-reload connection open.
        await page.goto(url, { waitUntil: 'load' });
        await new Promise((resolve) => setTimeout(resolve, 500));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async (tags) => {
          const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
          return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
        }, AXE_TAGS);
        console.log(`| ${path} | axe ${scheme} | ${violations.length} | ${violations.join(', ') || '—'} |`);
        await page.close();
      }
    } finally {
      browser.disconnect();
    }
  }
} finally {
  await chrome.kill();
}
