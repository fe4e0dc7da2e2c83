import type { ElementDefinition } from 'cytoscape';
import { useEffect, useEffectEvent, useMemo, useRef, type KeyboardEvent } from 'react';
import type { LayoutName } from '../url/view-state';
import {
  createGraphAdapter,
  type GraphAdapter,
  type GraphCallbacks,
  type GraphClasses,
} from './graph-adapter';
import { useGraphCommandsRegistry } from './graph-commands';
import type { Palette } from './palette';
import { LARGE_GRAPH_EDGES } from './scale-policy';

export interface GraphCanvasProps extends GraphCallbacks {
  elements: readonly ElementDefinition[];
  classes: GraphClasses;
  layout: LayoutName;
  palette: Palette;
  /** Elements to fit into view whenever `key` changes (a new focus or path). */
  frame: { key: string; ids: readonly string[] } | null;
  label: string;
  describedBy?: string;
  onKeyDown?: (event: KeyboardEvent<HTMLDivElement>) => void;
}

export function GraphCanvas({
  elements,
  classes,
  layout,
  palette,
  frame,
  label,
  describedBy,
  onKeyDown,
  ...callbacks
}: GraphCanvasProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const adapterRef = useRef<GraphAdapter | null>(null);
  const commandsRef = useGraphCommandsRegistry();
  // Listeners are bound once, when the adapter is created; these always call the latest props.
  const onTapNode = useEffectEvent((id: string) => callbacks.onTapNode(id));
  const onTapEdge = useEffectEvent((id: string) => callbacks.onTapEdge(id));
  const onTapBackground = useEffectEvent(() => callbacks.onTapBackground());

  useEffect(() => {
    const container = containerRef.current!;
    // `data-graph-settled` counts the renders that settled, and is absent while one is drawn:
    // the one signal tests and scripts wait on.
    let settledRenders = 0;
    const adapter = createGraphAdapter(
      container,
      {
        onTapNode: (id) => onTapNode(id),
        onTapEdge: (id) => onTapEdge(id),
        onTapBackground: () => onTapBackground(),
      },
      (isSettled) => {
        if (!isSettled) return void delete container.dataset.graphSettled;
        writeCounts(container, adapter);
        container.dataset.graphSettled = String(++settledRenders);
      },
    );
    adapterRef.current = adapter;
    commandsRef.current = {
      fit: (ids) => adapter.fit(ids),
      zoomIn: () => adapter.zoomBy(1.25),
      zoomOut: () => adapter.zoomBy(0.8),
      centre: (id) => adapter.centre(id),
      exportImage: (format) => adapter.exportImage(format),
      exportPublishingImage: (format, options) => adapter.exportPublishingImage(format, options),
    };
    window.liaisonGraph = {
      renderedPosition: (id) => {
        const position = adapter.renderedPosition(id);
        const box = container.getBoundingClientRect();
        return position && { x: box.left + position.x, y: box.top + position.y };
      },
      inspect: () => adapter.inspect(),
    };
    return () => {
      delete window.liaisonGraph;
      commandsRef.current = null;
      adapterRef.current = null;
      delete container.dataset.graphReady;
      delete container.dataset.graphSettled;
      adapter.destroy();
    };
  }, [commandsRef]);

  // Counted once per dataset, not on every change of view.
  const isLarge = useMemo(
    () => elements.length - countNodes(elements) > LARGE_GRAPH_EDGES,
    [elements],
  );
  useEffect(() => {
    adapterRef.current?.setStyle(palette, { isLarge });
  }, [palette, isLarge]);

  useEffect(() => {
    const container = containerRef.current!;
    container.dataset.graphReady = 'false';
    void adapterRef.current!.setGraph(elements, layout).then((isDrawn) => {
      if (!isDrawn) return;
      // Ready once the counts say what is drawn.
      showCounts(container, adapterRef.current, () => (container.dataset.graphReady = 'true'));
    });
  }, [elements, layout]);

  useEffect(() => {
    adapterRef.current?.setClasses(classes);
    showCounts(containerRef.current!, adapterRef.current);
  }, [classes]);

  // Only a new focus or path reframes; other renders leave the user's zoom alone.
  const frameKey = frame?.key;
  const applyFrame = useEffectEvent(() => adapterRef.current?.frame(frame?.ids ?? null));
  useEffect(() => {
    applyFrame();
  }, [frameKey]);

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="application"
      aria-roledescription="network graph"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="graph"
    />
  );
}

/**
 * What Cytoscape itself draws, for tests and scripts: never the view model's own count.
 * Read two frames on, once Cytoscape has restyled and drawn what changed.
 */
function showCounts(container: HTMLElement, adapter: GraphAdapter | null, then?: () => void) {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      if (!adapter || !container.isConnected) return;
      writeCounts(container, adapter);
      then?.();
    }),
  );
}

function writeCounts(container: HTMLElement, adapter: GraphAdapter) {
  const { visibleNodes, visibleEdges } = adapter.visibleCounts();
  container.dataset.visibleNodes = String(visibleNodes);
  container.dataset.visibleEdges = String(visibleEdges);
}

function countNodes(elements: readonly ElementDefinition[]) {
  return elements.reduce((count, element) => count + Number(element.group === 'nodes'), 0);
}
