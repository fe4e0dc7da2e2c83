export function createSyntheticDataset(
  entityCount: number,
  edgesPerEntity?: number,
  seed?: number,
): { entities: { id: string }[]; relationships: { id: string }[] } & Record<string, unknown>;
