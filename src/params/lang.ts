import type { ParamMatcher } from '@sveltejs/kit';

/** French lives at the root; English under `/en/`. */
export const match: ParamMatcher = (param) => param === 'en';
