/**
 * The indicator registry: order here (by family) is the order of the methodology page and
 * of CLI output. Adding an indicator = its own folder + one import and one line below.
 */
import type { IndicatorDefinition } from './define-indicator.ts';
import { executionRate } from './execution-rate/indicator.ts';
import { pefaPi1AggregateOutturn } from './pefa-pi1-aggregate-outturn/indicator.ts';
import { pefaPi2CompositionVariance } from './pefa-pi2-composition-variance/indicator.ts';
import { revisionGap } from './revision-gap/indicator.ts';
import { milexBurden } from './milex-burden/indicator.ts';
import { milexGrowth } from './milex-growth/indicator.ts';
import { competitiveShare } from './competitive-share/indicator.ts';
import { directAwardShare } from './direct-award-share/indicator.ts';
import { singleBidShare } from './single-bid-share/indicator.ts';
import { shortTenderPeriod } from './short-tender-period/indicator.ts';
import { supplierConcentration } from './supplier-concentration/indicator.ts';
import { possibleSplitting } from './possible-splitting/indicator.ts';
import { amendmentGrowth } from './amendment-growth/indicator.ts';
import { classifiedShare } from './classified-share/indicator.ts';
import { derogationShare } from './derogation-share/indicator.ts';
import { auditCoverage } from './audit-coverage/indicator.ts';
import { publicationLag } from './publication-lag/indicator.ts';
import { keyDocumentsPublished } from './key-documents-published/indicator.ts';
import { accountabilityGap } from './accountability-gap/indicator.ts';

export const INDICATORS: readonly IndicatorDefinition[] = [
	executionRate,
	pefaPi1AggregateOutturn,
	pefaPi2CompositionVariance,
	revisionGap,
	milexBurden,
	milexGrowth,
	competitiveShare,
	directAwardShare,
	singleBidShare,
	shortTenderPeriod,
	supplierConcentration,
	possibleSplitting,
	amendmentGrowth,
	classifiedShare,
	derogationShare,
	auditCoverage,
	publicationLag,
	keyDocumentsPublished,
	accountabilityGap
];

/** The definition with this id, or undefined. */
export function getIndicator(id: string): IndicatorDefinition | undefined {
	return INDICATORS.find((i) => i.id === id);
}

export type { IndicatorDefinition, IndicatorResult } from './define-indicator.ts';
