import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { selectClaims } from '../../data/model/claims';
import { parseDataset } from '../../data/load/load-dataset';
import { loadBundledDataset } from '../../test/bundled-dataset';
import { DEFAULT_VIEW } from '../../url/view-state';
import { escapeMarkdown, toCitationsMarkdown } from './citations';
import { toEntitiesCsv, toRelationshipsCsv } from './csv';
import { describeView } from '../../url/describe-view';
import { exportFileName, toSlug } from './file-names';

const dataset = loadBundledDataset();
const readCsv = (text: string) =>
  Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });

/** A dataset whose text tries to break out of a CSV cell, a spreadsheet and Markdown. */
const HOSTILE_TEXT = '=HYPERLINK("x"), "quoted"\n[link](javascript:alert(1)) <b>*bold*</b> # 1. -';
const hostile = parseDataset(
  {
    schemaVersion: 1,
    title: 'Hostile # *title*',
    sources: [{ id: 's', title: 'The [source]', text: HOSTILE_TEXT }],
    entities: ['a', 'b'].map((id) => ({
      id,
      type: 'person',
      name: `${id} ${HOSTILE_TEXT}`,
      summary: '+1 summary',
      evidence: [{ source: 's', start: 0, end: HOSTILE_TEXT.length, quote: HOSTILE_TEXT }],
    })),
    relationships: [
      {
        id: 'a-met-b',
        type: 'met',
        source: 'a',
        target: 'b',
        certainty: 'speculated',
        evidence: [{ source: 's', start: 0, end: HOSTILE_TEXT.length, quote: HOSTILE_TEXT }],
      },
    ],
  },
  'hostile',
);

describe('the CSV writers', () => {
  it('write one row per entity, with a header, that a CSV reader reads back', () => {
    const { data, meta, errors } = readCsv(toEntitiesCsv(dataset));
    expect(errors).toEqual([]);
    expect(meta.fields).toEqual(expect.arrayContaining(['id', 'type', 'name', 'quotes']));
    expect(data.map((row) => row.id)).toEqual(dataset.entities.map((entity) => entity.id));
    const treaty = data.find((row) => row.id === 'treaty-signing')!;
    expect(treaty).toMatchObject({ type: 'event', date: 'June 2023', date_precision: 'month' });
  });

  it('write one row per relationship, naming both ends, with every quote', () => {
    const { data, errors } = readCsv(toRelationshipsCsv(dataset));
    expect(errors).toEqual([]);
    expect(data).toHaveLength(dataset.relationships.length);
    const first = dataset.relationships[0]!;
    expect(data[0]).toMatchObject({
      id: first.id,
      from: first.source,
      from_name: dataset.entityById.get(first.source)!.name,
      to: first.target,
      certainty: first.certainty,
      quotes: first.evidence.map((item) => item.quote).join('\n'),
    });
  });

  it('keep commas, quotes and line breaks inside their cell, and formulas inert', () => {
    const { data } = readCsv(toEntitiesCsv(hostile));
    expect(data[0]!.name).toBe(`a ${HOSTILE_TEXT}`);
    expect(data[0]!.quotes).toBe(`'${HOSTILE_TEXT}`);
    expect(data[0]!.summary).toBe("'+1 summary");
  });
});

describe('the Markdown citation list', () => {
  const markdown = toCitationsMarkdown(dataset, selectClaims(dataset), {
    view: 'everything',
    exportedOn: '2026-12-01',
  });

  it('lists every claim with its certainty, date, quotes and source', () => {
    const claims = selectClaims(dataset);
    expect(markdown).toMatch(/^# Citations: Russian military-political delegation/);
    expect(markdown).toContain(`${claims.length} claims (everything)`);
    expect(markdown.match(/^\d+\. \*\*/gm)).toHaveLength(claims.length);
    expect(markdown).toContain('**Russia signed');
    expect(markdown).toContain('stated; June 2023');
    const quote = dataset.relationshipById.get('russia-signed-treaty')!.evidence[0]!;
    expect(markdown).toContain(`characters ${quote.start}–${quote.end}`);
    expect(markdown).toContain('date not stated');
  });

  it('keeps relative dates relative, naming their anchor', () => {
    expect(markdown).toMatch(/Wednesday \(Relative: .*\)/);
  });

  it('shows dataset text as text: no link, HTML, emphasis, heading or list survives', () => {
    const text = toCitationsMarkdown(hostile, selectClaims(hostile), {
      view: 'everything',
      exportedOn: '2026-12-01',
    });
    expect(text).toContain('\\[link\\](javascript:alert(1))');
    expect(text).toContain('\\<b\\>\\*bold\\*\\</b\\>');
    expect(text).toContain('# Citations: Hostile \\# \\*title\\*');
    expect(text).not.toMatch(/[^\\][[<*]link|[^\\]<b>/);
    // The second line of the quote starts with "[", escaped, inside the block quote.
    expect(text).toMatch(/^ {3}> \\\[link/m);
    expect(escapeMarkdown('a_b`c|d~e&f')).toBe('a\\_b\\`c\\|d\\~e\\&f');
  });

  it('says when nothing is in view', () => {
    const empty = toCitationsMarkdown(dataset, [], { view: 'filtered', exportedOn: 'today' });
    expect(empty).toContain('0 claims (filtered)');
  });
});

describe('file names', () => {
  const day = new Date(2026, 11, 1);
  it.each([
    [
      {},
      'graph',
      'png',
      'russian-military-political-delegation-visits-graph-everything-2026-12-01.png',
    ],
    [
      { focus: { id: 'viktor-goremykin', depth: 2, direction: 'both' } },
      'dataset',
      'json',
      'russian-military-political-delegation-visits-dataset-focus-on-viktor-goremykin-2-steps-2026-12-01.json',
    ],
    [
      { pathFrom: 'viktor-goremykin', pathTo: 'andrey-belousov', hiddenTypes: ['place'] },
      'citations',
      'md',
      'russian-military-political-delegation-visits-citations-path-from-viktor-goremykin-to-andrey-belousov-filtered-2026-12-01.md',
    ],
  ] as const)('%j %s → %s', (patch, kind, extension, name) => {
    const state = { ...DEFAULT_VIEW, ...patch };
    expect(exportFileName({ dataset, state, kind, extension }, day)).toBe(name);
  });

  it('say when filters narrow the view', () => {
    expect(describeView({ ...DEFAULT_VIEW, hiddenCertainties: ['stated'] }, dataset)).toBe(
      'filtered',
    );
  });

  it('make any title safe for a file system', () => {
    expect(toSlug('Ünïcode / ../etc: "quoted" 北朝鮮')).toBe('unicode-etc-quoted');
    expect(toSlug('北朝鮮')).toBe('');
  });
});

describe('the CSV formula guard', () => {
  const guarded = (text: string) =>
    readCsv(toEntitiesCsv({ ...hostile, entities: [{ ...hostile.entities[0]!, summary: text }] }))
      .data[0]!.summary;
  it.each([
    ['an equals sign', '=1+1'],
    ['a plus sign', '+1'],
    ['a minus sign', '-1'],
    ['an at sign', '@SUM(A1)'],
    ['a tab', '\t=1'],
    ['a carriage return', '\r=1'],
    ['a leading space', ' =1+1'],
    ['several spaces', '   +1'],
    ['a no-break space', '\u00a0=1+1'],
    ['a zero-width space', '\u200b=1+1'],
    ['a zero-width joiner', '\u200d=1'],
    ['a byte-order mark', '\ufeff=1'],
    ['a line feed', '\n=1+1'],
    ['a line feed after a space', ' \n=1+1'],
    ['a full-width equals sign', '＝1+1'],
    ['a full-width plus sign', '＋1'],
    ['a full-width minus sign', '－1'],
    ['a full-width at sign', '＠SUM(A1)'],
    ['a space before a full-width sign', ' ＝1'],
  ])('keeps a cell starting with %s inert', (_, text) => {
    expect(guarded(text)).toBe(`'${text}`);
  });

  it.each(['Summary = plain text', '1+1', 'a-b', 'mail@example.org', ''])(
    'leaves %j as it is',
    (text) => {
      expect(guarded(text)).toBe(text);
    },
  );
});

describe('the CSV files for a spreadsheet', () => {
  it('start with a byte-order mark, so Excel reads ’ and – as UTF-8', () => {
    expect(toEntitiesCsv(dataset).charCodeAt(0)).toBe(0xfeff);
    expect(toRelationshipsCsv(dataset).charCodeAt(0)).toBe(0xfeff);
  });

  it('read each relationship as a claim: from, label, to', () => {
    const { data } = readCsv(toRelationshipsCsv(dataset));
    expect(data[0]!.claim).toBe(
      `${data[0]!.from_name} ${dataset.relationships[0]!.label ?? 'leads'} ${data[0]!.to_name}`,
    );
    expect(data.map((row) => row.claim)).toContain(
      'Viktor Goremykin leads Russian military-political delegation to North Korea',
    );
  });
});

describe('Markdown escaping', () => {
  it.each([
    ['a link', '[x](https://evil.example)', /(^|[^\\])\[x\]\(/],
    ['an image', '![x](https://evil.example/x.png)', /(^|[^\\])!\[/],
    ['HTML', '<img src=x onerror=alert(1)>', /(^|[^\\])<img/],
    ['an autolink', '<https://evil.example>', /(^|[^\\])<https/],
    ['a GFM web address', 'see https://evil.example now', /https:\/\//],
    ['a GFM www address', 'see www.evil.example now', /www\.evil/],
    ['a GFM e-mail address', 'write to someone@evil.example', /someone@evil/],
    ['a mailto address', 'mailto:someone', /mailto:/],
    ['an entity', '&lt;b&gt;', /(^|[^\\])&lt;/],
  ])('leaves no live %s', (_, text, live) => {
    const escaped = escapeMarkdown(text);
    expect(escaped).not.toMatch(live);
    // The text itself survives: only backslashes were added.
    expect(escaped.replace(/\\(.)/g, '$1')).toBe(text);
  });
});

describe('the citation of a source', () => {
  const withAddress = parseDataset(
    {
      schemaVersion: 1,
      title: 'Cited',
      sources: [
        {
          id: 's',
          title: 'The report',
          publisher: 'Example Gazette',
          published: '2024-03-05',
          url: 'https://example.org/report?id=1',
          text: 'Ana met Bo.',
        },
      ],
      entities: ['ana', 'bo'].map((id, at) => ({
        id,
        type: 'person',
        name: id === 'ana' ? 'Ana' : 'Bo',
        summary: 'A person in the report.',
        evidence: [
          { source: 's', start: at * 8, end: at * 8 + (at ? 2 : 3), quote: at ? 'Bo' : 'Ana' },
        ],
      })),
      relationships: [
        {
          id: 'ana-met-bo',
          type: 'met',
          source: 'ana',
          target: 'bo',
          certainty: 'stated',
          evidence: [{ source: 's', start: 0, end: 11, quote: 'Ana met Bo.' }],
        },
      ],
    },
    'cited',
  );

  it('reads publisher, title, date, address, then where the quote stands', () => {
    const text = toCitationsMarkdown(withAddress, selectClaims(withAddress), {
      view: 'everything',
      exportedOn: '2026-12-01',
    });
    expect(text).toContain('   > Ana met Bo.');
    expect(text).toContain(
      '   > — Example Gazette, *The report*, 2024-03-05, <https://example.org/report?id=1>, characters 0–11',
    );
  });

  it('shows an address that is not a web address as text, never as a link', () => {
    const hostileAddress = {
      ...withAddress,
      sources: [{ ...withAddress.sources[0]!, url: 'javascript:alert(1)' }],
    };
    hostileAddress.sourceById = new Map([['s', hostileAddress.sources[0]!]]);
    const text = toCitationsMarkdown(hostileAddress, selectClaims(hostileAddress), {
      view: 'everything',
      exportedOn: '2026-12-01',
    });
    expect(text).toContain('2024-03-05, javascript:alert(1), characters');
    expect(text).not.toContain('<javascript');
  });
});
