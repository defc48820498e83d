import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeError } from '../../src/lib/decode/match.ts';
import { loadDecoder, packDecoderData, unpackDecoderData } from '../../src/lib/decode/wire.ts';
import { realDecoderData } from '../helpers/decoder-data.ts';

const data = realDecoderData();
const packed = JSON.parse(JSON.stringify(packDecoderData(data))) as ReturnType<
	typeof packDecoderData
>;
const folder = new URL('../fixtures/decode/', import.meta.url);
const texts = readdirSync(folder)
	.filter((name) => name.endsWith('.json'))
	.map(
		(name) => (JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as { input: string }).input,
	);

/** A loader over the packed data that records which files it read. */
function recordingLoader() {
	const read: string[] = [];
	const decoder = loadDecoder(async (path) => {
		read.push(path);
		if (path === '/decode/index.json') return packed.index;
		const id = /\/decode\/signatures\/(.+)\.json$/.exec(path)?.[1];
		if (!id || !packed.files[id]) throw new Error(`no file ${path}`);
		return packed.files[id];
	});
	return { decoder, read };
}

describe('the decoder data on the wire', () => {
	it('unpacks the index and every provider file to exactly the build’s data', () => {
		expect(unpackDecoderData(packed.index, Object.values(packed.files))).toEqual(data);
	});

	it('puts each signature in the file of every provider it names, and no other', () => {
		for (const [provider, rows] of Object.entries(packed.files)) {
			const expected = data.signatures.filter((s) => s.providers.includes(provider)).length;
			expect(rows, provider).toHaveLength(expected);
		}
	});

	it('decodes every fixture exactly as with all the data, loading files only as needed', async () => {
		const { decoder } = recordingLoader();
		for (const text of texts)
			expect(await decoder.decode(text), text.slice(0, 80)).toEqual(decodeError(text, data));
	});

	it('loads the index and one provider’s file for a text that names its host', async () => {
		const { decoder, read } = recordingLoader();
		const result = await decoder.decode(
			'HTTP/2 429\n\n{"error":{"code":"1113","message":"余额不足或无可用资源包,请充值。"}} from https://open.bigmodel.cn/api/paas/v4/chat/completions',
		);
		expect(result.matches[0]?.signature.code).toBe('1113');
		expect(read).toEqual(['/decode/index.json', '/decode/signatures/zhipu.json']);
	});

	it('tries again after a failed load', async () => {
		let fail = true;
		const decoder = loadDecoder(async (path) => {
			if (fail) throw new Error('offline');
			return path === '/decode/index.json' ? packed.index : packed.files['zhipu'];
		});
		await expect(decoder.decode('curl https://open.bigmodel.cn → 1113')).rejects.toThrow('offline');
		fail = false;
		await expect(decoder.decode('curl https://open.bigmodel.cn → 1113')).resolves.toBeDefined();
	});
});
