/** File-level check: every required field of the kind must have a column. */
import { FIELD_SPECS, BUDGET_STAGES } from '../fields/field-specs.ts';
import type { Mapping } from './map-headers.ts';
import { fileProblem, type Problem } from '../report/problems.ts';

export function missingColumns(mapping: Mapping): Problem[] {
	const problems = FIELD_SPECS[mapping.kind]
		.filter((spec) => spec.required && !mapping.fields[spec.name])
		.map((spec) => fileProblem('missing_column', { field: spec.name }));
	if (mapping.kind === 'budget' && !BUDGET_STAGES.some((s) => mapping.fields[s])) {
		problems.push(fileProblem('missing_column', { field: 'stages' }));
	}
	return problems;
}
