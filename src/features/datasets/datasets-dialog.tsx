import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { datasetQuery, storedDatasetsQuery } from '../../queries/dataset-query';
import { BUNDLED_REF, toDatasetRef } from '../../data/load/dataset-ref';
import { browserDatasetStore, type StoredDataset } from '../../data/load/dataset-store';
import { useDatasetId } from '../../queries/use-dataset';
import { ModalDialog } from '../../components/modal-dialog';
import { OpenFileButton, SIZE_LIMIT_TEXT } from './open-dataset';
import { datasetHref } from './dataset-href';
import { formatCount } from '../../lib/format-count';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface Row {
  id: string | null;
  title: string;
  entities: number | null;
  relationships: number | null;
  opened: string;
}

/** The datasets this browser has: switch to one, remove one (with undo), or open another. */
export function DatasetsDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  const currentId = useDatasetId();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const stored = useQuery({ ...storedDatasetsQuery(), enabled: isOpen });
  const bundled = useQuery({ ...datasetQuery(BUNDLED_REF), enabled: isOpen });
  const [removed, setRemoved] = useState<StoredDataset | null>(null);

  const rows: Row[] = [
    {
      id: null,
      title: bundled.data?.title ?? 'The bundled dataset',
      entities: bundled.data?.entities.length ?? null,
      relationships: bundled.data?.relationships.length ?? null,
      opened: 'comes with Liaison',
    },
    ...(stored.data ?? []).map((info) => ({
      ...info,
      opened: `opened ${dateFormat.format(new Date(info.openedAt))}`,
    })),
  ];

  const refresh = () => queryClient.invalidateQueries({ queryKey: storedDatasetsQuery().queryKey });
  const remove = async (id: string) => {
    const record = await browserDatasetStore.get(id);
    await browserDatasetStore.remove(id);
    queryClient.removeQueries({ queryKey: datasetQuery(toDatasetRef(id)).queryKey });
    setRemoved(record ?? null);
    await refresh();
    if (id === currentId) navigate(datasetHref(null));
  };
  const undo = async () => {
    if (!removed) return;
    await browserDatasetStore.put(removed);
    setRemoved(null);
    await refresh();
  };

  return (
    <ModalDialog
      isOpen={isOpen}
      onClose={onClose}
      labelledBy="datasets-heading"
      className="app-dialog"
      actions={<OpenFileButton />}
    >
      <h2 id="datasets-heading">Datasets</h2>
      <p className="datasets-intro">
        Datasets you open stay in this browser only, and work offline. Open {SIZE_LIMIT_TEXT}, or
        drop a file anywhere on Liaison.
      </p>
      <ul className="dataset-list" aria-label="Datasets in this browser">
        {rows.map((row) => (
          <DatasetRow
            key={row.id ?? 'bundled'}
            row={row}
            isCurrent={row.id === currentId}
            onChoose={onClose}
            onRemove={row.id ? () => void remove(row.id!) : null}
          />
        ))}
      </ul>
      <p role="status" className="datasets-removed">
        {removed && (
          <>
            Removed “{removed.info.title}”.{' '}
            <button type="button" onClick={() => void undo()}>
              Undo
            </button>
          </>
        )}
      </p>
    </ModalDialog>
  );
}

function DatasetRow({
  row,
  isCurrent,
  onChoose,
  onRemove,
}: {
  row: Row;
  isCurrent: boolean;
  onChoose: () => void;
  onRemove: (() => void) | null;
}) {
  const counts =
    row.entities === null
      ? ''
      : `${formatCount(row.entities)} people, places and things · ${formatCount(row.relationships ?? 0)} links · `;
  return (
    <li className="dataset-row" aria-current={isCurrent || undefined}>
      <div>
        {isCurrent ? (
          <strong>{row.title}</strong>
        ) : (
          <Link to={datasetHref(row.id)} onClick={onChoose}>
            {row.title}
          </Link>
        )}
        {isCurrent && <span className="dataset-current"> (shown now)</span>}
        <p className="dataset-meta">
          {counts}
          {row.opened}
        </p>
      </div>
      {onRemove && (
        <button type="button" onClick={onRemove} aria-label={`Remove “${row.title}”`}>
          Remove
        </button>
      )}
    </li>
  );
}
