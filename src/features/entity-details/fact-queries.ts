import type { EntityType, RelationshipType } from '../../data/schema/schema';

/**
 * What a panel lists under one heading. The heading says what the relationships
 * mean from this entity's side, so a type only shares a heading with types that
 * mean the same thing there ("Greeted" is not "Met").
 */
export interface FactQuery {
  heading: string;
  /** `both` for links that read the same either way (met, counterpart of, near). */
  direction: 'out' | 'in' | 'both';
  types: readonly RelationshipType[];
  /** Only entities of these types at the other end. */
  otherTypes?: readonly EntityType[];
  sortByDate?: boolean;
  /** The heading says all the label would ("Events here: Arrival — in"); show only roles. */
  hideLabel?: boolean;
}

const PARTICIPATION: RelationshipType[] = [
  'participated-in',
  'attended',
  'met',
  'laid-wreath-at',
  'visited',
  'arrived-in',
  'unveiled',
  'signed',
];

const EVENTS_TAKEN_PART_IN: FactQuery = {
  heading: 'Events',
  direction: 'out',
  types: PARTICIPATION,
  otherTypes: ['event'],
  sortByDate: true,
};
const EVENTS_HERE: FactQuery = {
  heading: 'Events here',
  direction: 'in',
  types: ['took-place-at'],
  sortByDate: true,
  hideLabel: true,
};
const SUBJECT_OF: FactQuery = { heading: 'Subject of', direction: 'in', types: ['about'] };
const COUNTERPART: FactQuery = {
  heading: 'Counterpart',
  direction: 'both',
  types: ['counterpart-of'],
};

/** What records of ownership, control and kinship say (FollowTheMoney's interval schemata). */
const HOLDINGS: FactQuery[] = [
  { heading: 'Owns', direction: 'out', types: ['owns'], sortByDate: true },
  { heading: 'Owned by', direction: 'in', types: ['owns'], sortByDate: true },
  { heading: 'Directs', direction: 'out', types: ['directs'], sortByDate: true },
  { heading: 'Directed by', direction: 'in', types: ['directs'], sortByDate: true },
  { heading: 'Works for', direction: 'out', types: ['employed-by'] },
  { heading: 'Employs', direction: 'in', types: ['employed-by'] },
  { heading: 'Paid', direction: 'out', types: ['paid'], sortByDate: true },
  { heading: 'Paid by', direction: 'in', types: ['paid'], sortByDate: true },
  { heading: 'Owes', direction: 'out', types: ['owes'] },
  { heading: 'Owed by', direction: 'in', types: ['owes'] },
];

export const FACT_QUERIES: Partial<Record<EntityType, readonly FactQuery[]>> = {
  person: [
    { heading: 'Family', direction: 'both', types: ['family-of'] },
    { heading: 'Associates', direction: 'both', types: ['associate-of'] },
    ...HOLDINGS,
    { heading: 'Leads', direction: 'out', types: ['leads', 'heads'] },
    { heading: 'Deputy of', direction: 'out', types: ['deputy-of'] },
    { heading: 'Member of', direction: 'out', types: ['member-of', 'part-of'] },
    { heading: 'Ambassador to', direction: 'out', types: ['ambassador-to'] },
    {
      heading: 'Represents',
      direction: 'out',
      types: ['speaks-for', 'on-behalf-of', 'represents'],
    },
    { heading: 'Represented by', direction: 'in', types: ['represents'] },
    EVENTS_TAKEN_PART_IN,
    { heading: 'Greeted', direction: 'out', types: ['greeted'] },
    { heading: 'Greeted by', direction: 'in', types: ['greeted'] },
    { heading: 'Met', direction: 'both', types: ['met'], otherTypes: ['person', 'delegation'] },
    COUNTERPART,
    { heading: 'Statements', direction: 'out', types: ['said'], hideLabel: true },
  ],
  delegation: [
    { heading: 'Led by', direction: 'in', types: ['leads'] },
    { heading: 'Members', direction: 'in', types: ['member-of', 'part-of'] },
    { heading: 'Sent by', direction: 'out', types: ['sent-by'] },
    { heading: 'On behalf of', direction: 'out', types: ['on-behalf-of'] },
    { heading: 'Destination', direction: 'out', types: ['visited', 'arrived-in'] },
    { heading: 'Greeted by', direction: 'in', types: ['greeted'] },
    { heading: 'Met', direction: 'both', types: ['met'], otherTypes: ['person', 'delegation'] },
    EVENTS_TAKEN_PART_IN,
    { heading: 'Laid a wreath at', direction: 'out', types: ['laid-wreath-at'] },
    { heading: 'Honoured', direction: 'out', types: ['honours'] },
  ],
  event: [
    { heading: 'Where', direction: 'out', types: ['took-place-at', 'located-in'], hideLabel: true },
    { heading: 'Participants', direction: 'in', types: [...PARTICIPATION, 'leads'] },
    { heading: 'On behalf of', direction: 'out', types: ['on-behalf-of'] },
    { heading: 'Honours', direction: 'out', types: ['honours'] },
    { heading: 'Commemorates', direction: 'out', types: ['commemorates'] },
    { heading: 'Unveiled', direction: 'out', types: ['unveiled'] },
    { heading: 'About', direction: 'out', types: ['about'] },
    { heading: 'Reported by', direction: 'in', types: ['reported'] },
    SUBJECT_OF,
    { heading: 'Statements made', direction: 'in', types: ['said-at'] },
    { heading: 'Part of', direction: 'out', types: ['part-of'] },
    { heading: 'Includes', direction: 'in', types: ['part-of'], sortByDate: true },
    { heading: 'Follows', direction: 'out', types: ['followed'] },
    { heading: 'Followed by', direction: 'in', types: ['followed'] },
    { heading: 'Related developments', direction: 'both', types: ['related-to'] },
    { heading: 'Reports', direction: 'out', types: ['reported'], sortByDate: true },
  ],
  organization: [
    ...HOLDINGS,
    { heading: 'Part of', direction: 'out', types: ['part-of'] },
    { heading: 'Includes', direction: 'in', types: ['part-of'] },
    { heading: 'Headed by', direction: 'in', types: ['heads', 'leads'] },
    { heading: 'Deputies', direction: 'in', types: ['deputy-of'] },
    { heading: 'Members', direction: 'in', types: ['member-of'] },
    COUNTERPART,
    { heading: 'Sent', direction: 'in', types: ['sent-by'] },
    { heading: 'On its behalf', direction: 'in', types: ['on-behalf-of'] },
    { heading: 'Represented by', direction: 'in', types: ['speaks-for', 'represents'] },
    { heading: 'Represents', direction: 'out', types: ['represents'] },
    EVENTS_TAKEN_PART_IN,
    { heading: 'Commemorated by', direction: 'in', types: ['commemorates'] },
    { heading: 'Reported', direction: 'out', types: ['reported'], sortByDate: true },
  ],
  statement: [
    { heading: 'Said by', direction: 'in', types: ['said'], hideLabel: true },
    { heading: 'Occasion', direction: 'out', types: ['said-at'] },
    { heading: 'Speaks for', direction: 'out', types: ['speaks-for'] },
    { heading: 'Echoes', direction: 'out', types: ['echoes'] },
    { heading: 'Echoed by', direction: 'in', types: ['echoes'] },
    { heading: 'About', direction: 'out', types: ['about'] },
  ],
  document: [
    { heading: 'Parties', direction: 'in', types: ['party-to', 'signed'] },
    { heading: 'Events', direction: 'in', types: ['about', 'signed'], otherTypes: ['event'] },
  ],
  monument: [
    { heading: 'Located in', direction: 'out', types: ['located-in', 'took-place-at', 'near'] },
    { heading: 'Commemorates', direction: 'out', types: ['commemorates'] },
    { heading: 'Honours', direction: 'out', types: ['honours'] },
    { heading: 'Unveiled at', direction: 'in', types: ['unveiled'] },
    EVENTS_HERE,
    { heading: 'Wreath laid by', direction: 'in', types: ['laid-wreath-at'] },
  ],
  place: [
    { heading: 'Located in', direction: 'out', types: ['located-in'] },
    { heading: 'Near', direction: 'both', types: ['near'] },
    { heading: 'Includes', direction: 'in', types: ['located-in'] },
    EVENTS_HERE,
    { heading: 'Arrivals', direction: 'in', types: ['arrived-in'] },
  ],
  country: [
    { heading: 'Includes', direction: 'in', types: ['located-in'] },
    { heading: 'Party to', direction: 'out', types: ['party-to', 'signed'] },
    EVENTS_TAKEN_PART_IN,
    EVENTS_HERE,
    { heading: 'Visited by', direction: 'in', types: ['visited'] },
    { heading: 'Ambassadors to it', direction: 'in', types: ['ambassador-to'] },
    { heading: 'Represented by', direction: 'in', types: ['speaks-for', 'represents'] },
    { heading: 'Represents', direction: 'out', types: ['represents'] },
    { heading: 'Personnel deployed here', direction: 'in', types: ['deployed-to'] },
    SUBJECT_OF,
  ],
  group: [
    { heading: 'Statements', direction: 'out', types: ['said'], hideLabel: true },
    EVENTS_TAKEN_PART_IN,
    { heading: 'Deployed to', direction: 'out', types: ['deployed-to'] },
    { heading: 'Honoured by', direction: 'in', types: ['honours'] },
    SUBJECT_OF,
  ],
};
