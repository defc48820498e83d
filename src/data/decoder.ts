import type { DecoderData } from '../lib/decode/match.ts';
import { questionPath } from '../lib/paths.ts';
import { loadSite } from './site.ts';

/** The decoder's data: every error signature and the hosts that identify each provider. */
export async function loadDecoderData(): Promise<DecoderData> {
	const site = await loadSite();
	return {
		signatures: site.errors.map((error) => {
			const { id, data } = error;
			const page = site.question(data.page);
			return {
				id,
				providers: data.providers,
				title: data.title,
				status: data.status,
				code: data.code,
				messages: data.messages.map((message) => message.text),
				cause: data.cause,
				retry: data.retry,
				fix: data.fix,
				page: { path: questionPath(page.id), title: page.data.title },
				anchor: site.errorLink(error),
			};
		}),
		providers: site.providers.map((provider) => ({
			id: provider.id,
			name: provider.shortName,
			hosts: [
				...new Set(
					provider.regions.flatMap((region) =>
						[region.openai, region.anthropic].flatMap((endpoint) =>
							endpoint ? [new URL(endpoint.baseUrl).hostname] : [],
						),
					),
				),
			],
		})),
	};
}
