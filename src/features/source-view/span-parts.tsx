import type { CSSProperties } from 'react';
import { RelationshipIcon } from '../../components/relationship-icon';
import { ShapeIcon } from '../../components/shape-icon';
import { NODE_STYLES } from '../../theme/node-styles';
import type { SpanKind } from '../../text/evidence-spans';

/** The shape of a kind, as the graph draws it; decorative. */
export function KindIcon({ kind }: { kind: SpanKind }) {
  return kind === 'relationship' ? (
    <RelationshipIcon size={11} />
  ) : (
    <ShapeIcon type={kind} size={11} />
  );
}

const LANE_GAP = 4;

/**
 * One line per span below the text, each on its lane, in the colour of its kind
 * (dotted grey for relationships). Drawn as background layers of the one element
 * that holds the text: a few hundred nested underline elements made the page slow
 * to lay out and to check.
 */
export function linesStyle(lines: readonly { kind: SpanKind; lane: number }[]): CSSProperties {
  const depth = Math.max(0, ...lines.map((line) => line.lane));
  const padding = 4 + depth * LANE_GAP;
  const layers = lines.map(({ kind, lane }) => {
    const isRelationship = kind === 'relationship';
    const colour = isRelationship ? 'var(--text-soft)' : NODE_STYLES[kind].colour;
    const height = isRelationship ? 1.5 : 2;
    return {
      image: isRelationship
        ? `repeating-linear-gradient(to right, ${colour} 0 2px, transparent 2px 4px)`
        : `linear-gradient(${colour}, ${colour})`,
      position: `0 calc(100% - ${padding - 1 - lane * LANE_GAP - height}px)`,
      size: `100% ${height}px`,
    };
  });
  return {
    backgroundImage: layers.map((layer) => layer.image).join(', '),
    backgroundPosition: layers.map((layer) => layer.position).join(', '),
    backgroundSize: layers.map((layer) => layer.size).join(', '),
    paddingBottom: `${padding}px`,
    // The line grows by what its lanes need, below and (line-height being symmetric) above.
    lineHeight: `calc(1.8em + ${depth * 2 * LANE_GAP}px)`,
  };
}
