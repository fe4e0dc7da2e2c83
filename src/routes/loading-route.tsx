export function LoadingRoute() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <p className="brand">Liaison</p>
      <p>Loading the dataset…</p>
    </div>
  );
}
