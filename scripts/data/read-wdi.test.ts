import { describe, expect, it } from 'vitest';
import { readWdiCsv } from './read-wdi.ts';

// The WDI bulk layout: BOM, 4 preamble lines, wide rows, trailing comma. Values from the
// 2018 population file; Mali's 2017 cell is empty as in that vintage.
const FILE =
	'\uFEFF"Data Source","World Development Indicators",\n\n"Last Updated Date","2018-02-22",\n\n' +
	'"Country Name","Country Code","Indicator Name","Indicator Code","2015","2016","2017",\n' +
	'"Mali","MLI","Population, total","SP.POP.TOTL","17467905","17994837","",\n' +
	'"Nigeria","NGA","Population, total","SP.POP.TOTL","181181744","185989640","",\n';

describe('readWdiCsv', () => {
	it('keeps the wanted countries, one row per non-empty year, and the vintage date', () => {
		expect(readWdiCsv(FILE, 'SP.POP.TOTL', 'population', ['MLI'])).toEqual({
			lastUpdated: '2018-02-22',
			rows: [
				{ country: 'MLI', year: 2015, series: 'population', value: 17467905 },
				{ country: 'MLI', year: 2016, series: 'population', value: 17994837 }
			]
		});
	});

	it('throws when the file holds another indicator', () => {
		expect(() => readWdiCsv(FILE, 'NY.GDP.MKTP.CD', 'gdp_usd_current', ['MLI'])).toThrow(/NY.GDP/);
	});
});
