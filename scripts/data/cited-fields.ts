/**
 * Field checks shared by the hand-compiled, cited tables in `scripts/data/cited/`: every problem is
 * thrown with the file, the row (1 = header), the column and what was expected.
 */
export const G5_CODES = ['BFA', 'MLI', 'MRT', 'NER', 'TCD'];

export type CitedRecord = Record<string, string>;

export class CitedRow {
	constructor(
		readonly file: string,
		readonly line: number,
		readonly record: CitedRecord
	) {}

	fail(column: string, expected: string): never {
		const got = JSON.stringify(this.record[column] ?? '');
		throw new Error(`${this.file}, row ${this.line}, column ${column}: ${got} — ${expected}`);
	}

	text(column: string, required = true): string {
		const value = (this.record[column] ?? '').trim();
		if (required && value === '') this.fail(column, 'a value is required');
		return value;
	}

	oneOf<T extends string>(column: string, allowed: readonly T[]): T {
		const value = this.text(column);
		if (!allowed.includes(value as T)) this.fail(column, `expected one of ${allowed.join(', ')}`);
		return value as T;
	}

	integer(column: string, min: number, max: number): number {
		const value = Number(this.text(column));
		if (!Number.isInteger(value) || value < min || value > max)
			this.fail(column, `expected a whole number from ${min} to ${max}`);
		return value;
	}

	number(column: string, required = true): number | null {
		const raw = this.text(column, required);
		if (raw === '') return null;
		const value = Number(raw);
		if (!Number.isFinite(value)) this.fail(column, 'expected a number with a dot decimal');
		return value;
	}

	/** An address a reader can open: http(s) only. */
	url(column: string): string {
		const value = this.text(column);
		if (!/^https?:\/\/[^\s]+$/.test(value)) this.fail(column, 'expected an http(s) address');
		return value;
	}

	/** `2024`, `2024-06` or a real calendar date `2024-06-27`; empty when `required` is false. */
	date(column: string, { required = false, day = false } = {}): string {
		const value = this.text(column, required);
		if (value === '') return value;
		const pattern = day ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}(-\d{2}(-\d{2})?)?$/;
		const parsed = new Date(value.length === 4 ? `${value}-01-01` : value);
		// A rolled-over date (2024-02-30 → 2024-03-01) does not print back the same.
		const real =
			pattern.test(value) &&
			!Number.isNaN(parsed.getTime()) &&
			parsed.toISOString().slice(0, value.length) === value;
		if (!real)
			this.fail(
				column,
				day ? 'expected a date YYYY-MM-DD' : 'expected YYYY, YYYY-MM or YYYY-MM-DD'
			);
		return value;
	}
}
