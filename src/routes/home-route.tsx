import { Overview } from '../features/overview/Overview';

export function HomeRoute() {
  return (
    <>
      <title>Liaison</title>
      <Overview />
    </>
  );
}
