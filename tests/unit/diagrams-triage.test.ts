import { describe, expect, it } from 'vitest';
import { loadContentSet } from '../../src/lib/content/load-content-node.ts';
import { diagramProblems } from '../../src/lib/diagrams/diagram.ts';
import {
	layoutTriagePath,
	pickTriageExample,
	type TriageRow,
	type TriageSignature,
} from '../../src/lib/diagrams/triage-path.ts';
import { ui } from '../../src/lib/ui-strings.ts';
import type { Cause } from '../../src/schemas/causes.ts';
import { errorSignatureSchema } from '../../src/schemas/error-signature.ts';

const root = new URL('../..', import.meta.url).pathname;
const REAL: TriageSignature[] = loadContentSet(root).set.errors.map((file) => ({
	id: file.path.replace(/^.*\/|\.yaml$/g, ''),
	data: errorSignatureSchema.parse(file.data),
}));

const signature = (
	id: string,
	status: number | null,
	code: string | undefined,
	cause: Cause,
	page = 'page-a',
): TriageSignature => ({ id, data: { providers: ['p'], status, code, cause, page } });

describe('pickTriageExample', () => {
	it('picks one status split by codes into different causes, one row per cause', () => {
		const rows = pickTriageExample([
			signature('a', 429, '1113', 'balance'),
			signature('b', 429, '1114', 'balance'),
			signature('c', 429, '1302', 'rate-limit'),
			signature('d', 401, '1000', 'auth'),
		]);
		expect(rows.map((row) => row.id)).toEqual(['a', 'c']);
	});

	it('skips a code that stands for two causes, and statuses without codes', () => {
		expect(
			pickTriageExample([
				signature('a', 400, 'InvalidParameter', 'bad-request'),
				signature('b', 400, 'InvalidParameter', 'context-length'),
				signature('c', 400, 'Arrearage', 'balance'),
				signature('d', 429, undefined, 'rate-limit'),
				signature('e', null, '7', 'server'),
			]),
		).toEqual([]);
	});

	it('prefers the status with the most causes', () => {
		const rows = pickTriageExample([
			signature('a', 403, 'x', 'permission'),
			signature('b', 403, 'y', 'balance'),
			signature('c', 400, 'm', 'model'),
			signature('d', 400, 'n', 'bad-request'),
			signature('e', 400, 'o', 'moderation'),
		]);
		expect(rows.map((row) => row.id)).toEqual(['c', 'd']);
	});

	it('finds a real example: one provider and status, distinct codes naming distinct causes', () => {
		const rows = pickTriageExample(REAL);
		expect(rows.length).toBe(2);
		const [first] = rows;
		for (const row of rows) {
			expect(row.data.providers[0]).toBe(first!.data.providers[0]);
			expect(row.data.status).toBe(first!.data.status);
			// No other signature gives the same provider, status and code with another cause.
			const same = REAL.filter(
				(other) =>
					other.data.providers[0] === row.data.providers[0] &&
					other.data.status === row.data.status &&
					other.data.code === row.data.code,
			);
			expect(new Set(same.map((other) => other.data.cause))).toEqual(new Set([row.data.cause]));
		}
		expect(new Set(rows.map((row) => row.data.code)).size).toBe(2);
		expect(new Set(rows.map((row) => row.data.cause)).size).toBe(2);
	});
});

describe('layoutTriagePath', () => {
	const row = (code: string, cause: string, page: string): TriageRow => ({
		status: 429,
		provider: 'Zhipu',
		code,
		cause,
		page: { id: page, title: `How do you fix the errors explained on the page ${page}?` },
	});

	it('forks one status into a column per code, each through its cause to its page', () => {
		const diagram = layoutTriagePath(
			[row('1113', 'Balance or quota exhausted', 'balance'), row('1311', 'No permission', 'model')],
			ui.diagrams.triage.steps,
		);
		expect(diagramProblems(diagram)).toEqual([]);
		const ids = diagram.edges.map((edge) => `${edge.from}>${edge.to}`);
		expect(ids).toEqual([
			'status>code-0',
			'code-0>cause-0',
			'cause-0>page-0',
			'status>code-1',
			'code-1>cause-1',
			'cause-1>page-1',
		]);
		const status = diagram.nodes.find((node) => node.id === 'status')!;
		expect(status.lines.map((line) => line.spans[0]!.text)).toEqual(['HTTP status', '429']);
		const [code0, code1] = ['code-0', 'code-1'].map((id) =>
			diagram.nodes.find((n) => n.id === id)!,
		);
		expect(code0!.x + code0!.width).toBeLessThan(code1!.x);
		expect(code0!.y).toBe(code1!.y);
	});

	it('draws one page box across columns that lead to the same page', () => {
		const diagram = layoutTriagePath(
			[row('1113', 'Balance or quota exhausted', 'glm'), row('1302', 'Rate limited', 'glm')],
			ui.diagrams.triage.steps,
		);
		expect(diagramProblems(diagram)).toEqual([]);
		const pages = diagram.nodes.filter((node) => node.kind === 'page');
		expect(pages).toHaveLength(1);
		expect(pages[0]!.width).toBe(358);
		expect(diagram.edges.filter((edge) => edge.to === pages[0]!.id)).toHaveLength(2);
	});

	it('refuses rows with different statuses', () => {
		expect(() =>
			layoutTriagePath(
				[row('1', 'a', 'x'), { ...row('2', 'b', 'y'), status: 401 }],
				ui.diagrams.triage.steps,
			),
		).toThrow(/one HTTP status/);
	});
});
