/**
 * Cardinal's settings file (an INI file: `ocdscardinal init` writes one; read by the `config`
 * crate, https://cardinal.readthedocs.io/en/latest/cli/indicators/), for the red flags Vigie
 * shares with it: `[R003]` threshold and procurement_methods, `[R003.procurement_method_details]`,
 * `[R018]` procurement_methods, `[exclusions]` procurement_method_details and the top-level
 * `no_price_comparison_procurement_methods`. As in Cardinal, an indicator runs only if its section
 * is present; lists are pipe-separated; an unknown key is an error. Sections of indicators that
 * need bids (R024…R058) and of the `prepare` command are accepted and reported as not computed.
 */
export interface R003Settings {
	threshold: number;
	/** Empty: every procurement method. */
	methods: string[];
	/** Threshold per `tender/procurementMethodDetails` value. */
	details: Record<string, number>;
}

export interface FlagSettings {
	R003?: R003Settings;
	R018?: { methods: string[] };
	/** `procurementMethodDetails` values whose processes no flag looks at. */
	excluded: string[];
	/** Read for compatibility; only price comparisons (R024, R058…) use it. */
	noPriceComparison: string[];
	/** Sections Vigie accepts but does not compute (they need bids), in file order. */
	notComputed: string[];
}

/** Cardinal's defaults: both shared flags, R003 under 15 days, R018 on open and selective. */
export const DEFAULT_FLAG_SETTINGS: FlagSettings = {
	R003: { threshold: 15, methods: [], details: {} },
	R018: { methods: ['open', 'selective'] },
	excluded: [],
	noPriceComparison: [],
	notComputed: []
};

/** What is wrong on a line of the settings file, as a message key's suffix and parameters. */
export type SettingsFault =
	| { fault: 'syntax'; text: string }
	| { fault: 'unknown_section'; name: string }
	| { fault: 'unknown_key'; key: string }
	| { fault: 'not_natural'; value: string };

export class SettingsError extends Error {
	constructor(
		readonly line: number,
		readonly detail: SettingsFault
	) {
		super(`settings, line ${line}: ${JSON.stringify(detail)}`);
	}
}

const BIDS_SECTIONS = ['R024', 'R025', 'R028', 'R030', 'R035', 'R036', 'R038', 'R048', 'R058'];
const PREPARE_SECTIONS = ['output', 'defaults', 'redactions', 'corrections', 'modifications'];
const TOP_KEYS = [
	'currency',
	'no_price_comparison_procurement_methods',
	'price_comparison_procurement_methods'
];
const KEYS: Record<string, string[]> = {
	R003: ['threshold', 'procurement_methods'],
	R018: ['procurement_methods'],
	exclusions: ['procurement_method_details']
};

/** Parses the text of a settings file; throws `SettingsError` with the line at fault. */
export function parseCardinalSettings(text: string): FlagSettings {
	const settings: FlagSettings = { excluded: [], noPriceComparison: [], notComputed: [] };
	let section = '';
	text.split(/\r\n|\n|\r/).forEach((raw, i) => {
		const line = stripComment(raw).trim();
		if (!line) return;
		const header = /^\[(.+)\]$/.exec(line);
		if (header) return void (section = openSection(settings, header[1]!.trim(), i + 1));
		const at = line.includes('=') ? line.indexOf('=') : line.indexOf(':');
		if (at < 1) throw new SettingsError(i + 1, { fault: 'syntax', text: line });
		const key = line.slice(0, at).trim();
		const value = unquote(line.slice(at + 1).trim());
		setValue(settings, section, key, value, i + 1);
	});
	return settings;
}

function openSection(settings: FlagSettings, name: string, line: number): string {
	if (name === 'R003' || name === 'R003.procurement_method_details')
		settings.R003 ??= { threshold: 15, methods: [], details: {} };
	else if (name === 'R018') settings.R018 ??= { methods: ['open', 'selective'] };
	else if (BIDS_SECTIONS.includes(name)) settings.notComputed.push(name);
	else if (
		name !== 'exclusions' &&
		!name.startsWith('codelists') &&
		!PREPARE_SECTIONS.includes(name)
	)
		throw new SettingsError(line, { fault: 'unknown_section', name });
	return name;
}

function setValue(
	settings: FlagSettings,
	section: string,
	key: string,
	value: string,
	line: number
) {
	if (section === 'R003.procurement_method_details')
		return void (settings.R003!.details[key] = natural(value, line));
	if (BIDS_SECTIONS.includes(section) || PREPARE_SECTIONS.includes(section)) return;
	if (section.startsWith('codelists')) return;
	const known = section ? KEYS[section] : TOP_KEYS;
	if (!known?.includes(key))
		throw new SettingsError(line, {
			fault: 'unknown_key',
			key: section ? `[${section}] ${key}` : key
		});
	if (section === 'R003' && key === 'threshold') settings.R003!.threshold = natural(value, line);
	else if (section === 'R003') settings.R003!.methods = pipeList(value);
	else if (section === 'R018') settings.R018!.methods = pipeList(value);
	else if (section === 'exclusions') settings.excluded = pipeList(value);
	else if (key === 'no_price_comparison_procurement_methods')
		settings.noPriceComparison = pipeList(value);
}

/** `open|selective` → ['open', 'selective']; a trailing `|` adds nothing (Rust's split_terminator). */
export function pipeList(value: string): string[] {
	const parts = value.split('|');
	if (parts.at(-1) === '') parts.pop();
	return parts;
}

function natural(value: string, line: number): number {
	if (!/^\d+$/.test(value)) throw new SettingsError(line, { fault: 'not_natural', value });
	return Number(value);
}

/** Full-line comments (`;` or `#`), and ` # …` / ` ; …` after a value, as in Cardinal's docs. */
function stripComment(line: string): string {
	if (/^\s*[;#]/.test(line)) return '';
	return line.replace(/\s+[;#].*$/, '');
}

function unquote(value: string): string {
	return /^"(.*)"$/.test(value) || /^'(.*)'$/.test(value) ? value.slice(1, -1) : value;
}
