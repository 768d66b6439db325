/**
 * The options of `vigie publish`. `--file-country ISO3` and `--sheet NAME` apply to the files
 * that follow them (until the next one), so a budget with a country column and a contracts list
 * without one can be published together; given before every file, they apply to all, as in
 * `vigie indicators`.
 */
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../../lib/i18n/index.ts';
import type { PublishInput } from '../../lib/publish/import-sources.ts';
import type { Publication } from '../../lib/publish/publication.ts';

/** Licences a publisher can name by their SPDX id; any other needs `--licence-url`. */
const LICENCES: Record<string, { title: string; path: string }> = {
	'CC-BY-4.0': {
		title: 'Creative Commons Attribution 4.0',
		path: 'https://creativecommons.org/licenses/by/4.0/'
	},
	'CC0-1.0': {
		title: 'Creative Commons Zero 1.0',
		path: 'https://creativecommons.org/publicdomain/zero/1.0/'
	},
	'ODbL-1.0': {
		title: 'Open Data Commons Open Database License 1.0',
		path: 'https://opendatacommons.org/licenses/odbl/1-0/'
	},
	'ODC-By-1.0': {
		title: 'Open Data Commons Attribution License 1.0',
		path: 'https://opendatacommons.org/licenses/by/1-0/'
	},
	'etalab-2.0': {
		title: 'Licence Ouverte / Open Licence 2.0 (Etalab)',
		path: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/'
	}
};

export interface PublishArgs {
	files: PublishInput[];
	out: string;
	publisher: Publication['publisher'];
	title?: string;
	base: string;
	licence: Publication['licence'];
	allowRejected: boolean;
	build: boolean;
	locale: Locale;
}

const OPTIONS = {
	out: { type: 'string' },
	publisher: { type: 'string' },
	'publisher-url': { type: 'string' },
	title: { type: 'string' },
	base: { type: 'string' },
	licence: { type: 'string' },
	'licence-url': { type: 'string' },
	'file-country': { type: 'string', multiple: true },
	sheet: { type: 'string', multiple: true },
	'allow-rejected': { type: 'boolean' },
	'no-build': { type: 'boolean' },
	lang: { type: 'string' }
} as const;

const isHttpUrl = (text: string) => /^https?:\/\/[^\s/]+\S*$/.test(text);

/** The files in order, each with the `--file-country` and `--sheet` given before it. */
function filesInOrder(tokens: NonNullable<ReturnType<typeof parseArgs>['tokens']>): PublishInput[] {
	const files: PublishInput[] = [];
	let country: string | undefined;
	let sheet: string | undefined;
	for (const token of tokens) {
		if (token.kind === 'positional') files.push({ path: token.value, country, sheet });
		else if (token.kind === 'option' && token.name === 'file-country') country = token.value;
		else if (token.kind === 'option' && token.name === 'sheet') sheet = token.value;
	}
	return files.map(
		(f) => Object.fromEntries(Object.entries(f).filter(([, v]) => v)) as PublishInput
	);
}

/** The arguments, or the reason they are wrong (a usage error). */
export function parsePublishArgs(argv: string[], env = process.env): PublishArgs | string {
	const { values, tokens } = parseArgs({
		args: argv,
		allowPositionals: true,
		tokens: true,
		options: OPTIONS
	});
	const files = filesInOrder(tokens);
	if (!files.length) return 'no file to publish';
	if (!values.out) return '--out DIR is required';
	if (!values.publisher?.trim())
		return '--publisher NAME is required: every page says whose data it shows';
	const url = values['publisher-url'];
	if (url && !isHttpUrl(url)) return `--publisher-url: not an http(s) address: ${url}`;
	const base = values.base ?? env.VIGIE_BASE ?? '';
	if (base && !/^\/[^\s?#]*[^/\s?#]$/.test(base))
		return `--base: a path such as /vigie (no trailing slash): ${base}`;
	const name = values.licence ?? 'CC-BY-4.0';
	const known = LICENCES[name];
	if (!known && !values['licence-url'])
		return `--licence: one of ${Object.keys(LICENCES).join(', ')}, or give --licence-url`;
	const licenceUrl = values['licence-url'] ?? known?.path;
	return {
		files,
		out: values.out,
		publisher: { name: values.publisher.trim(), ...(url && { url }) },
		...(values.title?.trim() && { title: values.title.trim() }),
		base,
		licence: { name, title: known?.title ?? name, ...(licenceUrl && { path: licenceUrl }) },
		allowRejected: values['allow-rejected'] === true,
		build: values['no-build'] !== true,
		locale: isLocale(values.lang) ? values.lang : 'fr'
	};
}
