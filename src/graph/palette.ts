export interface Palette {
  background: string;
  text: string;
  textHalo: string;
  edge: string;
  edgeText: string;
  /** Lines the source does not vouch for: speculated, classified, unknown. */
  edgeUncertain: string;
  selection: string;
  path: string;
}

export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  text: '#1f2330',
  textHalo: '#ffffff',
  edge: '#8a91a3',
  edgeText: '#3d4352',
  edgeUncertain: '#a21caf',
  selection: '#d9480f',
  path: '#0b7285',
};

export const DARK_PALETTE: Palette = {
  background: '#15171c',
  text: '#e8eaf0',
  textHalo: '#15171c',
  edge: '#6d7488',
  edgeText: '#c5c9d4',
  edgeUncertain: '#e879f9',
  selection: '#ff922b',
  path: '#3bc9db',
};
