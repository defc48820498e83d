import type { Cause } from '../schemas/causes.ts';
import type { RetryAdvice } from '../schemas/error-signature.ts';
import type { ApiFormat } from '../schemas/provider.ts';

/** `1 key`, `2 keys`: a number with its noun. */
function count(n: number, one: string, many = `${one}s`): string {
	return `${n} ${n === 1 ? one : many}`;
}

/**
 * Every string the interface shows, in one place, so that a second language is a second object of
 * the same type rather than an edit to each component. Content text lives in `content/`.
 */
export const en = {
	siteName: 'LLM API Triage',
	siteTagline: 'Why your LLM API call fails, and the minimal request that proves the fix.',
	skipToContent: 'Skip to content',
	nav: {
		home: 'Home',
		providers: 'Providers',
		questions: 'Questions',
		decode: 'Decode an error',
		breadcrumb: 'Breadcrumb',
		main: 'Main',
	},
	question: {
		lastChecked: 'Last checked',
		keywords: 'Searched as',
		shortAnswer: 'Short answer',
		conclusion: 'Conclusion',
		steps: 'What to do next',
		builder: 'Minimal test request',
		builderIntro:
			'Run this first. It shows the real HTTP status and body, without any tool in between.',
		builderKeyNote:
			'The key is read from the environment variable; export it before running the command.',
		builderFixed:
			'For PowerShell, cmd, Python or Node, or another provider, region, format or model, use',
		builderFixedLink: 'the builder at the top of the page',
		comparison: 'Recommended paths',
		checklist: 'Checklist before production',
		fallback: 'Fallback',
		fallbackIntro:
			'If this provider keeps failing, point the same OpenAI-compatible client at another one. Only the base URL, the key and the model change:',
		faq: 'FAQ',
		related: 'Related questions',
		table: 'Table (scrolls sideways on narrow screens)',
		errorsFixed: 'Errors this page fixes',
	},
	provider: {
		provider: 'Provider',
		model: 'Model',
		openaiBaseUrl: 'OpenAI-compatible base URL',
		anthropicBaseUrl: 'Anthropic-compatible base URL',
		overviewIntro:
			'Each base URL is what you give an SDK as base_url; the client adds the endpoint path. Keys belong to one region or site: use the key from the console of the same row.',
		pageTitle: (shortName: string) => `${shortName} API: base URLs, auth and error codes`,
		pageDescription: (shortName: string) =>
			`${shortName} API for troubleshooting: base URLs per region, the auth header, model ids and the error codes we track, each with its source.`,
		overviewTitle: 'LLM API providers compared: base URLs, auth, keys',
		overviewDescription:
			'Every provider we cover side by side: OpenAI- and Anthropic-compatible base URLs per region, the auth header, key variable and free credits, all sourced.',
		endpoints: 'Base URLs',
		region: 'Region',
		format: 'Format',
		baseUrl: 'Base URL',
		auth: 'Auth header',
		envVar: 'Key variable',
		keyHint: 'Key format',
		models: 'Models',
		free: 'free',
		errors: 'Errors',
		errorStatus: 'HTTP',
		errorCode: 'Code',
		errorMessage: 'Message',
		errorCause: 'Cause',
		errorRetry: 'Retry?',
		errorFix: 'Fix',
		noErrors: 'No error signatures are recorded for this provider yet.',
		links: 'Links',
		website: 'Website',
		keyConsole: 'API keys',
		docs: 'Docs',
		errorDocs: 'Error codes',
		statusPage: 'Status',
		freeCredits: 'Free credits',
		bestFor: 'Best for',
		caveats: 'Caveats',
		kind: 'Kind',
		formats: 'Formats',
		regions: 'Regions',
		notStated: 'not stated by any source we found',
		statusUndocumented: 'not documented',
		allProviders: 'All providers side by side',
		questions: 'Questions about this provider',
	},
	builder: {
		customize: 'Change provider, region, format or model',
		controls: 'Request options',
		provider: 'Provider',
		region: 'Region or site',
		format: 'API format',
		model: 'Model',
		customModel: 'Custom model id',
		customModelHint: 'Overrides the list, for models added after this page was checked.',
		stream: 'Stream the answer (server-sent events)',
		prompt: 'Prompt',
		baseUrl: 'Custom base URL',
		baseUrlHint:
			'A relay or proxy you send through instead of the provider; leave empty to call the provider.',
		key: 'Put my key in the command',
		keyHint:
			'Optional. The key stays in this page’s memory: it is masked here, never stored, never put in the address, never sent anywhere. Copy puts it in the command.',
		keyMask: '••••••••',
		targets: 'Shell or language',
		copy: 'Copy',
		copiedShort: 'Copied',
		copied: 'Copied to the clipboard.',
		copyFailed:
			'The browser refused the clipboard; the command is selected, press Ctrl+C (⌘C on a Mac).',
		needsJs: 'The options need JavaScript; the commands below are for the preset shown.',
		annotationsHeading: 'What each part of the request is',
		parts: {
			host: 'Host',
			'base-path': 'Base path',
			endpoint: 'Endpoint path',
			auth: 'Auth header',
			model: 'Model',
		},
		annotations: {
			hostRegion: (region: string) =>
				`Keys from ${region} work only on this host; a key from another site or region gets 401.`,
			hostRelay: 'Your relay: it must forward the auth header unchanged and not rewrite the path.',
			basePathV1: 'The /v1 belongs in base_url; the SDK adds only the endpoint path after it.',
			basePathNoV1: (path: string) => `No /v1 here: the SDK adds only ${path} after this path.`,
			endpoint: 'The client appends this; putting it in base_url doubles it and gives 404.',
			authBearer:
				'One space after Bearer, no quotes around the key, and no second Bearer from your tool.',
			authApiKey:
				'The key alone, no Bearer prefix; Anthropic-style endpoints also want anthropic-version.',
			model: 'Model ids are exact strings; copy them from this provider’s list.',
		},
	},
	decoder: {
		title: 'Decode an LLM API error: paste it, get the fix',
		heading: 'Error decoder',
		description:
			'Paste a status line, curl -i output, a JSON error body or an SDK exception from any LLM API and get the cause, the retry advice, the fix and the page.',
		lead: 'Paste what your call returned: a status line, curl -i output, the JSON body or the SDK exception. Decoding happens in this page; nothing is sent anywhere.',
		input: 'Error text',
		placeholder: 'HTTP/1.1 401 Unauthorized\n{"error":{"code":"1000","message":"身份验证失败"}}',
		provider: 'Provider',
		autoDetect: 'Detect from the text',
		decode: 'Decode',
		share: 'Copy a share link',
		shared: 'Link copied. It contains the pasted text, with no key.',
		shareRefused: 'No share link: the text contains what looks like an API key.',
		keyWarning:
			'This text seems to contain an API key. Rotate that key in your provider’s console now: anything pasted into chats, issues or logs should be treated as leaked. The decoder never shows it back.',
		read: 'What the decoder read',
		status: 'HTTP status',
		code: 'Provider code',
		type: 'Error type',
		message: 'Message',
		providerGuess: 'Provider',
		reasons: {
			chosen: 'as you chose',
			host: 'from the host name',
			docs: 'from a link to its docs',
			key: 'from the key prefix (a hint)',
			shape: 'from the body shape',
			code: 'from the error code',
			name: 'named in the text',
			match: 'from the best match',
		},
		matches: 'Best matches',
		tiers: {
			code: 'Same provider code',
			message: 'Same message',
		},
		evidence: 'Matched',
		classHeading: 'What kind of error this is',
		classLead:
			'No error we track matches this text by its code or message, so this is the kind of error, not a diagnosis of one provider’s message.',
		seen: 'Seen in the text',
		noPage: 'No page covers this kind of error across providers yet; search for its wording.',
		cause: 'Cause',
		retry: 'Retry?',
		fix: 'Fix',
		page: 'Explained in',
		providerRow: 'Full fix and sources',
		noStatus: 'No HTTP status',
		noMatch: 'No error we know matches this text, and nothing in it says what kind of error it is.',
		unavailable:
			'The decoder’s data could not be loaded (are you offline?). Paste again to retry, or read the error tables on the provider pages below.',
		tryNext:
			'Paste the whole response: the status line and the body as curl -i prints them, or the full exception with its first lines. Or run the minimal test request for your provider to see the raw status and body.',
		searchLink: 'Search the questions',
		byProvider: 'Error tables by provider',
		byProviderLead:
			'Every provider page lists the errors we track, each with its cause and fix. The decoder above needs JavaScript; these pages do not.',
		compactHeading: 'Paste an error',
		openFull: 'Open the full decoder',
	},
	search: {
		open: 'Search',
		shortcut: 'Press / or Ctrl+K',
		label: 'Search questions, errors and providers',
		placeholder: 'Paste an error or type a question',
		close: 'Close',
		filters: 'Filters',
		filterToggle: 'Filter by provider, cause or HTTP status',
		filterNames: { provider: 'Provider', cause: 'Cause', status: 'HTTP status' },
		results: 'Results',
		loading: 'Loading the search index…',
		diagnosis: 'Decoded:',
		diagnosisClass: 'The kind of error this text shows (no exact match):',
		evidence: 'Matched:',
		unavailable:
			'Search is unavailable: its index did not load (npm run dev has none). Try the decoder or the questions by cause.',
		count: (n: number) => (n === 1 ? '1 page' : `${n} pages`),
		none: (query: string) => `No page matches “${query}”.`,
		correcting: (query: string) => `Showing results for “${query}”.`,
		noneHelp: 'Paste the whole error into the decoder, or browse the questions by cause.',
		decoderLink: 'Open the error decoder',
		questionsLink: 'All questions',
		pageTitle: 'Search LLM API errors and fixes',
		pageDescription:
			'Search every question and provider page by error string, code, HTTP status or provider, in English or Chinese, with filters for provider and cause.',
		allQuestions: 'All questions, by cause',
	},
	theme: {
		labels: {
			system: 'Colour scheme: system',
			light: 'Colour scheme: light',
			dark: 'Colour scheme: dark',
		},
	},
	sources: {
		heading: 'Sources',
		checked: 'checked',
		age: (days: number) => (days <= 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`),
		stale: (limit: number) => `over ${limit} days ago: check it before relying on it`,
		cite: (n: number, title: string, checked: string) =>
			`Source ${n}: ${title}, checked ${checked}`,
	},
	home: {
		title: 'LLM API Triage: fix failing LLM API calls',
		description:
			'Exact LLM API errors explained: why a call to GLM, Qwen, DeepSeek, SiliconFlow and others fails, and a minimal request to prove the fix.',
		questionsByCause: 'Questions by cause',
		providers: 'Providers',
	},
	notFound: {
		title: 'Page not found',
		description:
			'This address has no page. Find the error you are fixing from the questions and providers listed here.',
		lead: 'No page lives at this address. Paste the error you are fixing to find its page, or pick it from the lists below.',
	},
	kind: { direct: 'Direct', router: 'Router', gateway: 'Gateway' },
	og: {
		providerKicker: (kind: string) => `Provider · ${kind}`,
		providerDetail: (causes: string) => `Errors tracked: ${causes}`,
		noErrors: 'Base URLs, auth and models',
		separator: ' · ',
		alt: (card: { title: string; kicker: string; detail: string }) =>
			`${card.title} (${card.kicker}; ${card.detail})`,
	},
	copy: { code: 'Code' },
	diagrams: {
		asText: 'The diagram as a list',
		family: { openai: 'OpenAI format', anthropic: 'Anthropic format' },
		keyHosts: {
			caption:
				'Which key goes to which host, and the endpoint families each host serves, from the table above. Take the host and path from your own key’s line.',
			marks: 'Where keys share a host, a letter pairs each key with the endpoints it uses.',
			title: (name: string) => `${name}: keys, hosts and endpoint families`,
			desc: (keys: number, hosts: number, families: number) =>
				`${count(keys, 'key')} reaching ${count(hosts, 'host')}, which serve ${count(families, 'endpoint family', 'endpoint families')}; the list after the diagram gives each one.`,
			item: (key: string, host: string, families: string) => `${key}: ${host}, ${families}`,
			family: (family: string, path: string) => `${family} at ${path}`,
		},
		keyMap: {
			caption:
				'The host each key goes to, read from the provider files. Use the host on your own key’s line.',
			pathsCaption:
				'The host and base paths each key goes to, read from the provider files. Use the host and path on your own key’s line.',
			title: 'Keys and their hosts, by provider',
			desc: (providers: number, keys: number) =>
				`${count(keys, 'key')} of ${count(providers, 'provider')}, each with its host; the list after the diagram gives each one.`,
			item: (provider: string, key: string, host: string) => `${provider}, ${key}: ${host}`,
		},
		triage: {
			caption:
				'How to read an error: the HTTP status alone does not name the cause, the provider’s code in the body does, and the cause leads to the page with the fix. A real example from the error signatures:',
			title: (status: number, causes: number) =>
				`Reading an LLM API error: one HTTP ${status}, ${count(causes, 'cause')}`,
			desc: (status: number, provider: string, codes: readonly string[]) =>
				`${provider} answers HTTP ${status} with codes ${new Intl.ListFormat('en').format(codes)}: each code names a different cause and leads to its page; the list after the diagram gives each path.`,
			steps: { status: 'HTTP status', code: 'Provider code', cause: 'Cause', page: 'Page' },
			item: (status: number, provider: string, code: string, cause: string) =>
				`HTTP ${status}, ${provider} code ${code}: ${cause}. Explained in`,
		},
	},
} as const;

/** Labels for causes, in the reader's words. */
export const causeLabels: Record<Cause, string> = {
	auth: 'Invalid or missing key',
	permission: 'No permission',
	'base-url': 'Wrong base URL',
	model: 'Model not found or not enabled',
	format: 'Wrong API format',
	region: 'Key from another region or site',
	balance: 'Balance or quota exhausted',
	'rate-limit': 'Rate limited',
	'bad-request': 'Malformed request',
	proxy: 'Relay or proxy in the way',
	streaming: 'Streaming breaks',
	server: 'Provider overloaded or down',
	'context-length': 'Context window exceeded',
	moderation: 'Blocked by content moderation',
	network: 'Network failure (DNS, connect, timeout, TLS)',
	'unsupported-param': 'Unsupported parameter or value',
	'tool-calling': 'Tool calling or JSON mode',
	truncated: 'Reply cut off or empty',
};

/** What each retry advice means for the reader's client. */
export const retryLabels: Record<RetryAdvice, string> = {
	never: 'No: retrying sends the same failure',
	'after-fix': 'Only after the fix',
	backoff: 'Yes, with back-off',
};

/** Names of the API formats. */
export const formatLabels: Record<ApiFormat, string> = {
	openai: 'OpenAI chat completions',
	anthropic: 'Anthropic messages',
};

/** The strings of the site's language; the one place a locale switch would go. */
export const ui = en;
