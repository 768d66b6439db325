/**
 * Versions stamped on every indicator set, so a published scorecard says which method and which
 * build of Vigie produced it. Bump `METHODOLOGY_VERSION` whenever an indicator's SQL, parameters,
 * bands, units or tables change, or when one is added or removed; then set `METHODOLOGY_DIGEST`
 * to the value the failing test prints (methodology-version.test.ts). Wording of the `about`
 * pages does not count: it changes no number.
 */

/**
 * Semantic version of the indicator methodology (major: a value can change meaning).
 * 2.0.0: contracts under the derogatory / defence-secret regime are in the denominator of the
 * competitive and direct-award shares (and of the accountability gap's non-competitive share)
 * even with no stated method, as not competitive; short tender periods (R003) count every
 * method, as Cardinal does by default; a negative bid count is unknown (R018); PEFA-style PI-1
 * and PI-2 letters need a value in each of their three years and carry those years.
 * 2.1.0: short tender periods (R003) and single bids (R018) leave out cancelled tenders (OCDS
 * tender status `cancelled`), as Cardinal does.
 */
export const METHODOLOGY_VERSION = '2.1.0';

/** SHA-256 of the registry's computational parts at `METHODOLOGY_VERSION` (see the test). */
export const METHODOLOGY_DIGEST =
	'2c736ffef35e4a1e35f03bd3b454762a8e51f318b0eac20453f4f191f6dc342c';

/** Vigie's own version; a test keeps it equal to package.json's. */
export const APP_VERSION = '0.1.0';
