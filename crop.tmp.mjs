import { chromium } from '@playwright/test';
const [,, url, sel, out, w] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: 900 } });
await page.goto(url);
await page.locator('html[data-hydrated]').waitFor({ state: 'attached', timeout: 45000 });
await page.locator(sel).first().screenshot({ path: out });
await browser.close();
