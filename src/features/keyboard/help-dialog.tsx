import { ModalDialog } from '../../components/modal-dialog';
import { SHORTCUTS } from './shortcuts';

/** The list of shortcuts, in a modal dialog that returns focus where it was. */
export function HelpDialog({ isOpen, onClose }: { isOpen: boolean; onClose: () => void }) {
  return (
    <ModalDialog
      isOpen={isOpen}
      onClose={onClose}
      labelledBy="help-heading"
      className="help-dialog"
    >
      <h2 id="help-heading">Keyboard shortcuts</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">Action</th>
            <th scope="col">Where</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((shortcut) => (
            <tr key={shortcut.keys + shortcut.where}>
              <td>
                <kbd>{shortcut.keys}</kbd>
              </td>
              <td>{shortcut.action}</td>
              <td>{shortcut.where}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ModalDialog>
  );
}
