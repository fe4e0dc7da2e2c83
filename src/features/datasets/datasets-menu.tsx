import { useState } from 'react';
import { useDataset } from '../../queries/use-dataset';
import { DatasetsDialog } from './datasets-dialog';
import { OpenFileButton } from './open-dataset';

/** The header's way to other data: open a file, or list, switch and remove datasets. */
export function DatasetsMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const { title } = useDataset();
  return (
    <>
      <OpenFileButton />
      <button
        type="button"
        aria-haspopup="dialog"
        title={`Datasets (shown now: ${title})`}
        onClick={() => setIsOpen(true)}
      >
        Datasets
      </button>
      <DatasetsDialog isOpen={isOpen} onClose={() => setIsOpen(false)} />
    </>
  );
}
