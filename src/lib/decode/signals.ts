/**
 * What a pasted text says about the class of an error when no signature's code or message
 * matches: transport failures (curl exit codes, Node and Python exceptions), a request path the
 * provider cannot serve, SDK exception classes, and the wording every provider shares for context
 * windows, moderation, cut-off replies, unsupported parameters and tool calls. Each rule names the
 * cause and, where one exists, the cross-provider page that explains it. Pure and browser-safe.
 */
import type { Cause } from '../../schemas/causes.ts';

/** How much a class signal weighs against a signature match. */
export type SignalStrength =
	/** No HTTP response arrived (DNS, connect, TLS): any message in the text is not the provider's. */
	| 'transport'
	/** The request path cannot be served (a doubled `/v1`): a 404 body's words say little more. */
	| 'path'
	/** Shared wording: used only when no signature matches. */
	| 'text';

/** One class a text belongs to, with what showed it. */
export interface ClassSignal {
	cause: Cause;
	/** Question page id that explains the class across providers, when there is one. */
	page?: string | undefined;
	strength: SignalStrength;
	/** What was seen, quoted from the text. */
	evidence: string;
}

interface Rule {
	cause: Cause;
	page?: string;
	strength: SignalStrength;
	/** Case-insensitive unless the pattern says otherwise; the first match is the evidence. */
	patterns: RegExp[];
}

/**
 * curl's exit codes for failures before any HTTP response (man curl, EXIT CODES): 6 resolve,
 * 7 connect, 28 timeout, 35 TLS handshake, 52 empty reply, 56 receive failure, 60 certificate.
 */
const CURL_PAGES: Record<string, string> = {
	'6': 'could-not-resolve-host',
	'7': 'connection-timeout-or-reset',
	'28': 'connection-timeout-or-reset',
	'35': 'tls-certificate-and-proxy-errors',
	'52': 'connection-timeout-or-reset',
	'56': 'connection-timeout-or-reset',
	'60': 'tls-certificate-and-proxy-errors',
};

/** A JSON, Python or JavaScript field and its value: `"finish_reason": "length"`, `finish_reason='length'`. */
const field = (name: string, values: string) =>
	new RegExp(`["']?\\b${name}["']?\\s*[:=]\\s*["']?(?:${values})\\b`, 'i');

/** Rules in order: the first rule of each strength that matches is the one reported. */
const RULES: Rule[] = [
	{
		cause: 'network',
		page: 'could-not-resolve-host',
		strength: 'transport',
		patterns: [
			/\b(?:ENOTFOUND|EAI_AGAIN)\b/,
			/could not resolve\b|could not contact DNS|DNS (?:lookup|resolution) failed/i,
			/\bgetaddrinfo\b/i,
			/name or service not known|nodename nor servname|temporary failure in name resolution/i,
			/no address associated with hostname|NameResolutionError|Failed to resolve/i,
			/\[Errno (?:-2|-3|-5|8|11001|11002)\]/,
			/dial tcp: lookup .+ no such host/i,
		],
	},
	{
		cause: 'network',
		page: 'tls-certificate-and-proxy-errors',
		strength: 'transport',
		patterns: [
			/\b(?:UNABLE_TO_GET_ISSUER_CERT_LOCALLY|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_VERIFY_LEAF_SIGNATURE|CERT_HAS_EXPIRED|ERR_TLS_CERT_ALTNAME_INVALID|CERTIFICATE_VERIFY_FAILED)\b/,
			/SSL certificate problem|unable to (?:get local issuer|verify the first) certificate|self[- ]signed certificate|certificate verify failed|certificate has expired/i,
			/\bSSL(?:CertVerification|EOF|ZeroReturn)?Error\b|wrong version number|x509: certificate/i,
			/\bProxyError\b|Proxy Authentication Required|tunneling socket could not be established|socks connect|proxyconnect tcp/i,
		],
	},
	{
		cause: 'network',
		page: 'connection-timeout-or-reset',
		strength: 'transport',
		patterns: [
			/\b(?:ECONNRESET|ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|ECONNABORTED)\b/,
			/\bUND_ERR_[A-Z_]+\b/,
			/\bfetch failed\b|socket hang up|other side closed/i,
			/connection (?:was )?(?:reset|refused|aborted)|ConnectionRefused|\[(?:Errno|WinError) (?:104|110|111|61|54|60|10054|10060|10061)\]/i,
			/\b(?:httpx|httpcore|requests\.exceptions|aiohttp(?:\.client_exceptions)?)\.\w*(?:Timeout|ConnectError|ConnectionError|ReadError|RemoteProtocolError|ServerDisconnectedError|ClientConnectorError)\b/,
			/\b(?:Read|Connect|Pool)Timeout(?:Error)?\b|\bAPITimeoutError\b|\bAPIConnectionError\b.*\b(?:timed out|refused|reset)/,
			/Failed to (?:establish a new connection|connect to)|Empty reply from server|Recv failure|Timeout was reached|i\/o timeout|RemoteDisconnected|IncompleteRead/i,
			/连接尝试失败|没有正确答复|连接超时|连接被(?:重置|拒绝)/,
		],
	},
	{
		cause: 'base-url',
		page: 'wrong-base-url-404',
		strength: 'path',
		patterns: [
			/\/v\d+(?:beta)?\/v\d+\//i,
			/\/chat\/completions\/(?:v\d+\/)?chat\/completions/i,
			/\/(?:chat\/completions|messages)\/v\d+\b/i,
			/\/api\/(?:coding\/)?paas\/(?:chat|completions|v1)\b/i,
			/\/compatible-mode\/chat\/completions/i,
			// A Spring-style 404 body names the path the server has no route for (BigModel sends these).
			/["']status["']\s*:\s*404\s*,\s*["']error["']\s*:\s*["']Not Found["']\s*,\s*["']path["']/,
			/Invalid URL \((?:POST|GET) \//,
		],
	},
	{
		cause: 'format',
		page: 'openai-format-on-anthropic-endpoint',
		strength: 'text',
		patterns: [
			/max_tokens: Field required|["']loc["']\s*:\s*\[\s*["']body["']\s*,\s*["']max_tokens["']/,
			/Unexpected role "?system"?|roles must alternate/i,
		],
	},
	{
		cause: 'network',
		page: 'connection-timeout-or-reset',
		strength: 'text',
		patterns: [/\btimed out\b|gateway time-?out|request timeout|请求超时/i],
	},
	{
		cause: 'moderation',
		page: 'output-stopped-content-filter',
		strength: 'text',
		patterns: [
			field('finish_?reason', 'content_filter|sensitive'),
			field('finishReason', 'SAFETY|RECITATION|PROHIBITED_CONTENT|BLOCKLIST|SPII'),
			field('stop_reason', 'refusal'),
			/Output\w*Sensitive|output (?:image|text|content) may contain sensitive/i,
		],
	},
	{
		cause: 'truncated',
		page: 'reply-cut-off-or-empty',
		strength: 'text',
		patterns: [
			field('finish_?reason', 'length|MAX_TOKENS'),
			field('stop_reason', 'max_tokens|model_context_window_exceeded'),
			/LengthFinishReasonError|output token maximum/i,
		],
	},
	{
		cause: 'context-length',
		page: 'context-window-exceeded',
		strength: 'text',
		patterns: [
			/context[_ ]length[_ ]exceeded|maximum context length|context (?:window|length) (?:is )?(?:exceed|too)|exceeds? (?:the )?(?:model'?s? )?(?:maximum )?context/i,
			/(?:prompt|input) (?:is )?too long|(?:prompt|input) exceeds (?:the )?max|too many (?:input )?tokens|input token count|exceeds the maximum number of tokens|range of input length/i,
			/(?:context|input|prompt) token limit|token limit (?:exceeded|reached)|exceeds? (?:the )?token limit|reduce the length of the (?:messages|prompt)/i,
			/上下文(?:长度)?(?:超|过)|超出(?:了)?(?:模型)?(?:最大)?(?:上下文|token|长度)|输入(?:长度|内容)?(?:过长|超)/,
		],
	},
	{
		cause: 'moderation',
		page: 'content-moderation-blocked',
		strength: 'text',
		patterns: [
			/content[_ ]?(?:filter|policy|management policy|moderation)|blockReason["']?\s*:\s*["']?[A-Z]|BlockedReason\w+|blocked: prompt|PROHIBITED_CONTENT/,
			/inappropriate content|sensitive (?:words?|content|information)|SensitiveContent|unsafe content|safety (?:system|filter|settings)|usage polic(?:y|ies)|responsible ?AI/i,
			/敏感|不安全|违规|内容审核/,
		],
	},
	{
		cause: 'truncated',
		page: 'reply-cut-off-or-empty',
		strength: 'text',
		patterns: [
			/empty[_ ]response|no (?:actual )?response content|response too long|was cut off|空响应|返回(?:了)?空/i,
			/\b(?:remained|was|is|got) truncated\b|truncated (?:response|output|reply)/i,
		],
	},
	{
		cause: 'unsupported-param',
		page: 'anthropic-thinking-budget-errors',
		strength: 'text',
		patterns: [
			/budget_tokens|thinking\.budget|\badaptive\b.*\bthinking|output_config|extended thinking/i,
			/(?:claude|anthropic|bedrock)[\s\S]*\bthinking\b|\bthinking\b[\s\S]*(?:claude|anthropic|bedrock)/i,
		],
	},
	{
		cause: 'unsupported-param',
		page: 'max-tokens-vs-max-completion-tokens',
		strength: 'text',
		patterns: [/max_completion_tokens/i],
	},
	{
		cause: 'tool-calling',
		page: 'json-mode-schema-errors',
		strength: 'text',
		patterns: [
			/response_format|json_schema|json_object|responseSchema|response_mime_type|NoObjectGenerated|structured output/i,
		],
	},
	{
		cause: 'tool-calling',
		page: 'tool-calling-errors',
		strength: 'text',
		patterns: [
			/tool_calls?|tool_call_id|tool_use|tool_result|tool_choice|function[_ ]?(?:call|declaration)|functionDeclaration|does not support tools|tool use/i,
			/\btools?\b.{0,20}\b(?:not available|not (?:yet )?implemented|unavailable)|fetch tools/i,
		],
	},
	{
		cause: 'unsupported-param',
		page: 'reasoning-model-unsupported-parameter',
		strength: 'text',
		patterns: [
			/unsupported[_ ](?:parameter|value)|not supported with this model|does not support (?:the )?(?:parameter|param)|UnsupportedParamsError|unrecognized request argument|extra inputs are not permitted|unknown (?:parameter|field)/i,
			/reasoning_effort|reasoning_content|enable_thinking|\bthinking(?:_?config|\.type)\b/i,
		],
	},
	{
		cause: 'rate-limit',
		page: 'rate-limit-vs-quota-429',
		strength: 'text',
		patterns: [
			/\bRateLimitError\b|rate[_ ]limit|too many requests|requests per minute|\bRPM\b|\bTPM\b|限流|请求过于频繁|并发/i,
		],
	},
	{
		cause: 'model',
		page: 'model-not-found-or-not-enabled',
		strength: 'text',
		patterns: [
			/model[_ ]not[_ ]found|model .{0,60}(?:does not exist|not found|is not supported|not available)|no such model|unknown model|invalid model|模型不存在/i,
		],
	},
	{
		cause: 'auth',
		strength: 'text',
		patterns: [
			/\bAuthenticationError\b|invalid[_ ]api[_ ]key|incorrect api key|invalid (?:x-)?api[- ]key|api key (?:is )?(?:invalid|not valid|expired)|authentication fail|unauthori[sz]ed|身份验证失败|鉴权失败|令牌已过期/i,
		],
	},
	{
		cause: 'balance',
		strength: 'text',
		patterns: [
			/insufficient[_ ](?:balance|quota|credits?)|credit balance|余额不足|欠费|Arrearage|exceeded your current (?:token )?quota/i,
		],
	},
	{
		cause: 'permission',
		strength: 'text',
		patterns: [
			/\bPermissionDeniedError\b|permission denied|not allowed to|no permission|无权限|没有权限/i,
		],
	},
	{
		cause: 'server',
		strength: 'text',
		patterns: [
			/\b(?:InternalServerError|ServiceUnavailableError|OverloadedError|APIStatusError: 5\d\d)\b|overloaded|service unavailable|bad gateway|gateway time-?out|internal server error|服务(?:繁忙|过载)/i,
		],
	},
];

/** `curl: (6) Could not resolve host`, as curl prints its failures. */
const CURL_ERROR = /\bcurl: \((\d+)\)[^\n]*/;

/** The matched text, trimmed to a readable length. */
function quote(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > 80 ? `${line.slice(0, 77)}…` : line;
}

/**
 * Every class the text shows, strongest first: transport failures, then request-path mistakes,
 * then shared wording in rule order. Empty when the text says nothing about its class.
 */
export function classSignals(text: string): ClassSignal[] {
	const signals: ClassSignal[] = [];
	const curl = CURL_ERROR.exec(text);
	const curlPage = curl ? CURL_PAGES[curl[1]!] : undefined;
	if (curl && curlPage)
		signals.push({
			cause: 'network',
			page: curlPage,
			strength: 'transport',
			evidence: quote(curl[0]),
		});
	for (const rule of RULES) {
		for (const pattern of rule.patterns) {
			const match = pattern.exec(text);
			if (!match) continue;
			signals.push({
				cause: rule.cause,
				page: rule.page,
				strength: rule.strength,
				evidence: quote(match[0]),
			});
			break;
		}
	}
	const order: SignalStrength[] = ['transport', 'path', 'text'];
	return signals.sort((a, b) => order.indexOf(a.strength) - order.indexOf(b.strength));
}

/** Question page ids the rules name, so the build can check each exists. */
export const CLASS_PAGES: readonly string[] = [
	...new Set([...Object.values(CURL_PAGES), ...RULES.flatMap((rule) => rule.page ?? [])]),
];
