/**
 * `vigie publish FILE... --out DIR --publisher NAME [--publisher-url URL] [--title TITLE]
 *  [--base /path] [--licence SPDX [--licence-url URL]] [--file-country ISO3 FILE...]
 *  [--sheet NAME FILE...] [--allow-rejected] [--no-build] [--lang fr|en]`:
 * builds the whole static site with the given files as its default datasets, kind by kind (the
 * demonstration data stays, labelled, for the kinds not given). Every file goes through the
 * importer first and is reported as `vigie check` reports it; a file with rejected rows stops
 * the publish (exit 1) unless `--allow-rejected`, which publishes the valid rows and writes the
 * rejected ones as CSV beside the site, in `DIR-rejets/`, never inside it. The canonical rows are
 * checked against the field definition. Then `DIR/donnees/` gets the canonical CSVs, the
 * indicator set and a Frictionless Data Package, and the project's build writes the site.
 * `--no-build` writes `DIR/donnees/` only. Exit 2 on a usage error.
 */
import { mkdir, mkdtemp, rm, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openNodeEngine } from '../../lib/db/node-engine.ts';
import type { Engine } from '../../lib/db/engine.ts';
import { translate, type Locale } from '../../lib/i18n/index.ts';
import { checkCanonicalRows } from '../../lib/ingest/fields/canonical-rows.ts';
import { exportRejectedCsv } from '../../lib/ingest/report/rejected-csv.ts';
import { BuildError, buildSite, checkOutDir } from '../../lib/publish/build-site.ts';
import {
	importSources,
	isFileRejected,
	type ImportedSource
} from '../../lib/publish/import-sources.ts';
import { DATA_FOLDER, publishedKinds } from '../../lib/publish/publication.ts';
import { writePublication } from '../../lib/publish/write-publication.ts';
import { printImportReport, printSchemaFailures } from './check.ts';
import { parsePublishArgs, type PublishArgs } from './publish-args.ts';

/** Reports every file as `vigie check` does; true when all of them may be published. */
async function checkSources(
	engine: Engine,
	sources: ImportedSource[],
	args: PublishArgs
): Promise<boolean> {
	const t = (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) =>
		translate(args.locale, key, params);
	let isPublishable = true;
	for (const source of sources) {
		console.log(`== ${source.input.path}`);
		printImportReport(source.result, args.locale);
		if (isFileRejected(source)) {
			console.error(t('publish_file_failed', { file: source.input.path }));
			isPublishable = false;
			continue;
		}
		const { failures } = await checkCanonicalRows(engine, source.kind!, source.datasetId);
		printSchemaFailures(source.input.path, failures);
		if (failures.length) isPublishable = false;
		if (source.result.rejected > 0 && !args.allowRejected) {
			const n = source.result.rejected;
			console.error(t('publish_rejected_stop', { file: source.input.path, n }));
			isPublishable = false;
		}
	}
	return isPublishable;
}

/** `--allow-rejected`: each file's rejected rows, with their error, in `DIR-rejets/`. */
async function writeRejects(
	engine: Engine,
	sources: ImportedSource[],
	out: string,
	locale: Locale
): Promise<void> {
	const dir = `${resolve(out)}-rejets`;
	for (const source of sources) {
		if (source.result.rejected === 0) continue;
		await mkdir(dir, { recursive: true });
		const path = join(dir, `${source.datasetId}.rejets.csv`);
		await writeFile(path, await exportRejectedCsv(engine, source.result, locale));
		const n = source.result.rejected;
		console.error(
			translate(locale, 'publish_rejected_written', { n, file: source.input.path, path })
		);
	}
}

export async function run(argv: string[]): Promise<number> {
	let args: PublishArgs | string;
	try {
		args = parsePublishArgs(argv);
	} catch (error) {
		args = error instanceof Error ? error.message : String(error);
	}
	if (typeof args === 'string') {
		console.error(`${args}\n${translate('fr', 'publish_usage')}`);
		return 2;
	}
	const refused = await checkOutDir(args.out);
	if (refused) {
		console.error(`--out: ${refused}`);
		return 2;
	}
	const started = performance.now();
	const stage = await mkdtemp(join(tmpdir(), 'vigie-publication-'));
	const engine = await openNodeEngine();
	let isOpen = true;
	try {
		const sources = await importSources(engine, args.files);
		if (!(await checkSources(engine, sources, args))) return 1;
		if (args.allowRejected) await writeRejects(engine, sources, args.out, args.locale);
		const publication = await writePublication(engine, sources, stage, { ...args });
		// the build runs for a minute: the engine's memory is given back first
		await engine.close();
		isOpen = false;
		const kinds = publishedKinds(publication)
			.map((k) => translate(args.locale, `import_kind_${k}`))
			.join(', ');
		if (args.build) {
			console.error(translate(args.locale, 'publish_building', { dir: args.out }));
			await buildSite({ publication: stage, out: args.out, base: args.base });
		} else {
			await rm(join(args.out, DATA_FOLDER), { recursive: true, force: true });
			await cp(stage, join(args.out, DATA_FOLDER), { recursive: true });
		}
		const seconds = Math.round((performance.now() - started) / 1000);
		console.log(translate(args.locale, 'publish_done', { dir: args.out, kinds, seconds }));
		return 0;
	} catch (error) {
		if (!(error instanceof BuildError)) throw error;
		console.error(translate(args.locale, 'publish_build_failed', { code: error.code }));
		return 1;
	} finally {
		if (isOpen) await engine.close();
		await rm(stage, { recursive: true, force: true });
	}
}
