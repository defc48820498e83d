import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The build-failure tests run `astro build` in a temporary copy; give them room.
		testTimeout: 120_000,
		// The JSON report feeds the pass/fail total that `npm test` prints last.
		reporters: ['default', 'json'],
		outputFile: { json: 'reports/unit.json' },
	},
});
