/**
 * A deliberately small Markdown renderer for Vigie's own explanation files (`about.*.md`):
 * headings, paragraphs, `-` lists, **bold**, *italic*, `code` and [links](https://…).
 * Everything is HTML-escaped first, so no raw HTML, script or `javascript:` link can pass through,
 * and the output is safe for `{@html}` even if a file were edited carelessly.
 */
const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function inline(text: string): string {
	return escapeHtml(text)
		.replace(/`([^`]+)`/g, '<code>$1</code>')
		.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
		.replace(/(^|[^*])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>')
		.replace(
			/\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g,
			'<a href="$2" rel="external noopener">$1</a>'
		);
}

/** Renders Markdown to HTML; `headingOffset` shifts `##` to `<h3>` etc. to fit the page outline. */
export function renderMarkdown(markdown: string, headingOffset = 0): string {
	const blocks = markdown.replace(/\r\n?/g, '\n').split(/\n{2,}/);
	return blocks
		.map((block) => block.trim())
		.filter(Boolean)
		.map((block) => {
			const heading = /^(#{1,5})\s+(.*)$/.exec(block);
			if (heading && !block.includes('\n')) {
				const level = Math.min(6, (heading[1] ?? '#').length + headingOffset);
				return `<h${level}>${inline(heading[2] ?? '')}</h${level}>`;
			}
			const lines = block.split('\n');
			if (lines.every((l) => /^\s*[-*]\s+/.test(l)))
				return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^\s*[-*]\s+/, ''))}</li>`).join('')}</ul>`;
			return `<p>${lines.map(inline).join('<br>')}</p>`;
		})
		.join('\n');
}

/** The text of the first heading, e.g. the indicator's display name. */
export function firstHeading(markdown: string): string | undefined {
	return /^#{1,6}\s+(.+)$/m.exec(markdown)?.[1]?.trim();
}
