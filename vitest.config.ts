import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// The build-failure tests run `astro build` in a temporary copy; give them room.
		testTimeout: 120_000,
	},
});
