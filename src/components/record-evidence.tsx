import { Fragment } from 'react';
import type { RecordEvidence, RecordProperty } from '../data/schema/schema';
import { countryName } from '../lib/country-name';

/**
 * The second kind of evidence: a record of structured data (an FtM entity) that states the fact.
 * Its source URL is shown as text, never made a link: it is the file's word, not ours.
 */
export function RecordEvidenceList({
  records,
}: {
  records: readonly RecordEvidence[] | undefined;
}) {
  if (!records?.length) return null;
  return (
    <ul className="record-evidence">
      {records.map((record) => (
        <li key={`${record.id}:${record.property ?? ''}`}>
          From the record <bdi className="record-id">{record.id}</bdi>
          {record.schema && (
            <>
              {' '}
              (<bdi>{record.schema}</bdi>
              {record.property && (
                <>
                  , field <bdi>{record.property}</bdi>
                </>
              )}
              )
            </>
          )}
          {record.dataset && (
            <>
              {' '}
              in <bdi>{record.dataset}</bdi>
            </>
          )}
          {record.publisher && (
            <>
              , published by <bdi>{record.publisher}</bdi>
            </>
          )}
          {record.url && (
            <>
              ; its source: <bdi className="record-url">{record.url}</bdi>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The fields of a record Liaison has no place for, as the record wrote them. */
export function RecordProperties({
  properties,
}: {
  properties: readonly RecordProperty[] | undefined;
}) {
  if (!properties?.length) return null;
  return (
    <section className="facts record-properties">
      <h2>More from the record</h2>
      <RecordFields properties={properties} />
    </section>
  );
}

/** A record's fields, each with its values as the record wrote them. */
export function RecordFields({ properties }: { properties: readonly RecordProperty[] }) {
  return (
    <dl className="fields">
      {properties.map((property) => (
        <div className="field" key={property.name}>
          <dt>
            <bdi>{property.label}</bdi>
          </dt>
          <dd>
            <RecordValues property={property} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** A record field's values as a reader reads them: country codes as country names. */
export function RecordValues({ property }: { property: RecordProperty }) {
  return property.values.map((value, at) => (
    <Fragment key={at}>
      {at > 0 && '; '}
      {property.type === 'country' ? (
        <bdi title={value}>{countryName(value)}</bdi>
      ) : (
        <bdi>{value}</bdi>
      )}
    </Fragment>
  ));
}
