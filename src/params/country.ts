import type { ParamMatcher } from '@sveltejs/kit';

/** Country profiles live at `/pays/<iso3 in lower case>/`, for the five G5 Sahel countries. */
export const match: ParamMatcher = (param) => ['bfa', 'mli', 'mrt', 'ner', 'tcd'].includes(param);
