import { afterAll, beforeAll, describe, it } from 'vitest';
import { toCurlPosix } from '../../src/lib/snippets/curl-posix.ts';
import { toPythonSdk, toPythonUrllib } from '../../src/lib/snippets/python.ts';
import { everyCombination, expectRequest } from '../helpers/builder-fixtures.ts';
import { startRecordingServer } from '../helpers/recording-server.ts';
import { compilePython, runBash, runPython } from '../helpers/run-snippet.ts';

let server: Awaited<ReturnType<typeof startRecordingServer>>;
beforeAll(async () => (server = await startRecordingServer()));
afterAll(() => server.close());

const combinations = everyCombination();

// Tests in a file run one at a time, so each reads the single request its snippet sent.
describe('bash curl, run by bash, reaches the server byte for byte', () => {
	it.each(combinations)('$name', async ({ spec }) => {
		server.clear();
		await runBash(toCurlPosix(spec), spec.auth.envVar, server.port);
		expectRequest(server.requests[0], spec, 'lines');
	});
});

describe('Python urllib, run by python3, reaches the server byte for byte', () => {
	it.each(combinations)('$name', async ({ spec }) => {
		server.clear();
		await runPython(toPythonUrllib(spec), spec.auth.envVar, server.port);
		expectRequest(server.requests[0], spec, 'exact');
	});
});

describe('Python SDK snippets compile', () => {
	it.each(combinations)('$name', async ({ spec }) => {
		await compilePython(toPythonSdk(spec));
		await compilePython(toPythonSdk(spec, 'sk-typed-key'));
	});
});
