/**
 * Methodology texts of the real governance series and of the matrix built from them, French
 * first, for the methodology page to render (same markdown conventions as the indicators’ about files).
 */
import pefaFr from './pefa.fr.md?raw';
import pefaEn from './pefa.en.md?raw';
import obsFr from './obs.fr.md?raw';
import obsEn from './obs.en.md?raw';
import gdiFr from './gdi.fr.md?raw';
import gdiEn from './gdi.en.md?raw';
import budgetsFr from './budgets.fr.md?raw';
import budgetsEn from './budgets.en.md?raw';
import eventsFr from './events.fr.md?raw';
import eventsEn from './events.en.md?raw';
import matrixFr from './matrix.fr.md?raw';
import matrixEn from './matrix.en.md?raw';

export type GovernanceAbout = {
	/** Stable id: anchors and links (`#series-pefa`). */
	id: 'pefa' | 'obs' | 'gdi' | 'budgets' | 'events' | 'matrix';
	/** Which `data/` file holds the series (the matrix is computed, not stored). */
	file: string | null;
	about: { fr: string; en: string };
};

export const GOVERNANCE_ABOUT: readonly GovernanceAbout[] = [
	{ id: 'pefa', file: 'governance-scores.csv', about: { fr: pefaFr, en: pefaEn } },
	{ id: 'obs', file: 'governance-scores.csv', about: { fr: obsFr, en: obsEn } },
	{ id: 'gdi', file: 'governance-scores.csv', about: { fr: gdiFr, en: gdiEn } },
	{ id: 'budgets', file: 'national-budgets.csv', about: { fr: budgetsFr, en: budgetsEn } },
	{ id: 'events', file: 'events.csv', about: { fr: eventsFr, en: eventsEn } },
	{ id: 'matrix', file: null, about: { fr: matrixFr, en: matrixEn } }
];

/** The `## Title` line of a text: the heading the page shows. */
export function aboutTitle(markdown: string): string {
	return /^## (.+)$/m.exec(markdown)?.[1]?.trim() ?? '';
}
