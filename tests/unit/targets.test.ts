import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TARGET_IDS } from '../../src/lib/snippets/target-ids.ts';
import { TARGETS } from '../../src/lib/snippets/targets.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

describe('snippet targets', () => {
	it('list the generators in the order of TARGET_IDS', () => {
		expect(TARGETS.map((target) => target.id)).toEqual([...TARGET_IDS]);
	});

	// The stylesheet shows the chosen panel before any script runs; a target missing there would
	// show no command at all once chosen.
	it.each(TARGET_IDS)('%s has the rules that show its panel and mark its tab', (id) => {
		expect(css).toContain(`html[data-snippet='${id}'] [data-snippet-panel='${id}']`);
		expect(css).toContain(`html[data-snippet='${id}'] [data-snippet-tab='${id}']`);
	});
});
