import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('console', (m) => { if (m.type() === 'error') console.log('console:', m.text()); });
await page.goto('http://localhost:8080/');
await page.locator('#username').fill(process.argv[2] ?? 'coordinator');
await page.locator('#password').fill(`${process.argv[2] ?? 'coordinator'}-demo`);
await page.locator('#kc-login').click();
await page.waitForTimeout(2500);
for (const path of (process.argv[3] ?? '/board').split(',')) {
  await page.evaluate((to) => { history.pushState(null, '', to); dispatchEvent(new Event('kharita:navigated')); }, path);
  await page.waitForTimeout(1500);
  const name = path.replaceAll('/', '_') + (process.argv[4] ?? '');
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
  if (process.argv[5] === 'ar' ) {}
}
console.log(await page.locator('main').innerText().then((t) => t.slice(0, 300)));
await browser.close();
