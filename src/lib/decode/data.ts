import type { ErrorSignatureData } from '../../schemas/error-signature.ts';
import type { ProviderData } from '../../schemas/provider.ts';
import { errorLinks, questionPath } from '../paths.ts';
import type { DecoderData } from './match.ts';

/**
 * The decoder's data from the collections: every error signature with its page and its row on
 * its provider's page, and the hosts that identify each provider. Pure, so the JSON endpoint and
 * the tests build the same thing.
 */
export function buildDecoderData(input: {
	errors: ReadonlyArray<{ id: string; data: ErrorSignatureData }>;
	questions: ReadonlyArray<{ id: string; data: { title: string } }>;
	providers: ReadonlyArray<{ id: string } & Pick<ProviderData, 'shortName' | 'name' | 'regions'>>;
}): DecoderData {
	const titles = new Map(input.questions.map((question) => [question.id, question.data.title]));
	const links = errorLinks(input.errors);
	return {
		signatures: input.errors.map((error) => ({
			id: error.id,
			providers: error.data.providers,
			title: error.data.title,
			status: error.data.status,
			code: error.data.code,
			messages: error.data.messages.map((message) => message.text),
			cause: error.data.cause,
			retry: error.data.retry,
			fix: error.data.fix,
			page: {
				path: questionPath(error.data.page),
				title: titles.get(error.data.page) ?? error.data.page,
			},
			anchor: links.get(error.id)!,
		})),
		providers: input.providers.map((provider) => ({
			id: provider.id,
			name: provider.shortName,
			names: [
				provider.shortName,
				...provider.name.split(/[()/·,]/).map((part) => part.trim()),
			].filter((name) => name.length >= 3),
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
