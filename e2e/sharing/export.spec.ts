import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixture';
import { dataset, openDatasetFile } from '../helpers';

/** Chooses an item of the Export menu and reads the file the browser saves. */
async function exportFile(page: Page, item: string) {
  await page.getByText('Export', { exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: item }).click(),
  ]);
  const body = await readFile((await download.path())!);
  return { name: download.suggestedFilename(), body };
}

const today = () => new Date().toISOString().slice(0, 10);

test('the graph exports as a PNG picture', async ({ canvas, page }) => {
  await canvas.open('/');
  const { name, body } = await exportFile(page, 'Graph as PNG image');
  expect(name).toMatch(new RegExp(`-graph-everything-${today()}\\.png$`));
  expect(body.subarray(1, 4).toString('ascii')).toBe('PNG');
  // Width and height from the IHDR chunk: a real picture, larger than the window's canvas.
  expect(body.readUInt32BE(16)).toBeGreaterThan(800);
  expect(body.readUInt32BE(20)).toBeGreaterThan(400);
});

test('the graph exports as an SVG drawing, with its labels as text', async ({ canvas, page }) => {
  await canvas.open('/entity/viktor-goremykin?focus=viktor-goremykin&others=hide');
  const { name, body } = await exportFile(page, 'Graph as SVG image');
  expect(name).toMatch(/-graph-focus-on-viktor-goremykin-\d{4}-\d{2}-\d{2}\.svg$/);
  const svg = body.toString('utf8');
  expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  expect(svg).toContain('>Viktor Goremykin</text>');
  expect((svg.match(/<path /g) ?? []).length).toBeGreaterThan(5);
  // A hidden entity is not drawn.
  expect(svg).not.toContain('>Liberation Tower</text>');
});

test('the view exports as a dataset that holds what it shows, evidence and source included', async ({
  canvas,
  page,
}) => {
  await canvas.open('/?hide-certainty=stated');
  const { name, body } = await exportFile(page, 'Data as JSON (Liaison format)');
  expect(name).toMatch(/-dataset-filtered-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(body.toString('utf8'));
  expect(exported.schemaVersion).toBe(1);
  expect(exported.sources).toEqual([expect.objectContaining({ text: dataset.sources[0]!.text })]);
  const notStated = dataset.relationships.filter((r) => r.certainty !== 'stated');
  expect(exported.relationships.map((r: { id: string }) => r.id)).toEqual(
    notStated.map((r) => r.id),
  );
  for (const relationship of exported.relationships) {
    expect(relationship.evidence.length).toBeGreaterThan(0);
  }
});

test('the whole view exports as the bundled dataset, unchanged', async ({ canvas, page }) => {
  await canvas.open('/');
  const { body } = await exportFile(page, 'Data as JSON (Liaison format)');
  const exported = JSON.parse(body.toString('utf8'));
  expect(exported.entities.map((e: { id: string }) => e.id)).toEqual(
    dataset.entities.map((e) => e.id),
  );
  expect(exported.relationships).toEqual(
    dataset.relationships.map((relationship) => expect.objectContaining(relationship)),
  );
});

test('entities and relationships export as CSV, one row each', async ({ canvas, page }) => {
  await canvas.open('/?hide-types=place');
  const entities = await exportFile(page, 'Entities as CSV');
  expect(entities.name).toMatch(/-entities-filtered-\d{4}-\d{2}-\d{2}\.csv$/);
  // A byte-order mark first, for Excel; read as a CSV reader reads it, without the mark.
  expect([...entities.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const entityText = new TextDecoder().decode(entities.body);
  expect(entityText.split('\r\n')[0]).toBe(
    'id,type,name,aliases,summary,kind,certainty,date,date_precision,quotes,quoted_at',
  );
  expect(entityText).toContain('viktor-goremykin,person,Viktor Goremykin,');
  expect(entityText).not.toMatch(/^pyongyang,place,/m);

  const relationships = await exportFile(page, 'Relationships as CSV');
  expect([...relationships.body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const relationshipText = new TextDecoder().decode(relationships.body);
  expect(relationshipText).toMatch(/^id,type,label,from,from_name,to,to_name,/);
  expect(relationshipText).toContain(
    'viktor-goremykin-leads-russian-delegation,leads,,viktor-goremykin,Viktor Goremykin,',
  );
});

test('an export that waits says so, and one that fails says why and changes nothing', async ({
  canvas,
  page,
}) => {
  await canvas.open('/entity/viktor-goremykin');
  // The CSV writer loads on first use: held back, then refused, as on a dropped connection.
  let refuse = () => {};
  await page.route('**/assets/csv-*.js', (route) => {
    refuse = () => void route.abort('internetdisconnected');
  });
  await page.getByText('Export', { exact: true }).click();
  await page.getByRole('button', { name: 'Entities as CSV' }).click();
  const status = page.locator('.export-status');
  await expect(status).toHaveText(/^Preparing .*-entities-everything-[\d-]+\.csv…$/);
  refuse();
  await expect(status).toContainText(
    'could not be made: the part of Liaison that writes it did not load',
  );
  await expect(page).toHaveURL('/entity/viktor-goremykin');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Viktor Goremykin');
  // Opening the menu again puts the message away.
  await page.getByText('Export', { exact: true }).click();
  await expect(status).toHaveCount(0);
});

test('the claims export as a Markdown citation list with their quotes', async ({
  canvas,
  page,
}) => {
  await canvas.open('/claims?hide-certainty=stated,reported,unknown');
  const { name, body } = await exportFile(page, 'Citations as Markdown');
  expect(name).toMatch(/-citations-filtered-\d{4}-\d{2}-\d{2}\.md$/);
  const markdown = body.toString('utf8');
  const speculated = dataset.relationships.filter((r) => r.certainty === 'speculated');
  expect(markdown).toContain(`${speculated.length} claims (filtered)`);
  expect(markdown.match(/^\d+\. \*\*/gm)).toHaveLength(speculated.length);
  expect(markdown).toContain('— speculated;');
  expect(markdown).toMatch(
    /^ {3}> — \*Russian military-political delegation visits North Korea\*/m,
  );
  expect(markdown).not.toContain('— stated;');
});

test('the export menu is reached and closed by keyboard', async ({ page }) => {
  await page.goto('/');
  const summary = page.getByText('Export', { exact: true });
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Citations as Markdown' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Citations as Markdown' })).toBeHidden();
  await expect(summary).toBeFocused();
});

test('an exported view opens back in Liaison unchanged', async ({ canvas, page }) => {
  test.setTimeout(90_000);
  await canvas.open('/?focus=viktor-goremykin&others=hide');
  const first = await exportFile(page, 'Data as JSON (Liaison format)');
  const exported = JSON.parse(first.body.toString('utf8'));

  const id = await openDatasetFile(page, {
    name: first.name,
    mimeType: 'application/json',
    buffer: first.body,
  });
  // The opened file, whole: every entity and relationship it holds is drawn.
  await canvas.open(`/?dataset=${id}`);
  await expect(page.getByTestId('graph')).toHaveAttribute(
    'data-visible-nodes',
    String(exported.entities.length),
  );
  await expect(page.getByTestId('graph')).toHaveAttribute(
    'data-visible-edges',
    String(exported.relationships.length),
  );
  // Exported again, it is the same file, byte for byte.
  const again = await exportFile(page, 'Data as JSON (Liaison format)');
  expect(again.body.toString('utf8')).toBe(first.body.toString('utf8'));
});
