import { NotFound } from '../features/not-found/NotFound';

export function NotFoundRoute() {
  return <NotFound kind="page" id="" />;
}
