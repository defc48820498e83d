import type { Cause } from '../schemas/causes.ts';
import type { RetryAdvice } from '../schemas/error-signature.ts';
import { localeOf, type Locale } from './i18n.ts';
import { builderStrings, formatNames } from './builder-strings.ts';

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
		builderFixedEnd: '.',
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
		codeLabel: 'code',
		messageKinds: { documented: '(documented)', observed: '(observed)' },
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
	builder: builderStrings.en,
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
		comma: ', ',
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
	/** Labels for causes, in the reader's words. */
	causes: {
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
	} as Record<Cause, string>,
	/** What each retry advice means for the reader's client. */
	retries: {
		never: 'No: retrying sends the same failure',
		'after-fix': 'Only after the fix',
		backoff: 'Yes, with back-off',
	} as Record<RetryAdvice, string>,
	/** Names of the API formats. */
	formats: formatNames.en,
};

/** The interface strings of one language. */
export type UiStrings = typeof en;

/** 简体中文版的界面文字：同一结构，按中文开发者的用语写，不逐字翻译。 */
export const zh: UiStrings = {
	siteName: 'LLM API Triage',
	siteTagline: '大模型 API 调用为什么失败，以及证明修复有效的最小请求。',
	skipToContent: '跳到正文',
	nav: {
		home: '首页',
		providers: '服务商',
		questions: '问题',
		decode: '错误解析',
		breadcrumb: '面包屑导航',
		main: '主导航',
	},
	question: {
		lastChecked: '最后核对',
		keywords: '常见搜索词',
		shortAnswer: '简短回答',
		conclusion: '结论',
		steps: '下一步怎么做',
		builder: '最小测试请求',
		builderIntro: '先运行这条命令。它直接显示真实的 HTTP 状态码和响应体，中间不经过任何工具。',
		builderKeyNote: '密钥从环境变量读取；运行命令前先 export 它。',
		builderFixed:
			'要生成 PowerShell、cmd、Python 或 Node 的写法，或换服务商、地域、格式、模型，请用',
		builderFixedLink: '页面顶部的请求生成器',
		builderFixedEnd: '。',
		comparison: '推荐方案',
		checklist: '上线前检查清单',
		fallback: '备用方案',
		fallbackIntro:
			'如果这家服务商一直出错，可以让同一个兼容 OpenAI 的客户端改调另一家，只需换 Base URL、密钥和模型：',
		faq: '常见问题',
		related: '相关问题',
		table: '表格（窄屏上可左右滚动）',
		errorsFixed: '本页能解决的错误',
	},
	provider: {
		provider: '服务商',
		model: '模型',
		openaiBaseUrl: '兼容 OpenAI 的 Base URL',
		anthropicBaseUrl: '兼容 Anthropic 的 Base URL',
		overviewIntro:
			'每个 Base URL 就是传给 SDK 的 base_url，客户端会自己补上接口路径。密钥只属于一个地域或站点：请使用同一行控制台里创建的密钥。',
		pageTitle: (shortName: string) => `${shortName} API：接口地址、鉴权与错误码`,
		pageDescription: (shortName: string) =>
			`排查 ${shortName} API 所需的信息：各地域的 Base URL、鉴权请求头、模型 ID，以及我们收录的错误码，每一项都注明出处。`,
		overviewTitle: '大模型 API 服务商对照：接口地址、鉴权、密钥',
		overviewDescription:
			'我们收录的全部服务商并排对照：各地域兼容 OpenAI 和 Anthropic 的 Base URL、鉴权请求头、密钥环境变量和免费额度，均附出处。',
		endpoints: 'Base URL',
		region: '地域',
		format: '格式',
		baseUrl: 'Base URL',
		auth: '鉴权请求头',
		envVar: '密钥环境变量',
		keyHint: '密钥格式',
		models: '模型',
		free: '免费',
		errors: '错误码',
		errorStatus: 'HTTP',
		errorCode: '错误码',
		errorMessage: '报错信息',
		errorCause: '原因',
		errorRetry: '能否重试',
		errorFix: '解决方法',
		codeLabel: '错误码',
		messageKinds: { documented: '（文档记载）', observed: '（实际返回）' },
		noErrors: '这家服务商暂未收录错误特征。',
		links: '链接',
		website: '官网',
		keyConsole: 'API Key 管理',
		docs: '文档',
		errorDocs: '错误码文档',
		statusPage: '服务状态',
		freeCredits: '免费额度',
		bestFor: '适合',
		caveats: '注意事项',
		kind: '类型',
		formats: '接口格式',
		regions: '地域',
		notStated: '我们找到的资料均未说明',
		statusUndocumented: '文档未写明',
		allProviders: '全部服务商对照',
		questions: '与这家服务商有关的问题',
	},
	builder: builderStrings.zh,
	decoder: {
		title: '解析大模型 API 报错：粘贴报错，拿到解决方法',
		heading: '错误解析',
		description:
			'粘贴任意大模型 API 的状态行、curl -i 输出、JSON 错误体或 SDK 异常，得到原因、是否该重试、解决方法和对应页面。',
		lead: '粘贴调用返回的内容：状态行、curl -i 的输出、JSON 响应体或 SDK 异常。解析在本页内完成，不会发送到任何地方。',
		input: '报错内容',
		placeholder: 'HTTP/1.1 401 Unauthorized\n{"error":{"code":"1000","message":"身份验证失败"}}',
		provider: '服务商',
		autoDetect: '根据文本自动识别',
		decode: '解析',
		share: '复制分享链接',
		shared: '链接已复制。其中包含粘贴的文本，不含密钥。',
		shareRefused: '无法生成分享链接：文本里似乎有 API Key。',
		keyWarning:
			'这段文本里似乎有 API Key。请立即到服务商控制台轮换这个密钥：贴进聊天、issue 或日志里的密钥都应视为已泄露。解析器不会把它显示出来。',
		read: '解析器读到的内容',
		status: 'HTTP 状态码',
		code: '服务商错误码',
		type: '错误类型',
		message: '报错信息',
		providerGuess: '服务商',
		reasons: {
			chosen: '由你选择',
			host: '根据主机名',
			docs: '根据其文档链接',
			key: '根据密钥前缀（仅供参考）',
			shape: '根据响应体结构',
			code: '根据错误码',
			name: '文本中提到',
			match: '根据最佳匹配',
		},
		matches: '最佳匹配',
		tiers: {
			code: '错误码相同',
			message: '报错信息相同',
		},
		evidence: '匹配依据',
		classHeading: '这属于哪一类错误',
		classLead:
			'我们收录的错误里没有哪一条的错误码或报错信息与这段文本对上，所以下面给出的是错误类别，而不是对某家服务商报错的诊断。',
		seen: '文本中出现',
		noPage: '暂时没有页面跨服务商讲解这类错误；请按报错原文搜索。',
		cause: '原因',
		retry: '能否重试',
		fix: '解决方法',
		page: '详见',
		providerRow: '完整解决方法与出处',
		noStatus: '没有 HTTP 状态码',
		noMatch: '我们收录的错误都对不上这段文本，文本里也看不出是哪一类错误。',
		unavailable:
			'解析器的数据没能加载（是否断网了？）。请重新粘贴重试，或查看下面各服务商页面里的错误码表。',
		tryNext:
			'请粘贴完整响应：curl -i 打印出的状态行和响应体，或包含前几行的完整异常。也可以运行你所用服务商的最小测试请求，看原始状态码和响应体。',
		searchLink: '搜索问题',
		byProvider: '按服务商查看错误码表',
		byProviderLead:
			'每个服务商页面都列出了我们收录的错误，以及各自的原因和解决方法。上面的解析器需要 JavaScript，这些页面不需要。',
		compactHeading: '粘贴报错',
		openFull: '打开完整的错误解析',
	},
	search: {
		open: '搜索',
		shortcut: '按 / 或 Ctrl+K',
		label: '搜索问题、报错和服务商',
		placeholder: '粘贴报错或输入问题',
		close: '关闭',
		filters: '筛选',
		filterToggle: '按服务商、原因或 HTTP 状态码筛选',
		filterNames: { provider: '服务商', cause: '原因', status: 'HTTP 状态码' },
		results: '搜索结果',
		loading: '正在加载搜索索引…',
		diagnosis: '解析结果：',
		diagnosisClass: '这段文本显示的错误类别（没有完全对应的条目）：',
		evidence: '匹配依据：',
		unavailable:
			'搜索暂不可用：索引没有加载（npm run dev 下没有索引）。请试试错误解析，或按原因浏览问题。',
		count: (n: number) => `${n} 个页面`,
		none: (query: string) => `没有页面匹配“${query}”。`,
		correcting: (query: string) => `显示“${query}”的结果。`,
		noneHelp: '把完整报错粘贴到错误解析里，或按原因浏览问题。',
		decoderLink: '打开错误解析',
		questionsLink: '全部问题',
		pageTitle: '搜索大模型 API 报错与解决方法',
		pageDescription:
			'按报错原文、错误码、HTTP 状态码或服务商搜索全部问题页和服务商页，中英文均可，并可按服务商和原因筛选。',
		allQuestions: '全部问题（按原因）',
	},
	theme: {
		labels: {
			system: '配色：跟随系统',
			light: '配色：浅色',
			dark: '配色：深色',
		},
	},
	sources: {
		heading: '出处',
		checked: '核对于',
		comma: '，',
		age: (days: number) => (days <= 0 ? '今天' : `${days} 天前`),
		stale: (limit: number) => `已超过 ${limit} 天：使用前请重新核对`,
		cite: (n: number, title: string, checked: string) => `出处 ${n}：${title}，核对于 ${checked}`,
	},
	home: {
		title: 'LLM API Triage：大模型 API 调用报错排查',
		description:
			'逐条解释大模型 API 报错：调用智谱 GLM、通义千问、DeepSeek、硅基流动等为什么失败，并给出验证修复的最小请求。',
		questionsByCause: '按原因浏览问题',
		providers: '服务商',
	},
	notFound: {
		title: '页面不存在',
		description:
			'这个地址没有页面。粘贴你正在排查的报错，或从这里列出的问题和服务商中找到它；每个问题页都附有可以直接运行的最小测试请求。',
		lead: '这个地址没有页面。粘贴你正在排查的报错来找到对应页面，或从下面的列表中选择。',
	},
	kind: { direct: '官方直连', router: '聚合路由', gateway: '网关' },
	og: {
		providerKicker: (kind: string) => `服务商 · ${kind}`,
		providerDetail: (causes: string) => `收录的错误：${causes}`,
		noErrors: '接口地址、鉴权与模型',
		separator: ' · ',
		alt: (card: { title: string; kicker: string; detail: string }) =>
			`${card.title}（${card.kicker}；${card.detail}）`,
	},
	copy: { code: '代码' },
	diagrams: {
		asText: '以列表形式呈现的示意图',
		family: { openai: 'OpenAI 格式', anthropic: 'Anthropic 格式' },
		keyHosts: {
			caption:
				'哪种密钥发往哪个主机，以及每个主机提供的接口系列，数据来自上表。请按你自己那种密钥所在的一行取主机和路径。',
			marks: '多种密钥共用一个主机时，用字母把每种密钥和它使用的接口对应起来。',
			title: (name: string) => `${name}：密钥、主机与接口系列`,
			desc: (keys: number, hosts: number, families: number) =>
				`${keys} 种密钥，对应 ${hosts} 个主机，共提供 ${families} 个接口系列；示意图后的列表逐一列出。`,
			item: (key: string, host: string, families: string) => `${key}：${host}，${families}`,
			family: (family: string, path: string) => `${family}，路径 ${path}`,
		},
		keyMap: {
			caption: '每种密钥应发往的主机，数据来自服务商文件。请使用你自己那种密钥所在一行的主机。',
			pathsCaption:
				'每种密钥应发往的主机和基础路径，数据来自服务商文件。请使用你自己那种密钥所在一行的主机和路径。',
			title: '各服务商的密钥与对应主机',
			desc: (providers: number, keys: number) =>
				`${providers} 家服务商的 ${keys} 种密钥，各自对应的主机；示意图后的列表逐一列出。`,
			item: (provider: string, key: string, host: string) => `${provider}，${key}：${host}`,
		},
		triage: {
			caption:
				'怎样读一条报错：单看 HTTP 状态码说明不了原因，响应体里服务商的错误码才能，原因再指向给出修复方法的页面。下面是错误特征库里的真实例子：',
			title: (status: number, causes: number) =>
				`读懂大模型 API 报错：同一个 HTTP ${status}，${causes} 种原因`,
			desc: (status: number, provider: string, codes: readonly string[]) =>
				`${provider} 用 HTTP ${status} 返回错误码 ${codes.join('、')}：每个错误码对应不同原因，并指向各自的页面；示意图后的列表逐一列出每条路径。`,
			steps: { status: 'HTTP 状态码', code: '服务商错误码', cause: '原因', page: '页面' },
			item: (status: number, provider: string, code: string, cause: string) =>
				`HTTP ${status}，${provider} 错误码 ${code}：${cause}。详见`,
		},
	},
	causes: {
		auth: '密钥无效或缺失',
		permission: '没有权限',
		'base-url': 'Base URL 错误',
		model: '模型不存在或未开通',
		format: '接口格式不对',
		region: '密钥属于其他地域或站点',
		balance: '余额或配额用尽',
		'rate-limit': '触发限流',
		'bad-request': '请求格式错误',
		proxy: '中转或代理造成的问题',
		streaming: '流式输出中断',
		server: '服务商过载或故障',
		'context-length': '超出上下文窗口',
		moderation: '被内容审核拦截',
		network: '网络故障（DNS、连接、超时、TLS）',
		'unsupported-param': '参数或取值不受支持',
		'tool-calling': '工具调用或 JSON 模式',
		truncated: '回复被截断或为空',
	},
	retries: {
		never: '不能：重试只会得到同样的失败',
		'after-fix': '修复之后才能',
		backoff: '可以，需退避重试',
	},
	formats: formatNames.zh,
};

const STRINGS: Record<Locale, UiStrings> = { en, zh };

/** The interface strings of a locale (`Astro.currentLocale` in a component). */
export function uiFor(locale: Locale | string | undefined): UiStrings {
	return STRINGS[localeOf(locale)];
}

/** The English strings, for code that has no page (scripts, tests). */
export const ui = en;
/** English labels for causes, retry advice and API formats. */
export const causeLabels = en.causes;
export const retryLabels = en.retries;
export const formatLabels = en.formats;
