import { EntityLink } from '../../components/entity-link';
import { RecordEvidenceList, RecordFields } from '../../components/record-evidence';
import type { RecordFact } from './record-facts';

/**
 * The records of facts about an entity (its sanctions, its passports): read here, as facts, and
 * kept off the graph unless the filters ask for them.
 */
export function RecordFactList({ facts }: { facts: readonly RecordFact[] }) {
  if (facts.length === 0) return null;
  return (
    <section className="facts record-facts">
      <h2>Records ({facts.length})</h2>
      <ul>
        {facts.map(({ record, fields }) => (
          <li key={record.id} className="record-fact">
            <h3>
              <EntityLink id={record.id} />
            </h3>
            {record.type === 'other' && !record.name.startsWith(record.kind) && (
              <p className="fact-detail">{record.kind}</p>
            )}
            {fields.length > 0 && <RecordFields properties={fields} />}
            <RecordEvidenceList records={record.records} />
          </li>
        ))}
      </ul>
    </section>
  );
}
