import { NODE_STYLES } from '../../theme/node-styles';
import { kindLabel, type EvidenceSpan, type SpanKind } from '../../text/evidence-spans';
import { KindIcon, linesStyle } from './span-parts';

const KIND_ORDER = [...Object.keys(NODE_STYLES), 'relationship'] as SpanKind[];

/** The key to the source view: each kind drawn here, with its shape and its line. */
export function SourceKey({
  spans,
  hasCurrent,
}: {
  spans: readonly EvidenceSpan[];
  hasCurrent: boolean;
}) {
  const present = new Set(spans.map((span) => span.kind));
  const kinds = KIND_ORDER.filter((kind) => present.has(kind));
  return (
    <section className="source-key" aria-labelledby="source-key-heading">
      <h2 id="source-key-heading" className="visually-hidden">
        Key
      </h2>
      <p className="legend-line">
        Each quoted passage is underlined in the colour of what it supports and begins with its
        shape; a dotted grey line supports relationships only. Choose a shape (or Tab to it) or the
        text to open what rests there.
      </p>
      <ul className="source-key-list">
        {kinds.map((kind) => (
          <li key={kind}>
            <KindIcon kind={kind} />
            <span className="source-key-line" style={linesStyle([{ kind, lane: 0 }])}>
              {kindLabel(kind)}
            </span>
          </li>
        ))}
        {hasCurrent && (
          <li>
            <mark className="current-span">Highlighted</mark> the passage a link opened
          </li>
        )}
      </ul>
    </section>
  );
}
