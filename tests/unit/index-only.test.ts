import { describe, expect, it } from 'vitest';
import { stripIndexOnly } from '../../src/lib/search/index-only.ts';

describe('stripIndexOnly', () => {
	it('removes the index-only block and keeps everything around it', () => {
		const html =
			'<main><p>Fix it.</p><div hidden data-index-only><span data-pagefind-ignore>' +
			'<span data-pagefind-filter="provider">Zhipu</span></span>' +
			'<span lang="zh-CN">余额 余额不足</span></div><div>after</div></main>';
		expect(stripIndexOnly(html)).toBe('<main><p>Fix it.</p><div>after</div></main>');
	});

	it('removes Pagefind attributes from tags, never from text', () => {
		const html =
			'<article data-pagefind-body><section id="a" data-pagefind-ignore class="x">' +
			'<span data-pagefind-weight="10">msg</span> data-pagefind-body stays in text</section></article>';
		expect(stripIndexOnly(html)).toBe(
			'<article><section id="a" class="x"><span>msg</span> data-pagefind-body stays in text</section></article>',
		);
	});

	it('leaves other hidden blocks alone', () => {
		const html = '<div hidden><p>kept</p></div>';
		expect(stripIndexOnly(html)).toBe(html);
	});
});
