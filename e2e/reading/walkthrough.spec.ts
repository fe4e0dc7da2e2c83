import { expect, test } from '../fixture';
import { dataset } from '../helpers';

const SOURCE = dataset.sources[0]!;
const paragraphs = SOURCE.text.split('\n').filter((line) => line.trim());

test('the walkthrough steps forward and back by keyboard, its step in the URL', async ({
  canvas,
  page,
}) => {
  await canvas.open('/');
  await page.getByRole('link', { name: 'read it paragraph by paragraph' }).click();
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}`);
  await expect(page.getByText('Paragraph 1 of 7')).toBeVisible();
  const current = page.locator('mark[aria-current="step"]');
  await expect(current).toHaveText(paragraphs[0]!);
  const first = await canvas.inspect();
  expect(first.nodes.map((node) => node.id)).not.toContain('viktor-goremykin');

  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}?step=2`);
  await expect(current).toHaveText(paragraphs[1]!);
  await expect(page.getByText('Paragraph 2 of 7')).toBeVisible();
  await expect.poll(async () => (await canvas.inspect()).emphasised).toContain('viktor-goremykin');
  const second = await canvas.inspect();
  expect(second.visibleNodes).toBeGreaterThan(first.visibleNodes);
  // What paragraph 1 told is still drawn, and no longer emphasised.
  expect(second.emphasised).not.toContain('main-military-political-directorate');

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}?step=4`);
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}?step=3`);
  await expect(current).toHaveText(paragraphs[2]!);
  await page.goBack();
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}?step=4`);
});

test('a link opens paragraph 4, and the buttons step too', async ({ canvas, page }) => {
  await canvas.open(`/walkthrough/${SOURCE.id}?step=4`);
  await expect(page.locator('mark[aria-current="step"]')).toHaveText(paragraphs[3]!);
  await expect(page).toHaveTitle(/^Paragraph 4 — /);
  await expect.poll(async () => (await canvas.inspect()).emphasised).toContain('analysts');
  await page.getByRole('button', { name: 'Next →' }).click();
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}?step=5`);
  await page.getByRole('button', { name: '← Previous' }).press('Enter');
  await expect(page).toHaveURL(`/walkthrough/${SOURCE.id}?step=4`);
  await canvas.open(`/walkthrough/${SOURCE.id}?step=7`);
  expect((await canvas.inspect()).visibleNodes).toBe(dataset.entities.length);
});

test.describe('on a phone', () => {
  const SCREEN = { width: 390, height: 844 };
  test.use({ viewport: SCREEN });

  test('each step shows its paragraph whole, or from the upper half, below the steps', async ({
    page,
  }) => {
    await page.goto(`/walkthrough/${SOURCE.id}`);
    const current = page.locator('mark[aria-current="step"]');
    const steps = page.getByRole('navigation', { name: 'Paragraphs' });
    for (let step = 2; step <= 7; step++) {
      await steps.getByRole('button', { name: 'Next →' }).click();
      await expect(current).toHaveText(paragraphs[step - 1]!);
      await expect(page).toHaveURL(new RegExp(`step=${step}$`));
      const [text, bar] = [await current.boundingBox(), await steps.boundingBox()];
      expect(bar!.y, `steps of ${step}`).toBeGreaterThanOrEqual(0);
      expect(text!.y, `paragraph ${step}`).toBeGreaterThanOrEqual(bar!.y + bar!.height);
      const whole = text!.y + text!.height <= SCREEN.height;
      expect(whole || text!.y < SCREEN.height / 2, `paragraph ${step}`).toBe(true);
    }
  });
});
