interface Evidence {
  source: string;
  start: number;
  end: number;
  quote: string;
}

export function createSyntheticDataset(
  entityCount: number,
  edgesPerEntity?: number,
  seed?: number,
): {
  schemaVersion: number;
  title: string;
  sources: { id: string; title: string; text: string }[];
  entities: { id: string; type: string; name: string; evidence: Evidence[] }[];
  relationships: { id: string; source: string; target: string; evidence: Evidence[] }[];
};
