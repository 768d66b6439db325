/**
 * Reads an indicator's about.{fr,en}.md into parts the methodology page can render as plain
 * Svelte markup (no markdown library, no {@html}): a title (`## …`) and sections that each
 * open with a bold lead (`**Definition.** …`). Inline `**strong**` and `` `code` `` spans
 * are returned as tagged pieces.
 */
export interface AboutSection {
	heading: string;
	text: string;
}

export interface About {
	title: string;
	sections: AboutSection[];
}

export type InlinePiece = { text: string; strong?: true; code?: true };

/**
 * The three sections every about file must have, in this order, saying exactly what is counted:
 * what is in the numerator, what is in the denominator, and what is left out.
 */
export const COUNTED_HEADINGS = {
	fr: ['Numérateur', 'Dénominateur', 'Exclusions'],
	en: ['Numerator', 'Denominator', 'Exclusions']
} as const;

/** Where the indicator departs from its framework's text, on purpose (required in every file). */
export const DIFFERENCES_HEADING = {
	fr: 'Différences avec la source',
	en: 'Differences from the source'
} as const;

/** Title and sections, in file order; lines of a section (lists) are kept with `\n`. */
export function parseAbout(markdown: string): About {
	const title = /^##\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? '';
	const sections: AboutSection[] = [];
	for (const block of markdown.split(/\n\s*\n/)) {
		const match = /^\*\*(.+?)\*\*\s*([\s\S]*)$/.exec(block.trim());
		if (match) sections.push({ heading: match[1]!.replace(/[.:]$/, ''), text: match[2]!.trim() });
		else if (sections.length && !block.trim().startsWith('##'))
			sections[sections.length - 1]!.text += `\n${block.trim()}`;
	}
	return { title, sections };
}

/** Splits `a **b** `c`` into plain, strong and code pieces. */
export function parseInline(text: string): InlinePiece[] {
	const pieces: InlinePiece[] = [];
	for (const part of text.split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
		if (!part) continue;
		if (part.startsWith('**')) pieces.push({ text: part.slice(2, -2), strong: true });
		else if (part.startsWith('`')) pieces.push({ text: part.slice(1, -1), code: true });
		else pieces.push({ text: part });
	}
	return pieces;
}

/**
 * The about markdown cut around its counted sections (COUNTED_HEADINGS), so the methodology page
 * can set them apart: the markdown before the first of them, the three sections (heading and
 * text, in file order), and the markdown after. Sections not found are simply absent.
 */
export function splitCounted(
	markdown: string,
	locale: 'fr' | 'en'
): { before: string; counted: AboutSection[]; after: string } {
	const names: readonly string[] = COUNTED_HEADINGS[locale];
	const before: string[] = [];
	const after: string[] = [];
	const counted: AboutSection[] = [];
	for (const block of markdown.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
		const match = /^\*\*(.+?)\*\*\s*([\s\S]*)$/.exec(block.trim());
		const heading = match?.[1]!.replace(/[.:]$/, '');
		if (match && heading && names.includes(heading))
			counted.push({ heading, text: match[2]!.trim() });
		else (counted.length ? after : before).push(block);
	}
	return { before: before.join('\n\n'), counted, after: after.join('\n\n') };
}
