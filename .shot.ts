import { chromium } from '@playwright/test';
import { launchOptionsOrExit } from '/work/main/scripts/browser.ts';
const [url, out, w = '1280', h = '900', full = '1'] = process.argv.slice(2);
const browser = await chromium.launch(await launchOptionsOrExit());
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) } });
await page.goto(url!, { waitUntil: 'networkidle' });
await page.screenshot({ path: out!, fullPage: full === '1' });
await browser.close();
