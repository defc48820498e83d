// Post-build check: every built page through the W3C Nu HTML Checker (the vnu-jar package), errors
// only. The checker needs Java; when none is found it is installed as the browser is (Debian's
// package, as root), or the step stops with a message saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

if (!hasJava()) {
	if (process.getuid?.() === 0 && existsSync('/etc/debian_version')) {
		console.log('No Java found; installing default-jre-headless for the HTML checker.');
		spawnSync('apt-get', ['update'], { stdio: 'inherit' });
		spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'default-jre-headless'], {
			stdio: 'inherit',
		});
	}
	if (!hasJava()) {
		console.error(
			'The HTML checker needs Java 11 or newer: install a JRE (Debian: apt-get install default-jre-headless).',
		);
		process.exit(1);
	}
}

const vnu = createRequire(import.meta.url)('vnu-jar');
const { status, stdout, stderr } = spawnSync(
	'java',
	['-jar', vnu, '--errors-only', '--skip-non-html', 'dist/'],
	{ encoding: 'utf8' },
);
const report = `${stdout}${stderr}`.trim();
if (status !== 0 || report) {
	console.error(`HTML: the checker reported errors.\n${report}`);
	process.exit(1);
}
console.log('HTML: every page in dist/ is valid (W3C Nu HTML Checker).');
