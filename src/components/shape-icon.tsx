import type { EntityType } from '../data/schema/schema';
import { NODE_STYLES, type NodeShape } from '../theme/node-styles';

const POLYGONS: Partial<Record<NodeShape, string>> = {
  'round-hexagon': '25,5 75,5 98,50 75,95 25,95 2,50',
  diamond: '50,2 98,50 50,98 2,50',
  'round-triangle': '50,4 97,94 3,94',
  octagon: '30,2 70,2 98,30 98,70 70,98 30,98 2,70 2,30',
  star: '50,2 62,36 98,36 69,58 80,94 50,72 20,94 31,58 2,36 38,36',
  'round-tag': '2,10 70,10 98,50 70,90 2,90',
  pentagon: '50,2 98,38 80,96 20,96 2,38',
};

/** The node shape of an entity type, for legends and lists; decorative. */
export function ShapeIcon({ type, size = 14 }: { type: EntityType; size?: number }) {
  const { shape, colour } = NODE_STYLES[type];
  const points = POLYGONS[shape];
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" className="shape-icon">
      {points ? (
        <polygon points={points} fill={colour} />
      ) : shape === 'ellipse' ? (
        <circle cx="50" cy="50" r="48" fill={colour} />
      ) : (
        <rect
          x="4"
          y={shape === 'barrel' ? 14 : 4}
          width="92"
          height={shape === 'barrel' ? 72 : 92}
          rx={shape === 'rectangle' ? 0 : 22}
          fill={colour}
        />
      )}
    </svg>
  );
}
