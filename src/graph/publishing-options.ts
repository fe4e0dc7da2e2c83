/** What an "Image for publishing" shows besides the graph, and how. */
export interface PublishingOptions {
  /** The picture's width in pixels; labels are at least MIN_LABEL_PX at that width. */
  width: number;
  isDark: boolean;
  /** Whether what a focus or path fades is drawn, faded, behind what the view shows. */
  withFaded: boolean;
  title: string;
  subtitle: string;
  credit: string;
  /** Whether an element is part of what the view shows (drawn and not faded). */
  isInView(id: string): boolean;
}

export const DEFAULT_PUBLISHING_WIDTH = 1200;
export const MIN_LABEL_PX = 12;
