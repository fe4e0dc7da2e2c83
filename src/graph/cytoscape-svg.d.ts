// cytoscape-svg ships no types: the extension adds `cy.svg()`, which draws the graph through
// canvas2svg and returns the SVG document as text.
declare module 'cytoscape-svg' {
  import type { Ext } from 'cytoscape';
  const register: Ext;
  export default register;
}

declare namespace cytoscape {
  interface Core {
    svg(options?: { full?: boolean; scale?: number; bg?: string }): string;
  }
}
