import { chromium } from '@playwright/test';
const port = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
const ids = 'art_3__point_a,art_14__para_1,art_6__para_3__point_b,art_3,art_6,art_9';
await page.goto(`http://localhost:${port}/en/handout/?p=${ids}&l=en,sl,sr&t=Workshop, Belgrade, 3 March`);
await page.waitForSelector('.handout-provision');
await page.waitForTimeout(500);
await page.pdf({ path: `/tmp/trainer-handout-A4.pdf`, format: 'A4' });
await page.pdf({ path: `/tmp/trainer-handout-Letter.pdf`, format: 'Letter' });
await page.goto(`http://localhost:${port}/sl/protocol/art-6/`);
await page.pdf({ path: `/tmp/trainer-article.pdf`, format: 'A4' });
for (const f of ['handout-A4', 'handout-Letter', 'article']) {
  await page.goto(`file:///tmp/trainer-${f}.pdf`);
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/trainer-${f}.png` });
}
await browser.close();
