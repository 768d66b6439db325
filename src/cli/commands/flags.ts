/**
 * `vigie flags FILE... [--settings settings.ini] [--file-country ISO3] [--json] [--lang fr|en]`:
 * imports the files with the page's code (CSV, OCDS JSON, JSON Lines, Flatten Tool CSV) and prints
 * the contracting processes each red flag shared with Cardinal fires on, in Cardinal's output
 * shape (`{"OCID": {ocid: {"R003": 1, "R018": 1}}}`), reading Cardinal's own settings file.
 * Without `--settings`, both flags run with Cardinal's defaults. Rejected rows are left out and
 * reported on stderr; exit status 1 when a file could not be read at all, 2 on a usage error.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import {
	DEFAULT_FLAG_SETTINGS,
	parseCardinalSettings,
	SettingsError,
	type FlagSettings
} from '../../lib/flags/cardinal-settings.ts';
import { cardinalOutput } from '../../lib/flags/cardinal-output.ts';
import { contractFlags } from '../../lib/flags/contract-flags.ts';
import { isLocale, translate, type Locale, type MessageKey } from '../../lib/i18n/index.ts';
import { formatProblem } from '../../lib/ingest/report/format-problem.ts';
import { importFile } from '../../lib/ingest/import-file.ts';
import { newDatasetId } from '../../lib/ingest/persist/dataset-record.ts';

export async function run(argv: string[]): Promise<number> {
	const { values, positionals } = parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			settings: { type: 'string' },
			'file-country': { type: 'string' },
			json: { type: 'boolean', default: false },
			lang: { type: 'string', default: 'fr' }
		}
	});
	const locale: Locale = isLocale(values.lang) ? values.lang : 'fr';
	if (positionals.length === 0) {
		console.error(translate(locale, 'flags_usage'));
		return 2;
	}
	const settings = values.settings
		? await readSettings(values.settings, locale)
		: DEFAULT_FLAG_SETTINGS;
	if (!settings) return 2;
	if (settings.notComputed.length)
		console.error(
			translate(locale, 'flags_not_computed', { sections: settings.notComputed.join(', ') })
		);
	const engine = await openNodeEngine();
	try {
		let status = 0;
		const taken: string[] = [];
		for (const path of positionals) {
			const datasetId = newDatasetId(basename(path), taken);
			taken.push(datasetId);
			if (!(await load(engine, path, datasetId, values['file-country'], locale))) status = 1;
		}
		const result = cardinalOutput(await contractFlags(engine, settings));
		console.log(values.json ? JSON.stringify(result) : JSON.stringify(result, null, 2));
		return status;
	} finally {
		await engine.close();
	}
}

async function readSettings(path: string, locale: Locale): Promise<FlagSettings | null> {
	const text = await readFile(path, 'utf8').catch(() => null);
	if (text === null) {
		console.error(translate(locale, 'flags_settings_not_found', { file: path }));
		return null;
	}
	try {
		return parseCardinalSettings(text);
	} catch (error) {
		if (!(error instanceof SettingsError)) throw error;
		const { fault, ...params } = error.detail;
		const key = `flags_settings_fault_${fault}` as MessageKey;
		console.error(translate(locale, key, { ...params, file: path, line: error.line }));
		return null;
	}
}

/** Imports one file; false when nothing of it could be read (the reasons go to stderr). */
async function load(
	engine: Awaited<ReturnType<typeof openNodeEngine>>,
	path: string,
	datasetId: string,
	country: string | undefined,
	locale: Locale
): Promise<boolean> {
	const bytes = await readFile(path).catch(() => null);
	if (!bytes) {
		console.error(translate(locale, 'import_file_not_found', { file: path }));
		return false;
	}
	const result = await importFile(
		engine,
		{ name: path, bytes: new Uint8Array(bytes) },
		{
			datasetId,
			country,
			kind: 'contracts'
		}
	);
	if (result.rejected > 0 || !result.committed) {
		const { accepted, rejected } = result;
		console.error(translate(locale, 'flags_rejected', { file: path, accepted, rejected }));
		for (const problem of result.problems.filter((p) => p.row === null))
			console.error(`  ${formatProblem(problem, locale)}`);
	}
	return result.committed;
}
