/**
 * A PNG encoder for opaque images such as the Open Graph cards. A card is a few flat colours and
 * the anti-aliased edges between them (about a hundred colours in all), so it is written as an
 * indexed image: one byte per pixel instead of three, which deflates faster and to about half the
 * size of the rasterizer's own PNG. An image with more than 256 colours is written as RGB. Rows are
 * stored unfiltered: on flat colours, deflate alone does as well.
 */
import { promisify } from 'node:util';
import { crc32, deflate as deflateCallback } from 'node:zlib';

/** Deflate on libuv's thread pool, off the thread that renders pages. */
const deflate = promisify(deflateCallback);

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Slots of the colour table; a power of two, several times 256, so probes stay short. */
const SLOTS = 4096;
/**
 * Deflate level. On a card, level 2 takes about 1 ms for 26 KB; level 6 about 4 ms for 20 KB, and
 * level 9 about 45 ms for 19 KB.
 */
const LEVEL = 2;

function chunk(type: string, data: Uint8Array): Buffer {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(data, crc32(type)), 0);
	return Buffer.concat([head, data, crc]);
}

function header(width: number, height: number, colourType: 2 | 3): Buffer {
	const data = Buffer.alloc(13);
	data.writeUInt32BE(width, 0);
	data.writeUInt32BE(height, 4);
	data[8] = 8; // bits per sample (RGB) or per index (indexed)
	data[9] = colourType;
	return chunk('IHDR', data);
}

/** Whether `length` bytes at `a` and at `b` are equal (a native comparison). */
function equalRows(bytes: Uint8Array, a: number, b: number, length: number): boolean {
	return Buffer.compare(bytes.subarray(a, a + length), bytes.subarray(b, b + length)) === 0;
}

/**
 * Each pixel's index into a palette of the image's colours, rows preceded by their filter byte
 * (0, none); `null` when the image has more than 256 colours. A colour is compared as its 32-bit
 * RGBA word; alpha is not written, as the images are opaque.
 */
function indexColours(
	pixels: Uint32Array,
	width: number,
	height: number,
): { rows: Buffer; firstPixels: number[] } | null {
	const keys = new Uint32Array(SLOTS);
	const slots = new Int16Array(SLOTS).fill(-1);
	// Where each palette colour first occurs, so its bytes are read back in RGBA order whatever
	// the platform's byte order.
	const firstPixels: number[] = [];
	const rows = Buffer.allocUnsafe((width + 1) * height);
	let previous = -1;
	let previousIndex = 0;
	let out = 0;
	let at = 0;
	const rowBytes = new Uint8Array(pixels.buffer, pixels.byteOffset, pixels.length * 4);
	for (let y = 0; y < height; y += 1) {
		rows[out++] = 0;
		// A row like the one above (most of a card's background) repeats its indices.
		if (y > 0 && equalRows(rowBytes, (y - 1) * width * 4, y * width * 4, width * 4)) {
			rows.copyWithin(out, out - width - 1, out - 1);
			out += width;
			at += width;
			continue;
		}
		for (let x = 0; x < width; x += 1, at += 1) {
			const colour = pixels[at]!;
			// Runs of one colour are the common case: skip the lookup.
			if (colour !== previous) {
				let slot = Math.imul(colour, 0x9e3779b1) >>> 20;
				while (slots[slot] !== -1 && keys[slot] !== colour) slot = (slot + 1) & (SLOTS - 1);
				if (slots[slot] === -1) {
					if (firstPixels.length === 256) return null;
					keys[slot] = colour;
					slots[slot] = firstPixels.length;
					firstPixels.push(at);
				}
				previous = colour;
				previousIndex = slots[slot]!;
			}
			rows[out++] = previousIndex;
		}
	}
	return { rows, firstPixels };
}

/** RGB rows, each preceded by its filter byte (0, none). */
function rgbRows(rgba: Uint8Array, width: number, height: number): Buffer {
	const rows = Buffer.allocUnsafe((width * 3 + 1) * height);
	let out = 0;
	let at = 0;
	for (let y = 0; y < height; y += 1) {
		rows[out++] = 0;
		for (let x = 0; x < width; x += 1, at += 4) {
			rows[out++] = rgba[at]!;
			rows[out++] = rgba[at + 1]!;
			rows[out++] = rgba[at + 2]!;
		}
	}
	return rows;
}

/** The PNG of an opaque image given as RGBA bytes, row by row from the top left. */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Buffer> {
	if (rgba.length !== width * height * 4)
		throw new Error(`${rgba.length} bytes are not ${width} × ${height} RGBA pixels`);
	// A copy when the bytes are not 4-aligned, which a Uint32Array view needs.
	const aligned = rgba.byteOffset % 4 === 0 ? rgba : Uint8Array.from(rgba);
	const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
	const indexed = indexColours(pixels, width, height);
	const parts: Uint8Array[] = [SIGNATURE];
	if (indexed) {
		const table = Buffer.alloc(indexed.firstPixels.length * 3);
		indexed.firstPixels.forEach((pixel, index) => {
			table.set(aligned.subarray(pixel * 4, pixel * 4 + 3), index * 3);
		});
		parts.push(header(width, height, 3), chunk('PLTE', table));
		parts.push(chunk('IDAT', await deflate(indexed.rows, { level: LEVEL })));
	} else {
		parts.push(header(width, height, 2));
		parts.push(chunk('IDAT', await deflate(rgbRows(aligned, width, height), { level: LEVEL })));
	}
	parts.push(chunk('IEND', new Uint8Array(0)));
	return Buffer.concat(parts);
}
