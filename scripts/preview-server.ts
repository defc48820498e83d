import { spawn } from 'node:child_process';

/** Starts `astro preview` for the project in `cwd` and resolves once it answers; `stop()` ends it. */
export async function startPreview(cwd: string, port: number): Promise<{ stop: () => void }> {
	const server = spawn(
		process.execPath,
		['node_modules/astro/bin/astro.mjs', 'preview', '--host', '127.0.0.1', '--port', String(port)],
		{ cwd },
	);
	for (
		let attempt = 0;
		!(await fetch(`http://127.0.0.1:${port}/`).then(
			() => true,
			() => false,
		));
		attempt += 1
	) {
		if (attempt > 150) {
			server.kill();
			throw new Error('the preview server did not start');
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
	return { stop: () => server.kill() };
}
