import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4321/');
const out = await p.evaluate(async (qs) => {
  const pf = await import('/pagefind/pagefind.js'); await pf.options({ noWorker: true }); await pf.init();
  const res = {};
  for (const q of qs) { const s = await pf.search(q); res[q] = await Promise.all(s.results.slice(0, 6).map(async (r) => { const d = await r.data(); return [d.url, r.score.toFixed(2), r.words.slice(0, 12).join(',')]; })); }
  return res;
}, process.argv.slice(2));
console.log(JSON.stringify(out, null, 1));
await b.close();
