import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4321/');
const queries = process.argv.slice(2);
const out = await p.evaluate(async (queries) => {
	const pf = await import('/pagefind/pagefind.js');
	await pf.init();
	const res = {};
	for (const q of queries) {
		const s = await pf.search(q);
		res[q] = await Promise.all(s.results.slice(0, 3).map(async (r) => (await r.data()).url));
	}
	return res;
}, queries);
console.log(JSON.stringify(out, null, 1));
await b.close();
