import type { Note } from '../data/schema/schema';

/** Remarks on a fact; those from outside the source say so plainly. */
export function Notes({ notes }: { notes: readonly Note[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="notes">
      {notes.map((note) => (
        <li key={note.text} className={`note note-${note.origin}`}>
          {note.origin === 'external' && (
            <strong className="note-origin">From outside the source: </strong>
          )}
          <bdi>{note.text}</bdi>
          {note.reference && (
            <span className="note-reference">
              {' '}
              (<bdi>{note.reference}</bdi>)
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
