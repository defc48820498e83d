import { crc32, inflateSync } from 'node:zlib';

/** The PNG file signature, then the IHDR chunk's length (13) and type. */
const PNG_START = Buffer.from([
	0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/** Width and height from a PNG's IHDR header; throws when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	const buffer = Buffer.from(bytes);
	if (buffer.length < 24 || !buffer.subarray(0, 16).equals(PNG_START))
		throw new Error(`not a PNG: starts with ${buffer.subarray(0, 16).toString('hex')}`);
	return { width: buffer.readUInt32BE(16), height: buffer.readUInt32BE(20) };
}

/**
 * Decodes the PNGs our encoder writes (8-bit RGB or indexed, unfiltered rows, one or more IDAT
 * chunks) to RGB bytes, checking every chunk's CRC; throws on anything else.
 */
export function decodeSimplePng(bytes: Uint8Array): { width: number; height: number; rgb: Buffer } {
	const buffer = Buffer.from(bytes);
	const { width, height } = pngSize(buffer);
	let palette: Buffer | undefined;
	let colourType = -1;
	const data: Buffer[] = [];
	for (let at = 8; at < buffer.length;) {
		const length = buffer.readUInt32BE(at);
		const type = buffer.toString('latin1', at + 4, at + 8);
		const body = buffer.subarray(at + 8, at + 8 + length);
		const crc = buffer.readUInt32BE(at + 8 + length);
		if (crc32(body, crc32(type)) !== crc) throw new Error(`${type} chunk has a wrong CRC`);
		if (type === 'IHDR') {
			if (body[8] !== 8 || body[10] !== 0 || body[11] !== 0 || body[12] !== 0)
				throw new Error('only 8-bit, non-interlaced images are decoded');
			colourType = body[9]!;
		} else if (type === 'PLTE') palette = Buffer.from(body);
		else if (type === 'IDAT') data.push(body);
		at += 12 + length;
	}
	if (colourType !== 2 && colourType !== 3) throw new Error(`colour type ${colourType}`);
	const samples = colourType === 2 ? 3 : 1;
	const rows = inflateSync(Buffer.concat(data));
	if (rows.length !== (width * samples + 1) * height) throw new Error('wrong amount of image data');
	const rgb = Buffer.alloc(width * height * 3);
	for (let y = 0; y < height; y += 1) {
		const row = y * (width * samples + 1);
		if (rows[row] !== 0) throw new Error(`row ${y} is filtered`);
		for (let x = 0; x < width; x += 1) {
			const out = (y * width + x) * 3;
			if (colourType === 2) rows.copy(rgb, out, row + 1 + x * 3, row + 4 + x * 3);
			else {
				const index = rows[row + 1 + x]!;
				if (!palette || index * 3 >= palette.length) throw new Error('index outside the palette');
				palette.copy(rgb, out, index * 3, index * 3 + 3);
			}
		}
	}
	return { width, height, rgb };
}
