import { createContext, useContext, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { ImageFormat } from './graph-adapter';
import type { PublishingOptions } from './publishing';

/** What toolbars and shortcuts may ask of the graph, without holding the instance. */
export interface GraphCommands {
  fit(ids?: readonly string[]): void;
  zoomIn(): void;
  zoomOut(): void;
  centre(id: string): void;
  /** The drawn graph as a picture; null when no graph is drawn. */
  exportImage(format: ImageFormat): Promise<Blob | null>;
  /** The view as a picture ready for a story; null when no graph is drawn. */
  exportPublishingImage(format: ImageFormat, options: PublishingOptions): Promise<Blob | null>;
}

const CommandsContext = createContext<RefObject<GraphCommands | null> | null>(null);

export function GraphCommandsProvider({ children }: { children: ReactNode }) {
  const registry = useRef<GraphCommands | null>(null);
  return <CommandsContext value={registry}>{children}</CommandsContext>;
}

function useRegistry() {
  const registry = useContext(CommandsContext);
  if (!registry) throw new Error('useGraphCommands needs a GraphCommandsProvider');
  return registry;
}

/** The canvas registers itself here; commands sent before it mounts are dropped. */
export function useGraphCommandsRegistry() {
  return useRegistry();
}

export function useGraphCommands(): GraphCommands {
  const registry = useRegistry();
  return useMemo(
    () => ({
      fit: (ids) => registry.current?.fit(ids),
      zoomIn: () => registry.current?.zoomIn(),
      zoomOut: () => registry.current?.zoomOut(),
      centre: (id) => registry.current?.centre(id),
      exportImage: async (format) => (await registry.current?.exportImage(format)) ?? null,
      exportPublishingImage: async (format, options) =>
        (await registry.current?.exportPublishingImage(format, options)) ?? null,
    }),
    [registry],
  );
}
