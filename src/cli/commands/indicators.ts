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
import { newDatasetId } from '../../lib/ingest/dataset-record.ts';
import { formatProblem } from '../../lib/ingest/format-problem.ts';
import { importFile } from '../../lib/ingest/import-file.ts';
import { discardImport } from '../../lib/ingest/stage-rows.ts';
import { parseParamSpecs } from '../../lib/indicators/parse-param-specs.ts';
import { resultToJson } from '../../lib/indicators/result-to-json.ts';
import { resultsToCsv } from '../../lib/indicators/results-to-csv.ts';
import { runIndicators } from '../../lib/indicators/run-indicators.ts';
import { loadMilex } from '../../lib/trends/load-milex.ts';

const USAGE =
	'Usage: vigie indicators FILE... [--with-default] [--file-country ISO3] [--country ISO3] [--year YYYY] [--id ID]\n' +
	'                        [--param ID.NAME=VALUE] [--json | --csv] [--lang fr|en]';

/**
 * The one place files enter the engine: each file goes through the same importer as the
 * browser's import page (format detection, mapping, validation), so `vigie indicators` and the
 * page compute on the very same rows. Rejected rows are reported on stderr and left out.
 */
export async function loadInputs(
	engine: Engine,
	files: string[],
	withDefault: boolean,
	fileCountry?: string
): Promise<boolean> {
	if (withDefault) await loadMilex(engine, join(process.cwd(), 'data', 'sipri-milex.csv'));
	const taken: string[] = [];
	let isClean = true;
	for (const file of files) {
		const datasetId = newDatasetId(basename(file), taken);
		taken.push(datasetId);
		const bytes = new Uint8Array(await readFile(file));
		// A file in SIPRI's tidy shape (as `npm run data` writes it) is spending-burden input.
		if (isMilexShaped(bytes)) {
			await loadMilex(engine, file);
			continue;
		}
		const result = await importFile(
			engine,
			{ name: basename(file), bytes },
			{ datasetId, country: fileCountry }
		);
		if (result.staged) await discardImport(engine, result.staged);
		if (!result.committed || result.rejected > 0) {
			isClean = false;
			console.error(
				`${file}: ${result.accepted} accepted, ${result.rejected} rejected — run: npm run vigie -- check ${file}`
			);
			for (const problem of result.problems.filter((p) => p.row === null))
				console.error(`  ${formatProblem(problem, 'en')}`);
		}
	}
	return isClean;
}

const MILEX_HEADER = 'country,year,series,value,status';

function isMilexShaped(bytes: Uint8Array): boolean {
	const head = new TextDecoder().decode(bytes.subarray(0, 200)).replace(/^\uFEFF/, '');
	return head.split(/\r?\n/, 1)[0]?.trim() === MILEX_HEADER;
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
	'file-country': { type: 'string' },
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
		await loadInputs(engine, positionals, values['with-default'], values['file-country']);
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
