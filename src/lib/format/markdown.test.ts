import { describe, expect, test } from 'vitest';
import { firstHeading, renderMarkdown } from './markdown.ts';

describe('renderMarkdown', () => {
	test('renders headings (shifted), bold, code and paragraphs', () => {
		const html = renderMarkdown('## Taux\n\n**Formule.** taux = `Σ exécuté ÷ Σ voté`', 1);
		expect(html).toBe(
			'<h3>Taux</h3>\n<p><strong>Formule.</strong> taux = <code>Σ exécuté ÷ Σ voté</code></p>'
		);
	});
	test('renders dash lists and keeps line breaks inside a paragraph', () => {
		expect(renderMarkdown('- A : 95–105 %\n- B : 90–110 %')).toBe(
			'<ul><li>A : 95–105 %</li><li>B : 90–110 %</li></ul>'
		);
		expect(renderMarkdown('one\ntwo')).toBe('<p>one<br>two</p>');
	});
	test('escapes raw HTML and refuses javascript: links', () => {
		const html = renderMarkdown(
			'<img src=x onerror=alert(1)> [x](javascript:alert(1)) [PEFA](https://www.pefa.org)'
		);
		expect(html).not.toContain('<img');
		expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
		expect(html).not.toContain('href="javascript');
		expect(html).toContain('<a href="https://www.pefa.org" rel="external noopener">PEFA</a>');
	});
	test('firstHeading returns the indicator name', () => {
		expect(firstHeading('## Taux d’exécution du budget\n\ntext')).toBe(
			'Taux d’exécution du budget'
		);
	});
});
