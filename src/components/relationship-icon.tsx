/** Two nodes and the edge between them: the mark of a relationship in lists and legends; decorative. */
export function RelationshipIcon({ size = 14 }: { size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 100 100"
      aria-hidden="true"
      className="shape-icon relationship-icon"
    >
      <line x1="22" y1="78" x2="78" y2="22" stroke="currentColor" strokeWidth="12" />
      <circle cx="22" cy="78" r="18" fill="currentColor" />
      <circle cx="78" cy="22" r="18" fill="currentColor" />
    </svg>
  );
}
