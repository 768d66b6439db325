/**
 * Node side of a publication: where the build finds it (`VIGIE_PUBLICATION`, the folder
 * `vigie publish` prepared: canonical CSVs and `publication.json`) and reading it back, checked
 * against its shape so a hand-edited or truncated file stops the build with a clear message
 * instead of a site that says nothing of whose data it shows.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DATA_KINDS } from '../ingest/fields/kinds.ts';
import { PUBLICATION_FILE, PUBLICATION_FORMAT, type Publication } from './publication.ts';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);

const PUBLICATION_SHAPE = z.object({
	format: z.literal(PUBLICATION_FORMAT),
	publisher: z.object({ name: z.string().min(1), url: z.url().optional() }),
	title: z.string().min(1).optional(),
	published: z.iso.datetime(),
	app_version: z.string(),
	methodology_version: z.string(),
	licence: z.object({ name: z.string(), title: z.string(), path: z.string().optional() }),
	datasets: z.array(
		z.object({
			name: z.string().regex(/^[a-z0-9-]+$/),
			kind: z.enum(DATA_KINDS),
			path: z.string().regex(/^[a-z0-9-]+\.csv$/),
			rows: z.int().min(0),
			rejected: z.int().min(0),
			bytes: z.int().min(0),
			sha256,
			source: z.object({
				name: z.string(),
				bytes: z.int().min(0),
				sha256,
				options_sha256: sha256,
				format: z.string(),
				sheet: z.string().optional()
			})
		})
	),
	indicators: z.object({ fingerprint: sha256 })
}) satisfies z.ZodType<Publication>;

/** The folder the build reads the publication from, or null (the demonstration site). */
export function publicationDir(env: NodeJS.ProcessEnv = process.env): string | null {
	return env.VIGIE_PUBLICATION || null;
}

/** `publication.json` of `dir`, checked; throws naming the file and the first wrong field. */
export async function readPublication(dir: string): Promise<Publication> {
	const path = join(dir, PUBLICATION_FILE);
	const parsed = PUBLICATION_SHAPE.safeParse(JSON.parse(await readFile(path, 'utf8')));
	if (parsed.success) return parsed.data as Publication;
	const issue = parsed.error.issues[0]!;
	throw new Error(`${path}: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}

/** Reads one published dataset's canonical CSV. */
export const publishedFileReader = (dir: string) => async (path: string) =>
	new Uint8Array(await readFile(join(dir, path)));
