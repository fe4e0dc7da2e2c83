import { useState } from 'react';
import type { IndexedDataset } from '../../data/indexed-dataset';
import { useGraphView } from '../../graph/graph-view-context';

/** Hands a text to the browser as a file download; the object URL lives only for the click. */
function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/x-ndjson' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Export to FollowTheMoney JSON lines, for Aleph and other FtM tools: the whole dataset, or
 * what the graph shows when filters, a focus or a path leave part of it out.
 */
export function ExportFtm({ dataset }: { dataset: IndexedDataset }) {
  const graphView = useGraphView();
  const [status, setStatus] = useState('');
  const exportFile = async (onlyTheView: boolean) => {
    setStatus('Preparing the file…');
    const { toFtmFile } = await import('../../data/formats/ftm/ftm-file');
    const isShown = (id: string) => !graphView.hidden.has(id) && !graphView.faded.has(id);
    const file = toFtmFile(
      dataset,
      onlyTheView
        ? {
            entityIds: new Set(dataset.entities.map((entity) => entity.id).filter(isShown)),
            relationshipIds: new Set(dataset.relationships.map((item) => item.id).filter(isShown)),
          }
        : {},
    );
    download(file.name, file.text);
    setStatus(`Exported ${file.count.toLocaleString('en')} FtM entities as ${file.name}.`);
  };
  return (
    <section className="facts export-ftm" aria-labelledby="export-ftm-heading">
      <h2 id="export-ftm-heading">Export</h2>
      <p className="export-actions">
        <button type="button" onClick={() => void exportFile(false)}>
          Export as FollowTheMoney
        </button>
        {graphView.isPartial && (
          <button type="button" onClick={() => void exportFile(true)}>
            Export what the graph shows
          </button>
        )}
      </p>
      <p className="fact-detail" role="status">
        {status}
      </p>
    </section>
  );
}
