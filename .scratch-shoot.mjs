// usage: node shoot.mjs BASEURL OUTDIR path[@WxH][#full] ...
import { chromium } from '@playwright/test';
const [base, out, ...paths] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking'] });
for (const spec of paths) {
  const m = /^([^@#]+)(?:@(\d+)x(\d+))?(#full)?(#nojs)?$/.exec(spec);
  const [_, path, w = 1280, h = 900, full, nojs] = m;
  const ctx = await browser.newContext({ viewport: { width: +w, height: +h }, javaScriptEnabled: !nojs, serviceWorkers: 'block' });
  const page = await ctx.newPage();
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForTimeout(nojs ? 300 : 6000);
  const name = (path.replace(/[^a-z0-9]+/gi, '_') + `_${w}` + (full ? '_full' : '') + (nojs ? '_nojs' : '')).replace(/^_/, '');
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: !!full });
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  console.log(name, height);
  await ctx.close();
}
await browser.close();
