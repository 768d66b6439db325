/**
 * ESLint rule `vigie/layer-imports`: a module may import only from its own layer and the layers its
 * row of LAYERS names (CONTRIBUTING.md, "Layers"). It reads every static import, re-export and
 * `import()` whose path is relative or starts with `$lib`, resolves it to a folder of `src/`, and
 * reports an import that runs the wrong way, and a folder the table does not place.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's root (this file is scripts/lint/layer-imports.js), whatever ESLint's cwd. */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The library's layers, bottom to top. A layer may import its own row and the rows below it, so
 * an import that climbs (`charts` → `db`, `indicators` → `views`) is reported. Exceptions below.
 */
const ROWS = [
	['i18n', 'format'],
	// The engine wrapper: the only importer of duckdb-wasm.
	['db'],
	// Sniffing, typing and staging a file use the engine.
	['ingest'],
	['trends', 'export'],
	// Red flags per contract (Cardinal's R003, R018) read the canonical tables as indicators do.
	// A publication (`vigie publish`) is the site's default datasets, which explore loads.
	['indicators', 'flags', 'explore', 'map', 'publish'],
	['credibility', 'procurement', 'oversight', 'convert', 'governance'],
	// Key findings are built from every domain's results (indicators, governance series…).
	['findings'],
	// The browser's workspace: one engine, the user's datasets replayed, shared by the views.
	['workspace'],
	['charts'],
	['views'],
	// SvelteKit's routes and the files of src/ itself (hooks, service worker, params).
	['routes', 'app']
];

const PURE = ['i18n', 'format'];
const below = (layer) => ROWS.slice(0, ROWS.findIndex((row) => row.includes(layer)) + 1).flat();
const LIB = ROWS.flat().filter((layer) => layer !== 'routes' && layer !== 'app');

/** Layer → the layers it may import (itself always). Folders of `src/lib/` are layers. */
export const LAYERS = {
	...Object.fromEntries(ROWS.flat().map((layer) => [layer, below(layer)])),
	// Messages and locales are the floor: they import nothing of the app.
	i18n: [],
	format: PURE,
	// Charts take rows and labels as props: they never query, import files or compute indicators.
	charts: [...PURE, 'export', 'map'],
	// Build-time (prerender) code, the command line and its hostile-input test: any library
	// layer but the Svelte views; routes may import `server`, nothing else in lib may.
	server: LIB.filter((layer) => layer !== 'views'),
	cli: [...LIB.filter((layer) => layer !== 'views'), 'server'],
	hostile: [...LIB.filter((layer) => layer !== 'views'), 'server', 'cli'],
	routes: [...below('routes'), 'server'],
	app: [...below('app'), 'server']
};

/** The layer of a file of `src/` (`src/lib/db/engine.ts` → `db`), or undefined outside `src/`. */
export function layerOf(file, root) {
	const parts = path.relative(path.join(root, 'src'), file).split(path.sep);
	if (parts[0] === '..' || path.isAbsolute(parts[0])) return undefined;
	if (parts[0] === 'lib') return parts.length > 2 ? parts[1] : 'app';
	if (parts[0] === 'routes' || parts[0] === 'cli') return parts[0];
	return 'app';
}

/** The file an import path names, or undefined for a package (`d3`, `node:fs`, `$app/…`). */
function resolveImport(spec, file, root) {
	if (spec === '$lib' || spec.startsWith('$lib/'))
		return path.join(root, 'src', 'lib', spec.slice('$lib/'.length));
	if (spec.startsWith('./') || spec.startsWith('../'))
		return path.resolve(path.dirname(file), spec);
	return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const layerImports = {
	meta: {
		type: 'problem',
		docs: { description: 'Layers import downward only (CONTRIBUTING.md, "Layers")' },
		// Temporary exceptions, each one import of one file: `{ from, to, why }` (paths from the root).
		schema: [
			{
				type: 'array',
				items: {
					type: 'object',
					properties: { from: { type: 'string' }, to: { type: 'string' }, why: { type: 'string' } },
					required: ['from', 'to', 'why'],
					additionalProperties: false
				}
			}
		],
		messages: {
			upward:
				"'{{from}}' may not import '{{to}}' ({{spec}}): '{{from}}' may import only {{allowed}}. " +
				'Move the shared code down, or pass it in as a prop or argument.',
			unplaced:
				"The folder src/lib/{{layer}} is not in the layer table: add it to LAYERS in scripts/lint/layer-imports.js and to CONTRIBUTING.md's table."
		}
	},
	create(context) {
		const root = ROOT;
		const file = context.filename;
		const from = layerOf(file, root);
		if (!from) return {};
		const relative = (target) => path.relative(root, target).split(path.sep).join('/');
		const excepted = new Set(
			(context.options[0] ?? []).filter((e) => e.from === relative(file)).map((e) => e.to)
		);

		function check(node, source) {
			if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
			const target = resolveImport(source.value.split('?')[0], file, root);
			const to = target && layerOf(target, root);
			if (!to || to === from) return;
			for (const layer of [from, to]) {
				if (!(layer in LAYERS)) {
					context.report({ node: source, messageId: 'unplaced', data: { layer } });
					return;
				}
			}
			if (LAYERS[from].includes(to) || excepted.has(relative(target))) return;
			// A unit test may load its data with the build-time loaders of `server/` (real files in
			// Node); shipped code never does.
			if (to === 'server' && /\.test\.ts$/.test(file)) return;
			const allowed = LAYERS[from].length ? LAYERS[from].join(', ') : 'nothing of the app';
			context.report({
				node: source,
				messageId: 'upward',
				data: { from, to, spec: source.value, allowed }
			});
		}

		return {
			ImportDeclaration: (node) => check(node, node.source),
			ExportNamedDeclaration: (node) => check(node, node.source),
			ExportAllDeclaration: (node) => check(node, node.source),
			ImportExpression: (node) => check(node, node.source)
		};
	}
};

export default { rules: { 'layer-imports': layerImports } };
