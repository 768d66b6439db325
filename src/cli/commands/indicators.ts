/**
 * `vigie indicators FILE... [--with-default] [--country X] [--year Y] [--id ID]
 *  [--param id.name=value] [--json | --csv]`: every indicator computed on the given files
 * (and SIPRI's default data with --with-default), with the same SQL as the browser.
 */
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Engine } from '../../lib/db/engine.ts';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import { isLocale } from '../../lib/i18n/define-messages.ts';
import { translate } from '../../lib/i18n/messages.ts';
import type { IndicatorResult } from '../../lib/indicators/define-indicator.ts';
import { getIndicator } from '../../lib/indicators/index.ts';
import { loadCanonicalCsv } from '../../lib/indicators/load-canonical-csv.ts';
import { parseParamSpecs } from '../../lib/indicators/parse-param-specs.ts';
import { resultToJson } from '../../lib/indicators/result-to-json.ts';
import { resultsToCsv } from '../../lib/indicators/results-to-csv.ts';
import { runIndicators } from '../../lib/indicators/run-indicators.ts';
import { loadMilex } from '../../lib/trends/load-milex.ts';

const USAGE =
	'Usage: vigie indicators FILE... [--with-default] [--country ISO3] [--year YYYY] [--id ID]\n' +
	'                        [--param ID.NAME=VALUE] [--json | --csv] [--lang fr|en]';

/** The one place files enter the engine: swap `loadCanonicalCsv` for the importer here. */
export async function loadInputs(
	engine: Engine,
	files: string[],
	withDefault: boolean
): Promise<void> {
	if (withDefault) await loadMilex(engine, join(process.cwd(), 'data', 'sipri-milex.csv'));
	const seen = new Map<string, number>();
	for (const file of files) {
		// the name becomes dataset_id: two files called budget.csv must stay two datasets
		const count = (seen.get(basename(file)) ?? 0) + 1;
		seen.set(basename(file), count);
		const name = count === 1 ? basename(file) : `${basename(file)}#${count}`;
		await loadCanonicalCsv(engine, name, new Uint8Array(await readFile(file)));
	}
}

function printText(results: IndicatorResult[], locale: 'fr' | 'en'): void {
	for (const r of results) {
		const parts = [r.id, r.country, r.year, r.measure, r.group && `${r.group.by}=${r.group.name}`];
		parts.push(`${r.value ?? '—'} ${r.unit}`, r.score && `[${r.score}]`);
		parts.push(r.coverage && `(${r.coverage.n}/${r.coverage.total})`);
		console.log(parts.filter((p) => p !== undefined && p !== '').join(' '));
	}
	console.log(`\n${translate(locale, 'indicators_flag_disclaimer')}`);
}

const OPTIONS = {
	'with-default': { type: 'boolean', default: false },
	country: { type: 'string', multiple: true },
	year: { type: 'string', multiple: true },
	id: { type: 'string', multiple: true },
	param: { type: 'string', multiple: true, default: [] as string[] },
	json: { type: 'boolean', default: false },
	csv: { type: 'boolean', default: false },
	lang: { type: 'string', default: 'fr' }
} satisfies ParseArgsConfig['options'];

export async function run(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: OPTIONS
	});
	const unknown = (values.id ?? []).filter((id) => !getIndicator(id));
	if ((positionals.length === 0 && !values['with-default']) || unknown.length) {
		console.error(unknown.length ? `Unknown indicator: ${unknown.join(', ')}` : USAGE);
		return 2;
	}
	const engine = await openNodeEngine();
	try {
		await loadInputs(engine, positionals, values['with-default']);
		const results = await runIndicators(engine, {
			ids: values.id,
			countries: values.country?.map((c) => c.toUpperCase()),
			years: values.year?.map(Number),
			params: parseParamSpecs(values.param)
		});
		if (values.json) console.log(JSON.stringify(results.map(resultToJson), null, 2));
		else if (values.csv) process.stdout.write(resultsToCsv(results));
		else printText(results, isLocale(values.lang) ? values.lang : 'fr');
		return 0;
	} finally {
		await engine.close();
	}
}
