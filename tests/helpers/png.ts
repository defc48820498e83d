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
