import { ClaimsView } from '../features/claims/claims-view';

export function ClaimsRoute() {
  return (
    <>
      <title>Claims — Liaison</title>
      <ClaimsView />
    </>
  );
}
