/**
 * The request builder's strings, apart from the rest of the interface: the builder's code runs in
 * the browser and carries these (both languages, about 2 KB), not every string of the site.
 */
import type { ApiFormat } from '../schemas/provider.ts';
import type { Locale } from './i18n.ts';

const en = {
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
};

export type BuilderStrings = typeof en;

const zh: BuilderStrings = {
	customize: '更换服务商、地域、格式或模型',
	controls: '请求选项',
	provider: '服务商',
	region: '地域或站点',
	format: '接口格式',
	model: '模型',
	customModel: '自定义模型 ID',
	customModelHint: '优先于列表，用于本页核对之后才上线的模型。',
	stream: '流式输出（server-sent events）',
	prompt: '提示词',
	baseUrl: '自定义 Base URL',
	baseUrlHint: '如果你经过中转或代理而不是直连服务商，填在这里；直连请留空。',
	key: '把我的密钥写进命令',
	keyHint:
		'可选。密钥只保存在本页内存中：这里会打码显示，不会存储，不会出现在地址栏，也不会发往任何地方。点“复制”时才写进命令。',
	keyMask: '••••••••',
	targets: 'Shell 或语言',
	copy: '复制',
	copiedShort: '已复制',
	copied: '已复制到剪贴板。',
	copyFailed: '浏览器拒绝访问剪贴板；命令已选中，请按 Ctrl+C（Mac 上按 ⌘C）。',
	needsJs: '选项需要 JavaScript；下面的命令对应当前显示的预设。',
	annotationsHeading: '请求的每一部分是什么',
	parts: {
		host: '主机',
		'base-path': '基础路径',
		endpoint: '接口路径',
		auth: '鉴权请求头',
		model: '模型',
	},
	annotations: {
		hostRegion: (region: string) =>
			`${region}的密钥只能用于这个主机；拿别的站点或地域的密钥来调用会返回 401。`,
		hostRelay: '你的中转：它必须原样转发鉴权请求头，且不能改写路径。',
		basePathV1: '/v1 属于 base_url 的一部分；SDK 只会在它后面补上接口路径。',
		basePathNoV1: (path: string) => `这里没有 /v1：SDK 只会在这个路径后面补上 ${path}。`,
		endpoint: '客户端会自动拼上这一段；把它写进 base_url 会重复拼接，导致 404。',
		authBearer: 'Bearer 后面一个空格，密钥不加引号，也不要让工具再加一个 Bearer。',
		authApiKey: '只写密钥本身，不加 Bearer 前缀；Anthropic 格式的接口还需要 anthropic-version。',
		model: '模型 ID 必须一字不差；请从这家服务商的列表里复制。',
	},
};

export const builderStrings: Record<Locale, BuilderStrings> = { en, zh };

/** Names of the API formats. */
export const formatNames: Record<Locale, Record<ApiFormat, string>> = {
	en: {
		openai: 'OpenAI chat completions',
		anthropic: 'Anthropic messages',
	},
	zh: {
		openai: 'OpenAI Chat Completions',
		anthropic: 'Anthropic Messages',
	},
};

/** The builder strings of the page the code runs in, by `<html lang>`. */
export function pageBuilderStrings(): { text: BuilderStrings; formats: Record<ApiFormat, string> } {
	const locale: Locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
	return { text: builderStrings[locale], formats: formatNames[locale] };
}
