/**
 * Embeds (issue 6, item 6): the "Embed" control gives an `<iframe>` snippet; pasted into another
 * page, it shows the same chart, caption and values as the view it came from, without the site's
 * chrome, and links back.
 */
import { expect, test } from '@playwright/test';
import { gotoReady } from './ready.ts';
import { seriousViolations } from './publish-helpers.ts';

const TITLE = 'Dépenses militaires en dollars constants de 2023';

test('the overview snippet, pasted into another page, shows the five values of the overview table', async ({
	page
}) => {
	await gotoReady(page, '/?from=2000');
	const figure = page.getByRole('figure', { name: TITLE });
	await figure.getByRole('button', { name: 'Intégrer' }).click();
	const snippet = await figure.getByLabel(/Code d’intégration/).inputValue();
	// the open embed panel and the figure-pack button keep the page accessible
	await expect(page.getByRole('button', { name: /Télécharger toutes les figures/ })).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
	expect(snippet).toMatch(
		new RegExp(
			`^<iframe src="http://127\\.0\\.0\\.1:\\d+/integrer/tendances/\\?from=2000" title="${TITLE} — Vigie" width="100%" height="\\d+" loading="lazy"[^>]*></iframe>$`
		)
	);
	await figure.getByText('Voir les données').click();
	const lastRow = figure.getByRole('row', { name: /^2024/ }).getByRole('cell');
	const overview = await lastRow.allInnerTexts();
	expect(overview).toHaveLength(5);
	const firstYear = await figure.locator('tbody tr th').first().innerText();
	expect(firstYear).toBe('2000');

	// Someone else's page (about:blank origin) with the snippet pasted in.
	await page.setContent(
		`<!doctype html><html lang="fr"><head><title>Rapport</title></head><body><h1>Rapport</h1>${snippet}</body></html>`
	);
	const frame = page.frameLocator('iframe');
	const embedded = frame.getByRole('figure', { name: TITLE });
	await expect(embedded.locator('svg[role="img"] g.line')).toHaveCount(5);
	await expect(embedded.getByText(/Source : SIPRI Military Expenditure Database/)).toBeVisible();
	await embedded.getByText('Voir les données').click();
	await expect(embedded.locator('tbody tr th').first()).toHaveText('2000');
	await expect(embedded.getByRole('row', { name: /^2024/ }).getByRole('cell')).toHaveText(overview);
	// no site chrome, no export controls, and a way back to the full view
	await expect(frame.getByRole('navigation')).toHaveCount(0);
	await expect(frame.getByRole('contentinfo')).toHaveCount(0);
	await expect(embedded.getByRole('button', { name: 'Image SVG' })).toHaveCount(0);
	await expect(frame.getByRole('link', { name: 'Voir cette figure sur Vigie' })).toHaveAttribute(
		'href',
		/^http:\/\/127\.0\.0\.1:\d+\/\?from=2000$/
	);
});

test('a country chart embeds as /integrer/pays/<iso3>/ with its measure and the country highlighted', async ({
	page
}) => {
	await gotoReady(page, '/en/pays/mli/');
	const figure = page.getByRole('figure', { name: 'Military spending as a share of GDP' });
	await figure.getByRole('button', { name: 'Embed' }).click();
	const snippet = await figure.getByLabel(/Embed code/).inputValue();
	const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
	expect(new URL(src).pathname + new URL(src).search).toBe(
		'/en/integrer/pays/mli/?measure=share_gdp'
	);
	await gotoReady(page, src);
	const embedded = page.getByRole('figure', { name: 'Military spending as a share of GDP' });
	await expect(embedded.locator('g.line[opacity="1"]')).toHaveAttribute('aria-label', 'Mali');
	await expect(page.getByRole('banner')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
});

test('embeds keep the dated events of the view they come from, or none when switched off', async ({
	page
}) => {
	// Niger's events bearing on spending up to 2024 in data/events.csv: 2022-09-29, 2023-07-26,
	// 2024-01-04, 2024-02-23, 2024-04-04
	await gotoReady(page, '/integrer/pays/ner/');
	const figure = page.getByRole('figure', { name: TITLE });
	await expect(figure.locator('g.event')).toHaveCount(5);
	await expect(figure.locator('.events li[data-date="2024-02-23"]')).toContainText(
		'Ordonnance n° 2024-05'
	);
	await gotoReady(page, '/integrer/pays/ner/?events=off');
	await expect(figure.locator('g.event')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Voir cette figure sur Vigie' })).toHaveAttribute(
		'href',
		/\/pays\/ner\/\?events=off$/
	);
	// the overview's choice travels in the snippet
	await gotoReady(page, '/?events=NER');
	const overview = page.getByRole('figure', { name: TITLE });
	await overview.getByRole('button', { name: 'Intégrer' }).click();
	const snippet = await overview.getByLabel(/Code d’intégration/).inputValue();
	const src = /src="([^"]+)"/.exec(snippet)?.[1] ?? '';
	expect(new URL(src).search).toBe('?events=NER');
	await gotoReady(page, src);
	await expect(page.getByRole('figure', { name: TITLE }).locator('g.event')).toHaveCount(5);
	await page.setViewportSize({ width: 390, height: 700 });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		)
	).toBe(0);
});
