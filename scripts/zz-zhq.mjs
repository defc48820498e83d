import { chromium } from '@playwright/test';
import { findChromium } from './browser.mjs';
const c = await findChromium();
const browser = await chromium.launch({ executablePath: c?.path, args: ['--no-sandbox'] });
const page = await browser.newPage();
let engineUrl = '';
page.on('response', (r) => { if (/\/_astro\/search-engine\.[^/]+\.js$/.test(r.url())) engineUrl = r.url(); });
const base = process.argv[2] ?? '/zh/';
await page.goto('http://127.0.0.1:4501' + base);
await page.keyboard.press('/');
for (let i = 0; i < 50 && !engineUrl; i++) await page.waitForTimeout(100);
const queries = JSON.parse(process.argv[3]);
const out = await page.evaluate(async ({ engineUrl, queries }) => {
  const engine = await import(engineUrl);
  const res = {};
  for (const q of queries) {
    const r = await engine.searchSite(q);
    res[q] = r.results.slice(0, 4).map((x) => x.url);
  }
  return res;
}, { engineUrl, queries });
for (const [q, r] of Object.entries(out)) console.log(q, '→', r.join(' '));
await browser.close();
