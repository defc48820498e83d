// The whole test command: formatting, type check, unit tests, production build, browser tests.
// Each step must pass before the next runs; the first failure stops the run with its exit code.
import { spawnSync } from 'node:child_process';
import { ensureChromium } from './browser.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

function step(name, command, args) {
	console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
	const { status } = spawnSync(command, args, { stdio: 'inherit', env });
	if (status !== 0) {
		console.error(`\n✖ ${name} failed (exit ${status}).`);
		process.exit(status ?? 1);
	}
}

await ensureChromium();
step('format', 'npx', ['prettier', '--check', '.']);
step('type check', 'npx', ['astro', 'check']);
step('unit tests', 'npx', ['vitest', 'run']);
step('build', 'npx', ['astro', 'build']);
step('end-to-end tests', 'npx', ['playwright', 'test']);
console.log('\n✔ all checks passed');
