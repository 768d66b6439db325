/**
 * The Vite plugin that hands the publication to the pages at build time: the module
 * `virtual:vigie/publication` is `publication.json` of `VIGIE_PUBLICATION` (checked), or `null`
 * on the demonstration site. Inlined in the bundle, so no page requests it at run time; the
 * layout, the provenance notice and the browser's default-data loader read it
 * (`site-publication.ts`).
 */
import type { Plugin } from 'vite';
import { publicationDir, readPublication } from './read-publication.ts';

const ID = 'virtual:vigie/publication';
const RESOLVED = `\0${ID}`;

export function publicationPlugin(): Plugin {
	return {
		name: 'vigie-publication',
		resolveId: (id) => (id === ID ? RESOLVED : undefined),
		async load(id) {
			if (id !== RESOLVED) return undefined;
			const dir = publicationDir();
			const publication = dir ? await readPublication(dir) : null;
			return `export default ${JSON.stringify(publication)};`;
		}
	};
}
