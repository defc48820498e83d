import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const exec = promisify(execFile);
const root = new URL('../..', import.meta.url).pathname;

/** Snippets are written here, inside the project, so that Node resolves the SDK packages. */
const scratch = join(root, 'tests/.run');

/** The key every executed snippet gets, to be found again in the recorded headers. */
export const TEST_KEY = 'test-key-0123456789';

function environment(envVar: string, port: number): NodeJS.ProcessEnv {
	// Nothing from the developer's environment that an SDK might read (ANTHROPIC_*, OPENAI_*).
	return {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		[envVar]: TEST_KEY,
		TRIAGE_TEST_PORT: String(port),
		NO_COLOR: '1',
	};
}

/**
 * Runs a bash snippet with `curl` sent through the recording server as an HTTP proxy: https URLs
 * become http so the proxy sees the request in clear, with method, path, headers and body as sent.
 */
export async function runBash(code: string, envVar: string, port: number) {
	const wrapper = `curl() { local args=(); for arg in "$@"; do args+=("\${arg/#https:\\/\\//http://}"); done; command curl --proxy "http://127.0.0.1:${port}" "\${args[@]}"; }\n`;
	return exec('bash', ['-c', wrapper + code], { env: environment(envVar, port) });
}

let counter = 0;

/** Runs a Node ES module snippet with fetch redirected to the recording server. */
export async function runNode(code: string, envVar: string, port: number) {
	mkdirSync(scratch, { recursive: true });
	const file = join(scratch, `snippet-${process.pid}-${counter++}.mjs`);
	writeFileSync(file, code);
	const preload = join(root, 'tests/helpers/redirect-fetch.mjs');
	return exec(process.execPath, ['--import', preload, file], {
		env: environment(envVar, port),
	}).catch((error: unknown) => {
		// SDK snippets exit 1 after printing the 401 the server sends; that is expected output.
		const failure = error as { code?: number; stdout: string; stderr: string };
		if (failure.code === 1) return { stdout: failure.stdout, stderr: failure.stderr };
		throw error;
	});
}

const PYTHON_REDIRECT = `
import os, sys, urllib.request
_open = urllib.request.urlopen
def _redirect(request, *args, **kwargs):
    scheme, rest = request.full_url.split("://", 1)
    request.full_url = f"http://127.0.0.1:{os.environ['TRIAGE_TEST_PORT']}/__target/{scheme}/{rest}"
    return _open(request, *args, **kwargs)
urllib.request.urlopen = _redirect
path = sys.argv[1]
exec(compile(open(path, encoding="utf-8").read(), path, "exec"))
`;

/** Runs a Python urllib snippet with urlopen redirected to the recording server. */
export async function runPython(code: string, envVar: string, port: number) {
	mkdirSync(scratch, { recursive: true });
	const file = join(scratch, `snippet-${process.pid}-${counter++}.py`);
	writeFileSync(file, code);
	return exec('python3', ['-c', PYTHON_REDIRECT, file], { env: environment(envVar, port) });
}

/** Compiles a Python snippet without running it (the SDKs are not installed here). */
export async function compilePython(code: string) {
	mkdirSync(scratch, { recursive: true });
	const file = join(scratch, `snippet-${process.pid}-${counter++}.py`);
	writeFileSync(file, code);
	return exec('python3', ['-m', 'py_compile', file]);
}
