import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it, with the URL the client meant to call. */
export interface RecordedRequest {
	method: string;
	/** The target URL before the test harness redirected it to this server. */
	url: string;
	headers: IncomingHttpHeaders;
	body: Buffer;
}

/** Path prefix the Node and Python harnesses use: `/__target/https/host/path`. */
export const TARGET_PREFIX = '/__target/';

/**
 * An HTTP server on 127.0.0.1 that records every request and answers 401 with an OpenAI-shaped
 * error, as a provider would for a bad key. It accepts proxy-style absolute URLs (curl --proxy)
 * and the `/__target/` prefix (patched fetch and urllib), so any client can be pointed at it.
 * State: `requests` grows until `clear()`; `close()` ends the server.
 */
export async function startRecordingServer() {
	const requests: RecordedRequest[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const raw = req.url ?? '/';
			const url = raw.startsWith(TARGET_PREFIX)
				? raw.slice(TARGET_PREFIX.length).replace(/^(https?)\//, '$1://')
				: raw.replace(/^http:\/\//, 'https://');
			requests.push({
				method: req.method ?? '',
				url,
				headers: req.headers,
				body: Buffer.concat(chunks),
			});
			res.writeHead(401, { 'Content-Type': 'application/json' });
			res.end(
				JSON.stringify({
					error: {
						message: 'recorded by the test server',
						type: 'invalid_request_error',
						code: 'invalid_api_key',
					},
				}),
			);
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		port,
		requests,
		clear: () => requests.splice(0),
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
