import { describe, expect, it } from 'vitest';
import { parseParamSpecs } from './parse-param-specs.ts';

describe('parseParamSpecs', () => {
	it('groups values by indicator id', () => {
		expect(
			parseParamSpecs([
				'possible-splitting.window_days=45',
				'possible-splitting.threshold=15000000',
				'short-tender-period.threshold_days=10'
			])
		).toEqual({
			'possible-splitting': { window_days: 45, threshold: 15_000_000 },
			'short-tender-period': { threshold_days: 10 }
		});
	});

	it('rejects a missing id, a missing value or a non-number', () => {
		expect(() => parseParamSpecs(['threshold_days=10'])).toThrow(/Bad parameter/);
		expect(() => parseParamSpecs(['short-tender-period.threshold_days='])).toThrow(/Bad parameter/);
		expect(() => parseParamSpecs(['short-tender-period.threshold_days=ten'])).toThrow(
			/Bad parameter/
		);
	});
});
