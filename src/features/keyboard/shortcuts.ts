/** Every keyboard shortcut, for the help dialog (docs/user-guide.md lists them too). */
export const SHORTCUTS: { keys: string; action: string; where: string }[] = [
  { keys: '/', action: 'Focus the search box', where: 'anywhere' },
  { keys: '?', action: 'Show this list of shortcuts', where: 'anywhere' },
  {
    keys: '1, 2, 3',
    action: 'Focus the graph on the selected entity, 1–3 steps deep',
    where: 'anywhere',
  },
  { keys: '0', action: 'Clear the focus', where: 'anywhere' },
  { keys: 'F', action: 'Fit the graph to the window', where: 'anywhere' },
  { keys: '+ / −', action: 'Zoom in / out', where: 'anywhere' },
  { keys: '← → ↑ ↓', action: 'Move along the connections of the selected entity', where: 'graph' },
  { keys: 'Enter', action: 'Open the entity under the cursor', where: 'graph' },
  { keys: 'Escape', action: 'Clear the selection', where: 'graph' },
  { keys: '↑ ↓ Enter Escape', action: 'Move through, choose, close results', where: 'search box' },
  { keys: '← →', action: 'Previous / next paragraph', where: 'walkthrough' },
];
