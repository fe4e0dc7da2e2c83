// The baseline `npm run bench` compares Liaison with: the page a competent developer writes
// with the same Cytoscape and fcose and nothing else. Kept plain on purpose; every cost
// Liaison adds on top of this is Liaison's.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

cytoscape.use(fcose);

// fcose's force step at default quality is quadratic; above this it gets `draft`, as Liaison does.
const LARGE_GRAPH_NODES = 300;

const container = document.getElementById('graph');
// The bench gives this canvas the size of Liaison's, so both sides draw as many pixels.
const size = new URLSearchParams(location.search);
if (size.has('width')) {
  container.style.width = `${size.get('width')}px`;
  container.style.height = `${size.get('height')}px`;
}
const dataset = await (await fetch('/data/liaison.json')).json();
const isLarge = dataset.entities.length > LARGE_GRAPH_NODES;

const cy = cytoscape({
  container,
  elements: [
    ...dataset.entities.map((entity) => ({
      group: 'nodes',
      data: { id: entity.id, label: entity.name, type: entity.type },
    })),
    ...dataset.relationships.map((relationship) => ({
      group: 'edges',
      data: {
        id: relationship.id,
        source: relationship.source,
        target: relationship.target,
        label: relationship.label ?? relationship.type,
      },
    })),
  ],
  style: [
    {
      selector: 'node',
      style: { label: 'data(label)', width: 24, height: 24, 'font-size': 10 },
    },
    {
      selector: 'edge',
      style: isLarge
        ? { 'curve-style': 'haystack', width: 1 }
        : {
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            label: 'data(label)',
            'font-size': 8,
            width: 1.5,
          },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d9480f' } },
    { selector: '.hidden', style: { display: 'none' } },
  ],
  layout: { name: 'fcose', quality: isLarge ? 'draft' : 'default', animate: false },
});
container.dataset.graphReady = 'true';

/** What the bench drives besides the mouse: the bare page's "filter". */
window.bareGraph = {
  hideType: (type) => cy.nodes(`[type = "${type}"]`).addClass('hidden'),
};
