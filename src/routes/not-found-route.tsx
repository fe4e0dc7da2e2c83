import { NotFound } from '../features/not-found/not-found';

export function NotFoundRoute() {
  return <NotFound kind="page" id="" />;
}
