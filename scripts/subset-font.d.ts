// subset-font ships no types; only the call scripts/build-fonts.ts makes is declared.
declare module 'subset-font' {
	export default function subsetFont(
		font: Uint8Array,
		text: string,
		options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }
	): Promise<Uint8Array>;
}
