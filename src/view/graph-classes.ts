/** Which element wears which class, and what stands out; computed by the view model. */
export interface GraphClasses {
  hidden: ReadonlySet<string>;
  faded: ReadonlySet<string>;
  emphasised: ReadonlySet<string>;
  path: ReadonlySet<string>;
  selected: string | null;
  /** The keyboard cursor, when it rests somewhere other than the selection. */
  cursor: string | null;
  /** Entities a focus reaches: their labels come before others (no class of their own). */
  prominent: ReadonlySet<string>;
}
