import { describe, expect, it } from 'vitest';
import { openNodeEngine } from '../../db/node-engine.ts';
import { datasetRecord, newDatasetId, replayOptions } from './dataset-record.ts';
import { readFixture } from '../fixtures/read-fixture.ts';
import { importFile } from '../import-file.ts';

describe('datasetRecord', () => {
	it('freezes every guess of a committed import so a replay guesses nothing', async () => {
		const engine = await openNodeEngine();
		const bytes = readFixture('contracts-bulletin-no-country.csv');
		const result = await importFile(
			engine,
			{ name: 'bulletin.csv', bytes },
			{ country: 'MLI', datasetId: 'bulletin' }
		);
		await engine.close();
		const record = datasetRecord(
			result,
			{ country: 'MLI' },
			bytes.byteLength,
			new Date('2026-01-02T03:04:05Z')
		);
		expect(record).toMatchObject({
			id: 'bulletin',
			kind: 'contracts',
			created: '2026-01-02T03:04:05.000Z',
			accepted: 5,
			rejected: 0,
			byteLength: bytes.byteLength,
			options: {
				encoding: 'utf-8',
				delimiter: ';',
				numberFormat: 'space_comma',
				dateFormat: 'dmy',
				country: 'MLI'
			}
		});
		expect(JSON.parse(JSON.stringify(record))).toEqual(record); // plain data, storable as is
		expect(replayOptions(record)).toMatchObject({
			datasetId: 'bulletin',
			mapping: result.sniff!.mapping
		});
	});

	it('refuses an import that was only checked', async () => {
		const engine = await openNodeEngine();
		const result = await importFile(
			engine,
			{ name: 'x', bytes: readFixture('budget-dot-comma.csv') },
			{ commit: false }
		);
		await engine.close();
		expect(() => datasetRecord(result, {}, 1)).toThrow('committed');
	});
});

describe('newDatasetId', () => {
	it('derives a readable id from the file name and avoids taken ones', () => {
		expect(newDatasetId('Budget défense 2023.csv', [])).toBe('budget-defense-2023');
		expect(newDatasetId('LFI.csv', ['lfi', 'lfi-2'])).toBe('lfi-3');
	});
});
