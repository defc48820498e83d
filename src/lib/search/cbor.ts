/**
 * The part of CBOR (RFC 8949) that Pagefind's index files use: unsigned and negative integers,
 * text strings and arrays, always with definite lengths in their shortest form, as Pagefind's
 * encoder writes them. Decoding anything else throws, so a format change in Pagefind stops the
 * build instead of corrupting the index.
 */
export type CborValue = number | string | CborValue[];

const text = new TextEncoder();
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A major type with its argument, in the shortest form. */
function head(major: number, argument: number, out: number[]): void {
	const type = major << 5;
	if (argument < 24) out.push(type | argument);
	else if (argument < 0x100) out.push(type | 24, argument);
	else if (argument < 0x10000) out.push(type | 25, argument >> 8, argument & 0xff);
	else if (argument < 0x100000000)
		out.push(
			type | 26,
			(argument >>> 24) & 0xff,
			(argument >>> 16) & 0xff,
			(argument >>> 8) & 0xff,
			argument & 0xff,
		);
	else throw new Error(`CBOR: ${argument} is too large for this encoder`);
}

function encodeInto(value: CborValue, out: number[]): void {
	if (typeof value === 'number') {
		if (!Number.isInteger(value)) throw new Error(`CBOR: ${value} is not an integer`);
		if (value >= 0) head(0, value, out);
		else head(1, -1 - value, out);
	} else if (typeof value === 'string') {
		const bytes = text.encode(value);
		head(3, bytes.length, out);
		for (const byte of bytes) out.push(byte);
	} else {
		head(4, value.length, out);
		for (const item of value) encodeInto(item, out);
	}
}

/** The CBOR bytes of `value`. */
export function encodeCbor(value: CborValue): Uint8Array {
	const out: number[] = [];
	encodeInto(value, out);
	return Uint8Array.from(out);
}

/** The value of CBOR `bytes` holding integers, text strings and arrays only. */
export function decodeCbor(bytes: Uint8Array): CborValue {
	let at = 0;
	const argument = (info: number): number => {
		if (info < 24) return info;
		const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : 0;
		if (size === 0) throw new Error(`CBOR: unsupported length form ${info} at byte ${at}`);
		let value = 0;
		for (let index = 0; index < size; index += 1) value = value * 256 + bytes[at++]!;
		return value;
	};
	const item = (): CborValue => {
		if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
		const initial = bytes[at++]!;
		const major = initial >> 5;
		const value = argument(initial & 31);
		if (major === 0) return value;
		if (major === 1) return -1 - value;
		if (major === 3) {
			const start = at;
			at += value;
			return utf8.decode(bytes.subarray(start, at));
		}
		if (major === 4) return Array.from({ length: value }, item);
		throw new Error(`CBOR: unsupported major type ${major} at byte ${at - 1}`);
	};
	const value = item();
	if (at !== bytes.length) throw new Error('CBOR: trailing bytes');
	return value;
}
