import { describe, expect, it } from 'vitest';
import { toUtf8, toUtf8InSlices } from './detect-encoding.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('toUtf8InSlices', () => {
	it('re-encodes Windows-1252 in slices exactly as in one go, typographic quote and € included', async () => {
		// "Défense’ 5 €": é = 0xE9, ’ = 0x92, € = 0x80 in Windows-1252
		const cp1252 = new Uint8Array([0x44, 0xe9, 0x66, 0x92, 0x20, 0x35, 0x20, 0x80, 0x0a]);
		const sliced = await toUtf8InSlices(cp1252, 'windows-1252', false, undefined, 2);
		expect(text(sliced)).toBe('Déf’ 5 €\n');
		expect(sliced).toEqual(toUtf8(cp1252, 'windows-1252'));
	});

	it('keeps UTF-8 whose multi-byte characters are cut by a slice boundary, without its BOM', async () => {
		const file = utf8('\uFEFFa;b\nDéfense;Sécurité\n');
		// 3-byte slices cut "é" (2 bytes) apart at several places
		const sliced = await toUtf8InSlices(file, 'utf-8', true, undefined, 3);
		expect(text(sliced)).toBe('a;b\nDéfense;Sécurité\n');
	});

	it('falls back to Windows-1252 when a file thought UTF-8 is not, like toUtf8', async () => {
		const file = new Uint8Array([...utf8('a;b\n'), 0x44, 0xe9, 0x66]);
		const sliced = await toUtf8InSlices(file, 'utf-8', true, undefined, 2);
		expect(text(sliced)).toBe('a;b\nDéf');
	});

	it('stops between slices once cancelled', async () => {
		const controller = new AbortController();
		controller.abort();
		const file = new Uint8Array([0x44, 0xe9, 0x66]);
		await expect(
			toUtf8InSlices(file, 'windows-1252', false, controller.signal, 1)
		).rejects.toThrow();
	});
});
