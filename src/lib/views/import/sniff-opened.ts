/**
 * What an import card shows for a file once opened: its sniffed format, or the problem that stops
 * it (with its code, as `vigie check` reports it), or an unexpected error.
 */
import { UnsupportedEncodingError } from '$lib/ingest/sniff/detect-encoding.ts';
import { fileProblem, type Problem } from '$lib/ingest/report/problems.ts';
import { sniffFile, type FormatOptions, type Sniff } from '$lib/ingest/sniff/sniff-file.ts';
import type { OpenedSource } from '$lib/ingest/source/open-source.ts';

export type Opened = { source: OpenedSource | null; error: string } | null;
export type SniffedCard = { sniff: Sniff | null; refusal: Problem | null; error: string };

/** `opened` is null while the file opens; what the conversion fixed wins over `overrides`. */
export function sniffOpened(opened: Opened, overrides: FormatOptions): SniffedCard {
	const none = { sniff: null, refusal: null, error: '' };
	if (!opened) return none;
	const { source } = opened;
	if (!source) return { ...none, error: opened.error };
	if (source.problem) return { ...none, refusal: source.problem };
	try {
		return { ...none, sniff: sniffFile(source.bytes, { ...overrides, ...source.fixed }) };
	} catch (error) {
		if (error instanceof UnsupportedEncodingError)
			return {
				...none,
				refusal: fileProblem('unsupported_encoding', { encoding: error.encoding })
			};
		return { ...none, error: error instanceof Error ? error.message : String(error) };
	}
}
