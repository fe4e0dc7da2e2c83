export function findBrowser(): {
  kind: 'env' | 'playwright' | 'system';
  executablePath?: string;
} | null;
export const CHROMIUM_ARGS: string[];
