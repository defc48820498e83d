import { CMD_MAX_LENGTH, toCurlCmd } from './curl-cmd.ts';
import { toCurlPosix } from './curl-posix.ts';
import { toCurlPowerShell } from './curl-powershell.ts';
import { toNodeFetch, toNodeSdk } from './node.ts';
import { toPythonSdk, toPythonUrllib } from './python.ts';
import type { RequestSpec } from './request-spec.ts';
import type { TargetId } from './target-ids.ts';

/** A language the highlighter knows. */
export type SnippetLanguage = 'bash' | 'powershell' | 'bat' | 'python' | 'javascript';

/** One way to send the request: a shell or a language, with how to write it. */
export interface Target {
	id: TargetId;
	/** Tab label. */
	label: string;
	language: SnippetLanguage;
	/** File extension for snapshots and downloads. */
	extension: string;
	/** Writes the request; `key` replaces the environment variable when the reader typed one. */
	generate: (spec: RequestSpec, key?: string) => string;
	/** Things the reader must know about this output, e.g. a length the shell refuses. */
	warnings?: (code: string) => string[];
}

/** Every target, in the order of TARGET_IDS (tab order). The first is the default. */
export const TARGETS: readonly Target[] = [
	{ id: 'bash', label: 'bash / zsh', language: 'bash', extension: 'sh', generate: toCurlPosix },
	{
		id: 'powershell',
		label: 'PowerShell',
		language: 'powershell',
		extension: 'ps1',
		generate: toCurlPowerShell,
	},
	{
		id: 'cmd',
		label: 'cmd',
		language: 'bat',
		extension: 'cmd',
		generate: toCurlCmd,
		warnings: (code) =>
			code.length > CMD_MAX_LENGTH
				? [
						`cmd.exe refuses commands over ${CMD_MAX_LENGTH} characters; this one has ${code.length}. Use PowerShell or bash for a prompt this long.`,
					]
				: [],
	},
	{
		id: 'python-sdk',
		label: 'Python SDK',
		language: 'python',
		extension: 'py',
		generate: toPythonSdk,
	},
	{
		id: 'python-urllib',
		label: 'Python urllib',
		language: 'python',
		extension: 'py',
		generate: toPythonUrllib,
	},
	{
		id: 'node-sdk',
		label: 'Node SDK',
		language: 'javascript',
		extension: 'mjs',
		generate: toNodeSdk,
	},
	{
		id: 'node-fetch',
		label: 'Node fetch',
		language: 'javascript',
		extension: 'mjs',
		generate: toNodeFetch,
	},
];

/** The target with this id, or the default one. */
export function targetById(id: string | null | undefined): Target {
	return TARGETS.find((target) => target.id === id) ?? TARGETS[0]!;
}
