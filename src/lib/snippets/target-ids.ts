/**
 * The ids of the snippet targets, in tab order, without their generators: the island's eager code
 * and the inline head script need the ids only, and must stay small.
 */
export const TARGET_IDS = [
	'bash',
	'powershell',
	'cmd',
	'python-sdk',
	'python-urllib',
	'node-sdk',
	'node-fetch',
] as const;

/** A target id. */
export type TargetId = (typeof TARGET_IDS)[number];

/** localStorage key of the reader's chosen target (a shell or language, never anything secret). */
export const SNIPPET_STORAGE_KEY = 'triage:snippet';
