/**
 * The last fallback of scripts/browser.ts, the Chromium inside the npm package @sparticuz/chromium, must keep
 * working even on machines that never need it: launch it and render an article of the built site.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arch, platform } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, packagedChromium } from '../../scripts/browser.ts';
import { serve } from '../../scripts/bench/serve.ts';

test('the Chromium from @sparticuz/chromium renders an article page', { skip: (platform() !== 'linux' || arch() !== 'x64') && 'the package ships Chromium for Linux x64 only' }, async () => {
  const executablePath = await packagedChromium();
  assert.ok(executablePath, '@sparticuz/chromium did not unpack its Chromium');
  const { origin, close } = await serve('dist');
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/sr/protocol/art-3/`);
    assert.match(await page.locator('#art_3__point_a').innerText(), /трговина људским бићима/);
    assert.ok((await page.screenshot()).length > 10_000, 'the page rendered to an empty screenshot');
  } finally {
    await browser.close();
    close();
  }
});
