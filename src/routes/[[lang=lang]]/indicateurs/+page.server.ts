// The page is computed at build time by DuckDB in Node: the indicators on the site's default data
// (SIPRI + demonstration records, the loader the browser runs) and the accountability matrix on
// published data (SIPRI, OBS, PEFA, GDI), which no filter and no import changes.
import {
	MATRIX_DEFAULT_FROM,
	queryAccountabilityMatrix
} from '$lib/governance/matrix/matrix-inputs.ts';
import type { MatrixCell } from '$lib/governance/matrix/matrix-types.ts';
import { exploreInitial } from '$lib/server/explore-initial.ts';
import { openGovernanceDataset } from '$lib/server/governance-dataset.ts';
import { querySeriesYears } from '$lib/trends/series.ts';
import { indicatorsExplore } from '$lib/views/indicators/indicators-explore.ts';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'en' }];

/** Growth from 2016 to SIPRI's latest year; computed once for both languages. */
let real: Promise<MatrixCell[]> | undefined;
function realMatrix(): Promise<MatrixCell[]> {
	real ??= (async () => {
		const engine = await openGovernanceDataset();
		const years = await querySeriesYears(engine);
		return queryAccountabilityMatrix(engine, MATRIX_DEFAULT_FROM, years.last);
	})();
	return real;
}

export const load: PageServerLoad = async () => ({
	initial: await exploreInitial(indicatorsExplore),
	real: await realMatrix()
});
