import { expect, test } from '@playwright/test';
import { recordSizes } from '../helpers/response-sizes.ts';

const ZHIPU_1113 =
	'HTTP/2 429\n\n{"error":{"code":"1113","message":"Insufficient balance or no resource package. Please recharge."}}';

test('decodes a pasted error into cause, retry advice, fix and page, sending nothing', async ({
	page,
	context,
}) => {
	const sent: string[] = [];
	page.on('request', (request) => {
		if (
			request.method() !== 'GET' ||
			request.url().includes('1113') ||
			(request.postData() ?? '') !== ''
		)
			sent.push(request.url());
	});
	await page.goto('/decode/');
	const decoder = page.locator('triage-decoder');
	await decoder.locator('textarea').fill(ZHIPU_1113);
	const top = decoder.locator('[data-signature]').first();
	await expect(top).toBeVisible();
	await expect(top).toContainText('1113');
	await expect(top).toContainText('Balance or quota exhausted');
	await expect(top).toContainText('Only after the fix');
	await expect(top.locator('a[href="/glm-insufficient-balance-1113/"]')).toBeVisible();
	await expect(top.locator('a[href^="/providers/zhipu/#code-1113"]')).toBeVisible();
	await expect(decoder.locator('[data-result]')).toContainText('Zhipu');
	expect(sent).toEqual([]);

	// Once a provider's signatures are loaded, its errors decode offline; another provider's
	// signatures cannot load then, and the decoder says so instead of guessing.
	await context.setOffline(true);
	await decoder
		.locator('textarea')
		.fill('{"error":{"code":"1211","message":"模型不存在，请检查模型代码。"}}');
	await expect(decoder.locator('[data-signature]').first()).toContainText('1211');
	await decoder
		.locator('textarea')
		.fill('{"code":"InvalidApiKey","message":"Invalid API-key provided.","request_id":"x"}');
	await expect(decoder.locator('[data-result]')).toContainText('could not be loaded');
	await context.setOffline(false);
	await decoder.locator('[data-decode]').click();
	await expect(decoder.locator('[data-signature]').first()).toContainText('InvalidApiKey');
});

test('unknown input gets an honest answer and a next step', async ({ page }) => {
	await page.goto('/decode/');
	await page.locator('triage-decoder textarea').fill('Something went wrong, please try again');
	const result = page.locator('triage-decoder [data-result]');
	await expect(result.locator('[data-unknown]')).toContainText(
		'No error we know matches this text',
	);
	await expect(result).toContainText('curl -i');
	await expect(result.locator('a[href="/search/"]')).toBeVisible();
	await expect(result.locator('[data-signature], [data-class]')).toHaveCount(0);
});

test('a transport failure gets its class and page, with what showed it, never a signature', async ({
	page,
}) => {
	await page.goto('/decode/');
	await page
		.locator('triage-decoder textarea')
		.fill('curl: (6) Could not resolve host: open.bigmodel.cn');
	const result = page.locator('triage-decoder [data-result]');
	const answer = result.locator('[data-class="network"]');
	await expect(answer).toContainText('curl: (6) Could not resolve host: open.bigmodel.cn');
	await expect(answer.locator('a[href="/could-not-resolve-host/"]')).toBeVisible();
	await expect(result).toContainText('from the host name: open.bigmodel.cn');
	await expect(result.locator('[data-signature]')).toHaveCount(0);
});

test('a matched signature shows its evidence', async ({ page }) => {
	await page.goto('/decode/');
	await page
		.locator('triage-decoder textarea')
		.fill(
			'{"error":{"message":"Incorrect API key provided. For details, see: https://www.alibabacloud.com/help/en/model-studio/error-code#apikey-error","type":"invalid_request_error","code":"invalid_api_key"}}',
		);
	const result = page.locator('triage-decoder [data-result]');
	await expect(result).toContainText(/from a link to its docs: (www\.)?alibabacloud\.com/);
	const top = result.locator('[data-signature]').first();
	await expect(top).toHaveAttribute('data-signature', /^\/providers\/qwen\//);
	await expect(top).toContainText('Matched');
	await expect(top).toContainText('Incorrect API key provided');
});

test('a pasted key is flagged, never shown back, and keeps the text out of share links', async ({
	page,
}) => {
	const key = 'sk-proj-' + 'A1b2C3d4'.repeat(5);
	await page.goto('/decode/');
	const decoder = page.locator('triage-decoder');
	await decoder
		.locator('textarea')
		.fill(
			`openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`,
		);
	await expect(decoder.locator('[data-key-warning]')).toBeVisible();
	await expect(decoder.locator('[data-key-warning]')).toContainText('Rotate that key');
	await expect(decoder.locator('[data-result]')).not.toContainText(key);
	await expect(decoder.locator('[data-signature]').first()).toContainText('invalid_api_key');
	await decoder.locator('[data-share-button]').click();
	await expect(decoder.locator('[data-share-status]')).toContainText('No share link');
	expect(page.url()).not.toContain('decode?');
});

test('a share link carries the text only when asked, and restores the result', async ({
	page,
	context,
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/decode/');
	const decoder = page.locator('triage-decoder');
	await decoder.locator('textarea').fill(ZHIPU_1113);
	await expect(decoder.locator('[data-signature]').first()).toBeVisible();
	expect(page.url()).not.toContain('#decode');
	await decoder.locator('[data-share-button]').click();
	await expect(page).toHaveURL(/#decode\?text=/);
	const shared = page.url();
	await page.goto('/');
	await page.goto(shared);
	await expect(page.locator('triage-decoder [data-signature]').first()).toContainText('1113');
});

test('the home page and the 404 page carry a compact decoder', async ({ page }) => {
	for (const path of ['/', '/no-such-page/']) {
		await page.goto(path);
		await page.locator('triage-decoder textarea').fill('身份验证失败');
		await expect(page.locator('triage-decoder [data-signature]').first()).toContainText('1000');
	}
});

// The whole decoder as a reader pays for it: the upgrade code, the engine, the index and the
// signatures of the provider the text points at. What every page loads (the search island, the
// theme, Vite's preload helper) is measured on a page without a decoder and left out, so the
// figure does not depend on which of those responses arrive before the page settles.
test('the decoder JavaScript and the data it loads stay within 15 KB gzipped', async ({
	page,
	context,
}) => {
	const other = await context.newPage();
	const everyPage = recordSizes(other, (response) => response.url().includes('/_astro/'));
	await other.goto('/providers/', { waitUntil: 'networkidle' });
	await everyPage.total();
	await other.close();
	const pageWide = new Set(everyPage.sizes.keys());
	expect(pageWide.size, 'the page without a decoder loads the page-wide scripts').toBeGreaterThan(
		0,
	);

	const { sizes, total } = recordSizes(
		page,
		(response) =>
			(response.url().includes('/_astro/') || response.url().includes('/decode/')) &&
			response.request().resourceType() !== 'document' &&
			!pageWide.has(response.url()),
	);
	await page.goto('/decode/');
	await page.locator('triage-decoder textarea').fill(ZHIPU_1113);
	await expect(page.locator('triage-decoder [data-signature]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const sum = await total();
	const counted = [...sizes.keys()].map((url) => new URL(url).pathname);
	expect(
		counted.some((path) => path.includes('ErrorDecoder')),
		counted.join('\n'),
	).toBe(true);
	// The index and the one provider file the text points at; not every provider's signatures.
	expect(counted.filter((path) => path.startsWith('/decode/')).sort()).toEqual([
		'/decode/index.json',
		'/decode/signatures/zhipu.json',
	]);
	expect(sum, [...sizes].map(([url, size]) => `${size} ${url}`).join('\n')).toBeLessThanOrEqual(
		15 * 1024,
	);
});
