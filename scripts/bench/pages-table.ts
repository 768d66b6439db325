/**
 * Issue 16's page figures: each page's first chart (ms, bytes by then) in this build and, when
 * given, in a baseline build measured in the same run, as figures for `latest.json` and as a
 * side-by-side table with the ratios (this build ÷ baseline).
 */
import { CAP_MS, type FirstChart } from './first-chart.ts';
import { kb, round, type Figure } from './figure.ts';
import type { MakeFigure } from './browser.ts';

const TARGET = { ms: 1500, bytes: 300_000 };

/** "812 ms", or "> 60 s, none (3/3)" when no run showed a chart within the cap. */
function time(c: FirstChart, runs: number): string {
	if (Number.isNaN(c.ms)) return `> ${CAP_MS / 1000} s, none (${c.none}/${runs})`;
	const none = c.none ? ` (none in ${c.none}/${runs})` : '';
	// ↓: painted below the first screen (1280 × 800) in every run.
	return `${Math.round(c.ms).toLocaleString('en-US')} ms${c.inView ? '' : ' ↓'}${none}`;
}

const size = (c: FirstChart) => `${kb(c.bytes).toLocaleString('en-US')} KiB`;

const ratio = (a: number, b: number) =>
	Number.isFinite(a) && Number.isFinite(b) && b > 0 ? `${round(a / b, 3)}×` : '—';

const meets = (c: FirstChart) =>
	!Number.isNaN(c.ms) && c.ms < TARGET.ms && c.bytes < TARGET.bytes ? 'yes' : 'no';

export function sideBySide(
	now: Map<string, FirstChart>,
	before: Map<string, FirstChart> | undefined,
	baseline: string | undefined,
	runs: number
): string {
	const header = before
		? ['page', 'baseline: first chart', 'bytes by then', 'now: first chart', 'bytes by then']
		: ['page', 'first chart', 'bytes by then'];
	header.push(...(before ? ['ratio ms', 'ratio bytes'] : []), '< 1.5 s and < 300 KB');
	const rows = [...now].map(([path, c]) => {
		const b = before?.get(path);
		const cells = [path];
		if (b) cells.push(time(b, runs), size(b));
		cells.push(time(c, runs), size(c));
		// Bytes by the cap of a page that drew nothing are not comparable with bytes by a chart.
		if (b) cells.push(ratio(c.ms, b.ms), ratio(c.bytes, Number.isNaN(b.ms) ? NaN : b.bytes));
		cells.push(meets(c));
		return cells;
	});
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	const title =
		`First chart visible, 1.6 Mbit/s + 150 ms RTT, median of ${runs}` +
		(baseline ? `; baseline: ${baseline}, same run` : '');
	const key = '↓ = painted below the first screen (1280 × 800): the page opens on its key findings';
	const rule = line(widths.map((w) => '-'.repeat(w)));
	return [title, line(header), rule, ...rows.map(line), key].join('\n');
}

export function pageFigures(
	now: Map<string, FirstChart>,
	before: Map<string, FirstChart> | undefined,
	baseline: string | undefined,
	f: MakeFigure
): Figure[] {
	const against = `baseline ${baseline}, same run`;
	return [...now].flatMap(([path, c]) => {
		const b = before?.get(path);
		const note = (x: FirstChart) =>
			[
				Number.isNaN(x.ms) ? `no chart within ${CAP_MS / 1000} s in ${x.none} runs` : '',
				`${x.finished} responses complete by then; engine and data among the bytes: ${kb(x.engine)} KiB`
			]
				.filter(Boolean)
				.join('; ');
		const out = [
			f(
				`${path} first chart visible, 1.6 Mbit/s + 150 ms RTT`,
				round(c.ms, 0),
				'ms',
				b && Number.isFinite(b.ms) ? { value: c.ms / b.ms, against } : undefined,
				'target < 1500 ms'
			),
			f(
				`${path} bytes received by first chart, same link`,
				kb(c.bytes),
				'KiB',
				b && Number.isFinite(b.ms) ? { value: c.bytes / b.bytes, against } : undefined,
				`target < 300 KB; ${note(c)}`
			)
		];
		if (!b) return out;
		return [
			...out,
			f(`${path} baseline: first chart visible`, round(b.ms, 0), 'ms', undefined, note(b)),
			f(`${path} baseline: bytes received by first chart`, kb(b.bytes), 'KiB')
		];
	});
}
