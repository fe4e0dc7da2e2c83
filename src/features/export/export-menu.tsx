import { useRef, useState, type KeyboardEvent } from 'react';
import { selectClaims } from '../../data/model/claims';
import { useDataset } from '../../queries/use-dataset';
import { useGraphCommands, type ImageFormat } from '../../graph';
import { useGraphView, useIsInView } from '../../view/graph-view-context';
import { downloadFile } from '../../lib/download';
import { useViewState } from '../../url/use-view-state';
import { toCitationsMarkdown } from './citations';
import { describeView } from '../../url/describe-view';
import { exportFileName, toDateStamp, type ExportKind } from './file-names';
import { PublishingDialog, type PublishingChoice } from './publishing-dialog';
import { publishingCredit, publishingSubtitle, publishingTitle } from './publishing';
import { selectViewDataset } from './view-dataset';

interface ExportItem {
  label: string;
  kind: ExportKind;
  extension: string;
  type: string;
}

const IMAGES: (ExportItem & { format: ImageFormat })[] = [
  {
    label: 'Graph as PNG image',
    kind: 'graph',
    extension: 'png',
    type: 'image/png',
    format: 'png',
  },
  {
    label: 'Graph as SVG image',
    kind: 'graph',
    extension: 'svg',
    type: 'image/svg+xml',
    format: 'svg',
  },
];
type DataKind = Exclude<ExportKind, 'graph' | 'image'>;
const DATA: (ExportItem & { kind: DataKind })[] = [
  {
    label: 'Data as JSON (Liaison format)',
    kind: 'dataset',
    extension: 'json',
    type: 'application/json',
  },
  { label: 'Entities as CSV', kind: 'entities', extension: 'csv', type: 'text/csv' },
  { label: 'Relationships as CSV', kind: 'relationships', extension: 'csv', type: 'text/csv' },
  { label: 'Citations as Markdown', kind: 'citations', extension: 'md', type: 'text/markdown' },
  {
    label: 'Data as FollowTheMoney (Aleph)',
    kind: 'ftm',
    extension: 'ftm.jsonl',
    type: 'application/x-ndjson',
  },
];

/**
 * Takes the current view away: the graph as a picture, its data as a dataset Liaison opens
 * again or as spreadsheets, and its claims as a citation list. What the view shows (filters,
 * focus, path) is what the files hold.
 */
export function ExportMenu() {
  const dataset = useDataset();
  const { state } = useViewState();
  const isInView = useIsInView();
  const { faded } = useGraphView();
  const commands = useGraphCommands();
  const [isPublishing, setIsPublishing] = useState(false);
  const view = describeView(state, dataset);
  const menuRef = useRef<HTMLDetailsElement>(null);
  // Saved files show in the browser's own downloads; only waiting and failing are shown here.
  const [status, setStatus] = useState({ text: '', shown: false });

  const save = async (item: ExportItem, content: () => Promise<Blob | string | null>) => {
    if (menuRef.current) menuRef.current.open = false;
    const name = exportFileName({ dataset, state, ...item }, new Date());
    setStatus({ text: `Preparing ${name}…`, shown: true });
    try {
      const file = await content();
      if (file === null) {
        return setStatus({
          text: 'The graph is not drawn yet: try again in a moment.',
          shown: true,
        });
      }
      downloadFile(name, file, item.type);
      setStatus({ text: `Saved ${name}`, shown: false });
    } catch (error) {
      setStatus({ text: `${name} could not be made: ${failureReason(error)}`, shown: true });
    }
  };
  const viewData = () => selectViewDataset(dataset, isInView);
  // The CSV writer and the FtM model load when first used: most visits export nothing.
  const csv = () => import('./csv');
  const ftm = async () => {
    const { toFtmFile } = await import('../../data/formats/ftm/ftm-file');
    const inView = (items: readonly { id: string }[]) =>
      new Set(items.map((item) => item.id).filter(isInView));
    const entityIds = inView(dataset.entities);
    const relationshipIds = inView(dataset.relationships);
    // The whole dataset keeps its sources as documents; a partial view holds what it shows.
    const isWhole =
      entityIds.size === dataset.entities.length &&
      relationshipIds.size === dataset.relationships.length;
    return toFtmFile(dataset, isWhole ? {} : { entityIds, relationshipIds }).text;
  };
  const write: Record<DataKind, () => Promise<string> | string> = {
    dataset: () => `${JSON.stringify(viewData(), null, 2)}\n`,
    entities: async () => (await csv()).toEntitiesCsv(viewData()),
    relationships: async () => (await csv()).toRelationshipsCsv(viewData()),
    citations: () =>
      toCitationsMarkdown(dataset, selectClaims(dataset, isInView, state.hiddenCertainties), {
        view,
        exportedOn: toDateStamp(new Date()),
      }),
    ftm,
  };
  const publish = (choice: PublishingChoice) => {
    setIsPublishing(false);
    const options = {
      width: choice.width,
      isDark: choice.isDark,
      withFaded: choice.withFaded,
      title: choice.title,
      subtitle: publishingSubtitle(view, dataset),
      credit: publishingCredit(viewData()),
      isInView,
    };
    const item = {
      label: 'Image for publishing',
      kind: 'image',
      extension: choice.format,
      type: choice.format === 'png' ? 'image/png' : 'image/svg+xml',
    } as const;
    void save(item, () => commands.exportPublishingImage(choice.format, options));
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuRef.current?.open) return;
    menuRef.current.open = false;
    menuRef.current.querySelector('summary')?.focus();
  };

  return (
    <div className="export">
      <details
        className="export-menu"
        ref={menuRef}
        onKeyDown={closeOnEscape}
        onToggle={(event) => {
          if (event.currentTarget.open) setStatus((shown) => ({ ...shown, shown: false }));
        }}
      >
        <summary>Export</summary>
        <div className="export-items" role="group" aria-label="Export the current view">
          {IMAGES.map((item) => (
            <button
              key={item.format}
              type="button"
              onClick={() => void save(item, () => commands.exportImage(item.format))}
            >
              {item.label}
            </button>
          ))}
          <button
            type="button"
            onClick={() => {
              menuRef.current!.open = false;
              setIsPublishing(true);
            }}
          >
            Image for publishing
          </button>
          {DATA.map((item) => (
            <button
              key={item.kind}
              type="button"
              onClick={() => void save(item, async () => write[item.kind]())}
            >
              {item.label}
            </button>
          ))}
        </div>
      </details>
      <PublishingDialog
        isOpen={isPublishing}
        onClose={() => setIsPublishing(false)}
        defaultTitle={publishingTitle(view, dataset)}
        hasFaded={faded.size > 0}
        onSave={publish}
      />
      <span className={status.shown ? 'export-status' : 'visually-hidden'} role="status">
        {status.text}
      </span>
    </div>
  );
}

function failureReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // A writer that loads on first use fails this way when the connection drops.
  return /dynamically imported module|Importing a module script failed/.test(message)
    ? 'the part of Liaison that writes it did not load. Check the connection and try again.'
    : message;
}
