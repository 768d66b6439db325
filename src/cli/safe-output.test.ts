import { describe, expect, it } from 'vitest';
import { escapeControls, guardStream } from './safe-output.ts';

describe('escapeControls', () => {
	it('writes what a terminal would act on as \\uXXXX, and keeps tab, newlines (CRLF too) and text', () => {
		const hostile = 'Ministère\u0000 \u001b[2J\u001b]0;pwned\u0007 Ni\b\b\u202eger\r\u007f\u009b';
		expect(escapeControls(hostile)).toBe(
			'Ministère\\u0000 \\u001b[2J\\u001b]0;pwned\\u0007 Ni\\u0008\\u0008\\u202eger\\u000d\\u007f\\u009b'
		);
		const plain = 'Crédits votés\t1\u202f500,0\u00a0FCFA\r\n« Défense » — ’ ٣ ميزانية\n';
		expect(escapeControls(plain)).toBe(plain);
	});

	it('keeps a JSON document valid: the escape is JSON’s own', () => {
		const text = JSON.stringify({ name: 'a\u007fb\u202ec\u001bd' });
		expect(JSON.parse(escapeControls(text))).toEqual({ name: 'a\u007fb\u202ec\u001bd' });
	});
});

describe('guardStream', () => {
	it('escapes strings and bytes written to the stream, and passes the callback on', () => {
		const written: unknown[] = [];
		const stream = {
			write: (chunk: unknown, callback?: () => void) => {
				written.push(chunk);
				callback?.();
				return true;
			}
		} as unknown as NodeJS.WriteStream;
		guardStream(stream);
		let called = false;
		stream.write('\u001b[31mrouge\n', () => (called = true));
		stream.write(new TextEncoder().encode('\u0000nul'));
		expect(written).toEqual(['\\u001b[31mrouge\n', '\\u0000nul']);
		expect(called).toBe(true);
	});
});
