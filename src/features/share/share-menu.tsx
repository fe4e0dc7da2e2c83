import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLocation } from 'react-router';
import { slugOf } from '../../lib/slug';
import { formatBytes } from '../../data/load/file-size';
import { readDatasetFile } from '../../data/sharing/dataset-file';
import { MAX_LINK_CHARS } from '../../data/sharing/fragment-codec';
import { createShareLink, type ShareLink } from '../../data/sharing/share-link';
import type { SharedFile } from '../../data/sharing/shared-file';
import { SHARED_VIEW_EXTENSION, toSharedViewFile } from '../../data/sharing/shared-view-file';
import { useDataset, useDatasetId } from '../../queries/use-dataset';
import { downloadFile } from '../../lib/download';
import { copyText } from './copy-link-button';
import './share.css';

type Prepared =
  | { kind: 'working' }
  | { kind: 'ready'; file: SharedFile; link: ShareLink }
  | { kind: 'failed'; reason: string };

const count = (value: number) => value.toLocaleString('en');

/** The link with data for the view shown, made when the menu opens and again when the view changes. */
function usePreparedLink(isOpen: boolean, datasetId: string | null, view: string) {
  const [prepared, setPrepared] = useState<{ key: string; value: Prepared } | null>(null);
  const key = `${datasetId}\n${view}`;
  useEffect(() => {
    if (!isOpen) return;
    let isCurrent = true;
    void (async () => {
      try {
        const file = await readDatasetFile(datasetId);
        const link = await createShareLink(`${window.location.origin}${view}`, file);
        if (isCurrent) setPrepared({ key, value: { kind: 'ready', file, link } });
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        if (isCurrent) setPrepared({ key, value: { kind: 'failed', reason } });
      }
    })();
    return () => {
      isCurrent = false;
    };
  }, [isOpen, datasetId, view, key]);
  return prepared?.key === key ? prepared.value : ({ kind: 'working' } as const);
}

function describeLink(prepared: Prepared, isBundled: boolean): string {
  if (prepared.kind === 'working') return 'Measuring the link…';
  if (prepared.kind === 'failed') return `The link cannot be made: ${prepared.reason}.`;
  const { link, file } = prepared;
  if (isBundled) {
    return 'This dataset comes with Liaison, so the plain link already shows this view anywhere.';
  }
  if (link.fits) {
    return `The link holds the dataset (${formatBytes(file.bytes.length)}): ${count(link.length)} characters, within the ${count(MAX_LINK_CHARS)} chat tools carry whole.`;
  }
  const size =
    link.length === null ? formatBytes(file.bytes.length) : `${count(link.length)} characters`;
  return `Too large for a link (${size}; chat tools carry ${count(MAX_LINK_CHARS)} characters whole): save it as a file and send that instead.`;
}

/**
 * Shares the view with someone who does not have the dataset: as a link that carries it in
 * its fragment (never sent to a server), or, for a dataset too large for a link, as a
 * `.liaison.json` file holding the dataset and the view.
 */
export function ShareMenu() {
  const dataset = useDataset();
  const datasetId = useDatasetId();
  const { pathname, search } = useLocation();
  const view = `${pathname}${search}`;
  const menuRef = useRef<HTMLDetailsElement>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [status, setStatus] = useState('');
  const prepared = usePreparedLink(isOpen, datasetId, view);
  const isBundled = datasetId === null;
  const ready = prepared.kind === 'ready' ? prepared : null;
  const canCopy = ready !== null && (isBundled || ready.link.fits);

  const close = () => {
    menuRef.current!.open = false;
  };
  const copy = async () => {
    if (!ready) return;
    const href =
      isBundled || !ready.link.fits ? `${window.location.origin}${view}` : ready.link.href;
    close();
    setStatus(
      (await copyText(href))
        ? `Link with data copied (${count(href.length)} characters)`
        : 'Could not copy: this browser did not allow it',
    );
  };
  const save = () => {
    if (!ready) return;
    close();
    const day = new Date().toISOString().slice(0, 10);
    const name = `${slugOf(dataset.title, 48) || 'liaison'}-view-${day}.${SHARED_VIEW_EXTENSION}`;
    downloadFile(name, toSharedViewFile({ view, file: ready.file }), 'application/json');
    setStatus(`Saved ${name}: opening it in Liaison shows this view.`);
  };
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuRef.current?.open) return;
    close();
    menuRef.current.querySelector('summary')?.focus();
  };

  return (
    <div className="export share">
      <details
        className="export-menu"
        ref={menuRef}
        onKeyDown={closeOnEscape}
        onToggle={(event) => {
          setIsOpen(event.currentTarget.open);
          if (event.currentTarget.open) setStatus('');
        }}
      >
        <summary>Share</summary>
        <div className="export-items share-items" role="group" aria-label="Share this view">
          <button
            type="button"
            onClick={() => void copy()}
            disabled={!canCopy}
            aria-describedby="share-link-size"
          >
            Copy link with data
          </button>
          <p id="share-link-size" className="share-note" aria-live="polite">
            {describeLink(prepared, isBundled)}
          </p>
          <button
            type="button"
            onClick={save}
            disabled={!ready}
            aria-describedby="share-file-note"
            className={ready && !ready.link.fits && !isBundled ? 'is-suggested' : undefined}
          >
            Save as file
          </button>
          <p id="share-file-note" className="share-note">
            A <code>.{SHARED_VIEW_EXTENSION}</code> file with the dataset and this view; opening it
            in Liaison shows the view.
          </p>
        </div>
      </details>
      <span className={status ? 'export-status' : 'visually-hidden'} role="status">
        {status}
      </span>
    </div>
  );
}
