export function findBrowser(): {
  kind: 'env' | 'playwright' | 'system';
  executablePath?: string;
} | null;
