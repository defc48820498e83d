import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor, type CborValue } from '../../src/lib/search/cbor.ts';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('CBOR subset', () => {
	// Examples from RFC 8949, appendix A.
	it.each<[CborValue, string]>([
		[0, '00'],
		[23, '17'],
		[24, '1818'],
		[100, '1864'],
		[1000, '1903e8'],
		[1000000, '1a000f4240'],
		[-1, '20'],
		[-100, '3863'],
		[-1000, '3903e7'],
		['', '60'],
		['IETF', '6449455446'],
		['水', '63e6b0b4'],
		[[], '80'],
		[[1, [2, 3], [4, 5]], '8301820203820405'],
	])('%j is %s', (value, bytes) => {
		expect(hex(encodeCbor(value))).toBe(bytes);
		expect(decodeCbor(Buffer.from(bytes, 'hex'))).toEqual(value);
	});

	it('round-trips a Pagefind word chunk', () => {
		const chunk: CborValue = [[['api_key', [[2, [-25, 316, 77], [-2, 41]]], []]]];
		expect(decodeCbor(encodeCbor(chunk))).toEqual(chunk);
	});

	it('refuses what Pagefind does not write', () => {
		expect(() => decodeCbor(Buffer.from('a0', 'hex'))).toThrow(/major type 5/);
		expect(() => decodeCbor(Buffer.from('0001', 'hex'))).toThrow(/trailing/);
	});
});
