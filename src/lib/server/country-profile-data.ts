/**
 * What a country's profile and its printable brief show, computed at build time with the same
 * SQL the browser runs: SIPRI's figures, and the country's published governance data (PEFA, Open
 * Budget Survey, GDI, national budgets, dated events, each row cited), from which its key
 * findings are built. Also the prerender list: every G5 country in both languages.
 */
import { countryFindings } from '../findings/country-findings.ts';
import { queryBudgets, queryEvents } from '../governance/budgets-events.ts';
import { queryGdi, queryObsSeries, queryPefaScores } from '../governance/scores.ts';
import type { Locale } from '../i18n/define-messages.ts';
import { queryLatestFigures } from '../trends/country-profile.ts';
import { TREND_EVENT_KINDS } from '../trends/chart-events.ts';
import { queryTrendEvents } from './trend-events.ts';
import { DEFAULT_GROWTH_FROM, queryGrowth } from '../trends/growth.ts';
import { G5, type G5Country } from '../trends/measures.ts';
import { queryAllMeasures, querySeriesYears } from '../trends/series.ts';
import { sipriMeta, type Manifest } from '../trends/sipri-meta.ts';
import manifest from '../../../data/manifest.json';
import { openGovernanceDataset } from './governance-dataset.ts';

export const countryEntries = () =>
	G5.flatMap((c) => [
		{ lang: undefined, country: c.toLowerCase() },
		{ lang: 'en', country: c.toLowerCase() }
	]);

/** The OBS scores the scorecard shows, of the latest round. */
const OBS_SHOWN = ['transparency', 'oversight', 'participation'] as const;

export async function countryProfileData(param: string, lang?: string) {
	const country = param.toUpperCase() as G5Country;
	const locale: Locale = lang === 'en' ? 'en' : 'fr';
	const engine = await openGovernanceDataset();
	const years = await querySeriesYears(engine);
	const all = await queryAllMeasures(engine, years.first, years.last);
	const latest = await queryLatestFigures(engine, country);
	const growth = (await queryGrowth(engine, DEFAULT_GROWTH_FROM, years.last)).find(
		(r) => r.country === country
	);
	const obsAll = await queryObsSeries(engine, OBS_SHOWN, [country]);
	const obsYear = Math.max(...obsAll.map((o) => o.year));
	const governance = {
		pefa: await queryPefaScores(engine, undefined, { countries: [country] }),
		obs: obsAll.filter((o) => o.year === obsYear),
		gdi: await queryGdi(engine, [country]),
		budgets: await queryBudgets(engine, { countries: [country], from: years.first, to: 9999 })
	};
	const sipriLocal = Object.fromEntries(
		all.lcu_current
			.filter((p) => p.country === country && p.value !== null)
			.map((p) => [p.year, p.value as number])
	);
	const findings = countryFindings({
		country,
		growth: { from: DEFAULT_GROWTH_FROM, to: years.last, row: growth },
		latest,
		sipriLocal,
		...governance,
		// every dated event bearing on spending, also after SIPRI's last year
		events: await queryEvents(engine, {
			countries: [country],
			from: String(years.first),
			to: '9999',
			kinds: TREND_EVENT_KINDS
		}),
		sipriCitation: sipriMeta(manifest as Manifest).citation
	});
	return {
		engine,
		data: {
			country,
			years,
			constant: all.usd_constant_2023,
			shareGdp: all.share_gdp,
			latest,
			growth,
			sipriLocal,
			governance,
			findings,
			events: (await queryTrendEvents(engine, locale, years.first, years.last)).filter(
				(e) => e.country === country
			)
		}
	};
}
