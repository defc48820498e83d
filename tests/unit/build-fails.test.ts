import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/synthetic-site.ts';

const run = promisify(execFile);
let copy: string;

// The real `astro build` in a throwaway copy of the project: proves the check is wired into the
// build, not only callable. It fails in the config hook, before any page is rendered, so it is quick.
beforeAll(() => {
	copy = copyProject('triage-build-');
});
afterAll(() => rmSync(copy, { recursive: true, force: true }));

async function buildOutput(): Promise<{ failed: boolean; output: string }> {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[join(copy, 'node_modules/astro/bin/astro.mjs'), 'build'],
			{
				cwd: copy,
				env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
			},
		);
		return { failed: false, output: stdout + stderr };
	} catch (error) {
		const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
		return { failed: true, output: stdout + stderr };
	}
}

describe('npm run build on broken content', () => {
	it('fails and names the file and field of a dangling reference', async () => {
		const file = join(copy, 'content/errors/zhipu-1000.yaml');
		const original = readFileSync(file, 'utf8');
		writeFileSync(file, original.replace(/^page: .*$/m, 'page: no-such-page'));
		const { failed, output } = await buildOutput();
		writeFileSync(file, original);
		expect(failed).toBe(true);
		expect(output).toContain('content/errors/zhipu-1000.yaml');
		expect(output).toContain('page: no question page "no-such-page" exists');
	});
});
