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
