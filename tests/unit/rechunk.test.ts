import { describe, expect, it } from 'vitest';
import {
	boundaryPrefixes,
	capPositions,
	chunkBounds,
	splitWords,
	wordUnits,
	type PackedWord,
} from '../../src/lib/search/rechunk.ts';

const word = (text: string, positions: number[][]): PackedWord => [
	text,
	positions.map((locations, page) => [page, locations, []]),
	[],
];

describe('index re-chunking', () => {
	it('counts a word as its positions plus one per page, as Pagefind does', () => {
		expect(wordUnits(word('api', [[1, 2, 3], [4]]))).toBe(6);
	});

	it('keeps the first positions of a word on each page, with the weights before them', () => {
		const [capped] = capPositions([['key', [[3, [-25, 10, 4, -41, 7, 2, 9], [-2, 41]]], []]], 3);
		expect(capped).toEqual(['key', [[3, [-25, 10, 4, -41, 7], [-2, 41]]], []]);
		const [short] = capPositions([['key', [[3, [-25, 10, -41], []]], []]], 3);
		expect(short![1][0]![1]).toEqual([-25, 10]);
	});

	it('closes a chunk once it reaches the target and never splits a word', () => {
		const words = [word('a', [[1, 2]]), word('b', [[1, 2, 3, 4, 5]]), word('c', [[1]])];
		expect(splitWords(words, 4).map((chunk) => chunk.map(([text]) => text))).toEqual([
			['a', 'b'],
			['c'],
		]);
	});

	it('cuts neighbouring boundaries one character past their common prefix', () => {
		expect(boundaryPrefixes('api5619', 'api8')).toEqual(['api5', 'api8']);
		expect(boundaryPrefixes('key', 'keys')).toEqual(['key', 'keys']);
		expect(boundaryPrefixes('余额', '余额不足')).toEqual(['余额', '余额不']);
	});

	it('gives every chunk a range that holds its own words and starts at a short prefix', () => {
		const words = ['0', 'api', 'api_key', 'invalid', 'key', 'keys', '余额'].map((text) =>
			word(text, [[1]]),
		);
		const chunks = splitWords(words, 4);
		const bounds = chunkBounds(chunks);
		chunks.forEach((chunk, index) => {
			for (const [text] of chunk) {
				expect(text >= bounds[index]!.from && text <= bounds[index]!.to, text).toBe(true);
			}
		});
		expect(bounds.map(({ from, to }) => `${from}…${to}`)).toEqual([
			'0…api',
			'api_…invalid',
			'k…keys',
			'余…余额',
		]);
	});
});
