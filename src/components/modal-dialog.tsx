import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A `<dialog>` shown modally while `isOpen`, closed by its Close button or Escape; the browser
 * returns focus where it was. `actions` stand before Close.
 */
export function ModalDialog({
  isOpen,
  onClose,
  labelledBy,
  className,
  actions,
  children,
}: {
  isOpen: boolean;
  onClose: () => void;
  labelledBy: string;
  className: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = dialogRef.current!;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog ref={dialogRef} className={className} aria-labelledby={labelledBy} onClose={onClose}>
      {children}
      <form method="dialog" className="dialog-actions">
        {actions}
        <button type="submit" autoFocus>
          Close
        </button>
      </form>
    </dialog>
  );
}
