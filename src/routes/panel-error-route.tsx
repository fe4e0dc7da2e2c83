import { Link, useRouteError } from 'react-router';

/** A panel that failed to draw says so in its place; the graph and the header stay usable. */
export function PanelErrorRoute() {
  const error = useRouteError();
  return (
    <article className="details" role="alert">
      <p className="eyebrow">Something went wrong</p>
      <h1>This panel could not be shown</h1>
      <p>{error instanceof Error ? error.message : String(error)}</p>
      <p>
        <Link to="/">Back to the whole network</Link>
      </p>
    </article>
  );
}
