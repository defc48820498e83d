// Preloaded with `node --import` by the snippet tests: sends every fetch to the recording server
// on 127.0.0.1 (port in TRIAGE_TEST_PORT), keeping the intended URL in the path so the server can
// compare it. Headers and body pass through untouched.
const port = process.env.TRIAGE_TEST_PORT;
const realFetch = globalThis.fetch;

globalThis.fetch = (input, init) => {
	const original = new URL(input instanceof Request ? input.url : String(input));
	const target = `http://127.0.0.1:${port}/__target/${original.protocol.slice(0, -1)}/${original.host}${original.pathname}${original.search}`;
	return input instanceof Request
		? realFetch(new Request(target, input), init)
		: realFetch(target, init);
};
