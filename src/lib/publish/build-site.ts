/**
 * Node side of `vigie publish`, last step: the project's own build (`vite build`, then
 * `scripts/precompress.mjs`), run as child processes and told through the environment where the
 * publication is (`VIGIE_PUBLICATION`: the default-data loaders and the pages read it), where to
 * write the site (`VIGIE_BUILD_DIR`), under which base path (`VIGIE_BASE`), and where Kit keeps
 * its intermediate files (`VIGIE_KIT_OUT`, a folder of its own, removed afterwards), so the
 * developer's `.svelte-kit/` and `build/` are never touched. The publication's folder is copied
 * to `DIR/donnees/` before the precompression, so its files get `.br`/`.gz` copies too.
 */
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { DATA_FOLDER } from './publication.ts';

export interface SiteBuild {
	/** The folder `writePublication` wrote. */
	publication: string;
	/** The site's folder (replaced). */
	out: string;
	/** `''` or `/path` (no trailing slash), as Kit's `paths.base`. */
	base: string;
	/** The repository (default: the working directory, where `npm run vigie` runs). */
	root?: string;
}

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
	return new Promise((done, fail) => {
		// Vite's own report goes to stderr: stdout stays the command's.
		const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 2, 2] });
		child.once('error', fail);
		child.once('exit', (code, signal) =>
			code === 0 ? done() : fail(new BuildError(code ?? (signal ? 128 : 1)))
		);
	});
}

export class BuildError extends Error {
	constructor(readonly code: number) {
		super(`build exited with code ${code}`);
	}
}

/**
 * Refuses to replace a folder that is neither empty nor a Vigie site: the build empties its
 * output folder, and `--out .` or `--out src` must never cost anyone their work.
 */
export async function checkOutDir(out: string, root = process.cwd()): Promise<string | null> {
	const dir = resolve(out);
	const up = relative(dir, resolve(root));
	if (!up.startsWith('..') && !isAbsolute(up)) return `${out} holds the project itself`;
	const entries = await readdir(dir).catch(() => null);
	if (!entries || entries.length === 0) return null;
	const isSite = await stat(join(dir, '_app')).then(
		(s) => s.isDirectory(),
		() => false
	);
	return isSite ? null : `${out} is not empty and is not a Vigie site`;
}

export async function buildSite(build: SiteBuild): Promise<void> {
	const root = resolve(build.root ?? process.cwd());
	const out = resolve(build.out);
	// Inside the project (ignored by git as `.svelte-kit-*/`): Kit's server output imports its
	// packages, which Node finds by walking up to the project's node_modules.
	const kitOut = await mkdtemp(join(root, '.svelte-kit-publish-'));
	const env = {
		...process.env,
		VIGIE_PUBLICATION: resolve(build.publication),
		VIGIE_BUILD_DIR: out,
		VIGIE_KIT_OUT: kitOut,
		VIGIE_BASE: build.base
	};
	try {
		await run([join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], root, env);
		await cp(build.publication, join(out, DATA_FOLDER), { recursive: true });
		// GitHub Pages runs Jekyll unless told not to, and Jekyll drops `_app/` (a leading `_`).
		await writeFile(join(out, '.nojekyll'), '');
		await run([join(root, 'scripts', 'precompress.mjs'), out], root, env);
	} finally {
		await rm(kitOut, { recursive: true, force: true });
	}
}
