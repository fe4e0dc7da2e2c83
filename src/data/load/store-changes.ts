/**
 * Tells the other tabs of this origin that the stored datasets changed, so their Datasets list
 * reads the store again instead of going stale. BroadcastChannel reaches every tab and worker of
 * the origin; where it is missing nothing is sent.
 */
const CHANNEL = 'liaison-datasets';

export function announceStoreChange(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `onChange` whenever another tab changes the store; returns the unsubscribe. */
export function onStoreChange(onChange: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = () => onChange();
  return () => channel.close();
}

/**
 * Asks the browser to keep stored datasets under storage pressure. Asked once a dataset is
 * stored, never at start: browsers grant it on engagement, and asking costs nothing after.
 */
export async function requestPersistentStorage(): Promise<void> {
  try {
    if (!navigator.storage?.persist || (await navigator.storage.persisted())) return;
    await navigator.storage.persist();
  } catch {
    // Kept or not, the dataset is stored; persistence only protects it from eviction.
  }
}
