/** Full-page screenshots of the results, desktop (1280 px) and mobile (375 px), for review. */
import { expect, test } from '@playwright/test';
import { atteinteLiberal, parcoursLiberal } from './aide.ts';

const LARGEURS = [
  { nom: 'bureau', width: 1280, height: 800 },
  { nom: 'mobile', width: 375, height: 667 },
];

for (const { nom, width, height } of LARGEURS) {
  test(`résultats à ${width} px de large`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await parcoursLiberal(page);
    await atteinteLiberal(page);
    // Nothing wider than the screen: no horizontal scrolling of the page itself.
    const debordement = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(debordement, 'défilement horizontal de la page (px)').toBeLessThanOrEqual(0);
    await page.screenshot({
      path: `test-results/screenshots/resultats-${nom}-${width}.png`,
      fullPage: true,
    });
  });
}
