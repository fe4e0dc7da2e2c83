import { Overview } from '../features/overview/overview';

export function HomeRoute() {
  return (
    <>
      <title>Liaison</title>
      <Overview />
    </>
  );
}
