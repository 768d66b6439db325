/** ISO 4217 code of each country's current currency, the unit of SIPRI's local-currency sheet. */
export const LOCAL_CURRENCIES: Record<string, string> = {
	BFA: 'XOF',
	MLI: 'XOF',
	MRT: 'MRU',
	NER: 'XOF',
	TCD: 'XAF'
};

/** SIPRI's currency label must agree with the code we assign (XOF and XAF are both "CFA Francs"). */
const LABEL_PATTERNS: Record<string, RegExp> = {
	XOF: /^CFA Francs?$/i,
	XAF: /^CFA Francs?$/i,
	MRU: /^Ouguiyas?$/i
};

/** Checks SIPRI's `Currency` column against {@link LOCAL_CURRENCIES}; throws on disagreement. */
export function checkCurrencyLabel(iso3: string, label: string): string {
	const code = LOCAL_CURRENCIES[iso3];
	const pattern = code ? LABEL_PATTERNS[code] : undefined;
	if (!code || !pattern || !pattern.test(label.trim())) {
		throw new Error(`unexpected SIPRI currency label for ${iso3}: ${JSON.stringify(label)}`);
	}
	return code;
}
