import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { bodyLines, buildRequest } from '../../src/lib/snippets/request-spec.ts';
import { AWKWARD_PROMPT, loadProviders } from '../helpers/builder-data.ts';
import { startRecordingServer } from '../helpers/recording-server.ts';
import { recordSizes } from '../helpers/response-sizes.ts';
import { runBash, TEST_KEY } from '../helpers/run-snippet.ts';

const PAGE = '/glm-api-unauthorized/';
const builder = (page: Page) => page.locator('triage-builder').first();

/** Opens the request options, which the engine draws on demand, and returns the builder. */
async function withOptions(page: Page) {
	const tool = builder(page);
	await tool.locator('[data-customize]').click();
	await expect(tool.locator('select[name="provider"]')).toBeFocused();
	return tool;
}

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the bash command copied after changing every choice reaches a server exactly as specified', async ({
	page,
}) => {
	const server = await startRecordingServer();
	try {
		await page.goto(PAGE);
		const tool = await withOptions(page);
		await tool.locator('[data-snippet-tab="bash"]').click();
		await tool.locator('select[name="provider"]').selectOption('qwen');
		await tool.locator('select[name="region"]').selectOption('intl');
		await tool.locator('select[name="format"]').selectOption('anthropic');
		const qwen = loadProviders().find((provider) => provider.id === 'qwen')!;
		const model = qwen.models.at(-1)!.id;
		await tool.locator('select[name="model"]').selectOption(model);
		await tool.locator('textarea[name="prompt"]').fill(AWKWARD_PROMPT);
		await tool.locator('input[name="stream"]').check();
		await tool.locator('[data-copy]:visible').click();
		await expect(tool.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
		const copied = await page.evaluate(() => navigator.clipboard.readText());

		const spec = buildRequest(qwen, {
			region: 'intl',
			format: 'anthropic',
			model,
			prompt: AWKWARD_PROMPT,
			stream: true,
		});
		await runBash(copied, spec.auth.envVar, server.port);
		expect(server.requests).toHaveLength(1);
		const [received] = server.requests;
		expect(received!.method).toBe('POST');
		expect(received!.url).toBe(spec.url);
		expect(received!.headers['x-api-key']).toBe(TEST_KEY);
		expect(received!.headers['anthropic-version']).toBe('2023-06-01');
		expect(received!.headers['content-type']).toBe('application/json');
		expect(received!.body.toString('utf8')).toBe(bodyLines(spec));
	} finally {
		await server.close();
	}
});

test('a typed key is masked, copied, and never stored, sent or put in the URL', async ({
	page,
	context,
}) => {
	const key = 'sk-PRIVATE-7f3a9c';
	const leaks: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes(key) || (request.postData() ?? '').includes(key))
			leaks.push(request.url());
	});
	await page.goto(PAGE);
	const tool = await withOptions(page);
	await tool.locator('input[name="key"]').fill(key);
	await tool.locator('select[name="provider"]').selectOption('deepseek');
	await tool.locator('[data-snippet-tab="node-fetch"]').click();
	await expect(tool.locator('[data-snippet-panel="node-fetch"] code')).toContainText('••••••••');
	await expect(page.locator('main')).not.toContainText(key);
	await tool.locator('[data-copy]:visible').click();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(
		`const apiKey = "${key}";`,
	);

	expect(page.url()).not.toContain(key);
	const storage = await page.evaluate(
		() =>
			JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie,
	);
	expect(storage).not.toContain(key);
	expect(JSON.stringify(await context.cookies())).not.toContain(key);
	expect(JSON.stringify(await context.storageState())).not.toContain(key);
	expect(leaks).toEqual([]);
});

test('tabs work from the keyboard, and the choice is remembered across builders and reloads without the island', async ({
	page,
}) => {
	await page.goto(PAGE);
	const tabs = builder(page).locator('[role="tab"]');
	await builder(page).locator('[data-snippet-tab="bash"]').click();
	await builder(page).locator('[data-snippet-tab="bash"]').press('ArrowRight');
	await expect(builder(page).locator('[data-snippet-tab="powershell"]')).toBeFocused();
	await expect(builder(page).locator('[data-snippet-tab="powershell"]')).toHaveAttribute(
		'aria-selected',
		'true',
	);
	await builder(page).locator('[data-snippet-tab="powershell"]').press('End');
	await expect(tabs.last()).toHaveAttribute('aria-selected', 'true');
	await tabs.last().press('Home');
	await tabs.first().press('ArrowRight');
	// The page's builder follows the choice; one embedded in the text has the bash command only,
	// and keeps showing it under its own label.
	await expect(builder(page).locator('[data-snippet-panel="powershell"]')).toBeVisible();
	await expect(builder(page).locator('[data-snippet-panel="bash"]')).toBeHidden();
	const embedded = page.locator('triage-builder').nth(1);
	await expect(embedded.locator('[data-snippet-panel]')).toHaveCount(1);
	await expect(embedded.locator('[data-snippet-panel="bash"]')).toBeVisible();
	await expect(embedded.locator('.snippet-label')).toHaveText('bash / zsh');
	// Without the island's code, the stored choice still shows first: it is applied before paint.
	await page.route('**/_astro/*.js', (route) => route.abort());
	await page.reload();
	await expect(builder(page).locator('[data-snippet-panel="powershell"]')).toBeVisible();
	await expect(builder(page).locator('[data-snippet-panel="bash"]')).toBeHidden();
});

test('a choice the provider does not offer shows why and no command', async ({ page }) => {
	await page.goto(PAGE);
	const tool = await withOptions(page);
	await tool.locator('select[name="region"]').selectOption('cn');
	await tool.locator('select[name="format"]').selectOption('anthropic');
	await expect(tool.locator('[data-error]')).toHaveText(/offers no Anthropic-compatible endpoint/);
	await expect(tool.locator('[data-snippet-panel]')).toHaveCount(7);
	for (const panel of await tool.locator('[data-snippet-panel]').all())
		await expect(panel).toBeHidden();
	await expect(tool.locator('[data-copy]:visible')).toHaveCount(0);

	await tool.locator('select[name="format"]').selectOption('openai');
	await tool.locator('input[name="baseUrl"]').fill('https://user:secret@relay.example.com/v1');
	await expect(tool.locator('[data-error]')).toHaveText(/user name and password/);
	await tool.locator('input[name="baseUrl"]').fill('https://relay.example.com/v1');
	await expect(tool.locator('[data-error]')).toBeHidden();
	await expect(tool.locator('[data-snippet-panel] code').first()).toContainText(
		'https://relay.example.com/v1/chat/completions',
	);
	await expect(tool.locator('[data-part="host"] [data-mistake]')).toContainText('relay');
});

test('state travels in the URL fragment and a shared link restores it', async ({ page }) => {
	await page.goto(PAGE);
	await (await withOptions(page)).locator('select[name="provider"]').selectOption('deepseek');
	await expect(page).toHaveURL(/#try\?provider=deepseek/);
	const shared = page.url();
	await page.goto('/');
	await page.goto(shared);
	await expect(builder(page).locator('select[name="provider"]')).toHaveValue('deepseek');
	await expect(builder(page).locator('[data-snippet-panel] code').first()).toContainText(
		'api.deepseek.com',
	);
});

test('when the clipboard is refused, the command is selected and the reader is told', async ({
	page,
}) => {
	await page.addInitScript(() => {
		navigator.clipboard.writeText = () =>
			Promise.reject(new DOMException('denied', 'NotAllowedError'));
	});
	await page.goto(PAGE);
	const tool = builder(page);
	await tool.locator('[data-snippet-tab="bash"]').click();
	await tool.locator('[data-copy]:visible').click();
	await expect(tool.locator('[data-copy-status]')).toContainText('press Ctrl+C');
	const selected = await page.evaluate(() => getSelection()?.toString());
	expect(selected).toContain('curl -sS -i');
});

test('the builder stays within its JavaScript budget', async ({ page }) => {
	const { sizes: scripts, total } = recordSizes(
		page,
		(response) =>
			response.request().resourceType() === 'script' || response.url().endsWith('.json'),
	);
	await page.goto(PAGE, { waitUntil: 'networkidle' });
	const beforeInteraction = await total();
	expect(beforeInteraction, 'JS before the first interaction, gzipped').toBeLessThanOrEqual(
		6 * 1024,
	);

	const tool = await withOptions(page);
	await tool.locator('select[name="provider"]').selectOption('openrouter');
	await tool.locator('input[name="key"]').fill('sk-test');
	await tool.locator('[data-snippet-tab="python-sdk"]').click();
	await tool.locator('[data-copy]:visible').click();
	await page.waitForLoadState('networkidle');
	const afterInteraction = await total();
	expect(scripts.size, 'the engine and its data were loaded').toBeGreaterThan(1);
	expect(afterInteraction, 'JS and data after a full interaction, gzipped').toBeLessThanOrEqual(
		60 * 1024,
	);
});

test('the options are drawn on request, labelled, and hidden again by the same button', async ({
	page,
}) => {
	await page.goto(PAGE);
	const tool = builder(page);
	const button = tool.locator('[data-customize]');
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(tool.locator('select')).toHaveCount(0);
	await withOptions(page);
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(tool.locator('select[name="provider"]')).toHaveValue('zhipu');
	await expect(tool.locator('select[name="region"]')).toHaveValue('cn');
	await expect(tool.locator('select[name="model"]')).toHaveValue('glm-4.7-flash');
	const { violations } = await new AxeBuilder({ page })
		.include('triage-builder')
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
		.analyze();
	expect(violations.map((violation) => violation.id)).toEqual([]);
	await button.click();
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	await expect(tool.locator('[data-controls]')).toBeHidden();
});

test('each tab’s Copy sits in its code block’s bar, copies that block, and says so on screen and to screen readers', async ({
	page,
}) => {
	await page.goto(PAGE);
	const tool = builder(page);
	for (const target of ['bash', 'python-sdk']) {
		await tool.locator(`[data-snippet-tab="${target}"]`).click();
		const panel = tool.locator(`[data-snippet-panel="${target}"]`);
		const copy = panel.locator('.snippet-bar [data-copy]');
		await expect(copy).toBeVisible();
		// The bar is the top edge of the code block: Copy sits above the code, within its width.
		const bar = (await copy.boundingBox())!;
		const code = (await panel.locator('pre').boundingBox())!;
		expect(bar.y + bar.height).toBeLessThanOrEqual(code.y + 1);
		expect(bar.x + bar.width).toBeLessThanOrEqual(code.x + code.width + 1);
		await copy.click();
		await expect(copy).toHaveText('Copied');
		// A second click while it says so must not make "Copied" its label.
		await copy.click();
		await expect(tool.locator('[data-copy-status]')).toHaveText('Copied to the clipboard.');
		await expect(tool.locator('[data-copy-status]')).toHaveAttribute('role', 'status');
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe(await panel.locator('code').textContent());
		await expect(copy).toHaveText('Copy', { timeout: 5000 });
	}
});

test('at 1,280 px the bash request needs no sideways scrolling: its JSON body is laid out line by line', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto(PAGE);
	const pre = builder(page).locator('[data-snippet-panel="bash"] pre');
	const { scroll, client } = await pre.evaluate((element) => ({
		scroll: element.scrollWidth,
		client: element.clientWidth,
	}));
	expect(scroll).toBeLessThanOrEqual(client);
	await expect(pre).toContainText('"model":');
	expect((await pre.textContent())!.split('\n').length).toBeGreaterThan(5);
});
