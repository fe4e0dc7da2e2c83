import type { CSSProperties, ReactNode } from 'react';
import { RelationshipIcon } from '../../components/relationship-icon';
import { ShapeIcon } from '../../components/shape-icon';
import { NODE_STYLES } from '../../theme/node-styles';
import type { SpanKind } from './evidence-spans';

/** The shape of a kind, as the graph draws it; decorative. */
export function KindIcon({ kind }: { kind: SpanKind }) {
  return kind === 'relationship' ? (
    <RelationshipIcon size={11} />
  ) : (
    <ShapeIcon type={kind} size={11} />
  );
}

/** An underline on its own lane below the text, in the colour of the kind; dashed for relationships. */
export function EvidenceLine({
  kind,
  lane,
  children,
}: {
  kind: SpanKind;
  lane: number;
  children: ReactNode;
}) {
  const isRelationship = kind === 'relationship';
  const style = {
    '--lane': lane,
    '--kind-colour': isRelationship ? undefined : NODE_STYLES[kind].colour,
  } as CSSProperties;
  return (
    <span className={`evidence-line${isRelationship ? ' is-relationship' : ''}`} style={style}>
      {children}
    </span>
  );
}
