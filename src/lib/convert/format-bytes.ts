import type { Locale } from '../i18n/define-messages.ts';

const UNITS = [
	[1e9, 'gigabyte'],
	[1e6, 'megabyte'],
	[1e3, 'kilobyte']
] as const;

/** A size in the reader's language, decimal units ("1,5 Mo" / "1.5 MB"). */
export function formatBytes(bytes: number, locale: Locale): string {
	const [scale, unit] = UNITS.find(([s]) => bytes >= s) ?? [1, 'byte'];
	return new Intl.NumberFormat(locale, {
		style: 'unit',
		unit,
		maximumFractionDigits: bytes >= 1e6 ? 1 : 0
	}).format(bytes / scale);
}
