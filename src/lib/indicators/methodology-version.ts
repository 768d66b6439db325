/**
 * Versions stamped on every indicator set, so a published scorecard says which method and which
 * build of Vigie produced it. Bump `METHODOLOGY_VERSION` whenever an indicator's SQL, parameters,
 * bands, units or tables change, or when one is added or removed; then set `METHODOLOGY_DIGEST`
 * to the value the failing test prints (methodology-version.test.ts). Wording of the `about`
 * pages does not count: it changes no number.
 */

/** Semantic version of the indicator methodology (major: a value can change meaning). */
export const METHODOLOGY_VERSION = '1.0.0';

/** SHA-256 of the registry's computational parts at `METHODOLOGY_VERSION` (see the test). */
export const METHODOLOGY_DIGEST =
	'935149cafca5977f666f53295d553e9c2f5f5e7f3da1627461efa41d489dd48e';

/** Vigie's own version; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
