import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { Link } from 'react-router';
import { CertaintyBadge } from '../../components/certainty-badge';
import { DateText } from '../../components/date-text';
import { EntityLink } from '../../components/entity-link';
import { RelationshipSentence } from '../../components/relationship-sentence';
import { useDataset } from '../../queries/use-dataset';
import { useViewState } from '../../url/use-view-state';
import type { ClaimSort, ClaimSortColumn } from '../../url/view-state';
import type { ClaimRow } from './claim-rows';

const COLUMNS: { by: ClaimSortColumn; label: string }[] = [
  { by: 'claim', label: 'Claim' },
  { by: 'type', label: 'Type' },
  { by: 'certainty', label: 'Certainty' },
  { by: 'date', label: 'Date' },
  { by: 'source', label: 'Quote' },
];

/** A first guess at a row's height; each drawn row is measured. */
const ROW_ESTIMATE_PX = 76;

/**
 * The claims as a real table: headers that sort, a row header per claim, and only the rows
 * near the scroll position in the document (aria-rowcount and aria-rowindex tell assistive
 * technology where they stand), so 10,000 claims cost what 30 do.
 */
export function ClaimsTable({
  rows,
  sort,
  caption,
}: {
  rows: readonly ClaimRow[];
  sort: ClaimSort;
  caption: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The virtualiser re-renders this component as it scrolls; no React Compiler memoises it here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 8,
    getItemKey: (at) => rows[at]!.id,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div
      className="claims-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-label="Claims table, scrolls"
    >
      <table className="claims-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            {COLUMNS.map((column) => (
              <SortHeader key={column.by} {...column} sort={sort} />
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 && <Spacer height={before} />}
          {items.map((item) => (
            <ClaimTableRow
              key={item.key}
              row={rows[item.index]!}
              rowIndex={item.index + 2}
              measureRef={virtualizer.measureElement}
              dataIndex={item.index}
            />
          ))}
          {after > 0 && <Spacer height={after} />}
        </tbody>
      </table>
    </div>
  );
}

function Spacer({ height }: { height: number }) {
  return (
    <tr className="claims-spacer" aria-hidden="true">
      <td colSpan={COLUMNS.length} style={{ height }} />
    </tr>
  );
}

function SortHeader({ by, label, sort }: { by: ClaimSortColumn; label: string; sort: ClaimSort }) {
  const { state, go } = useViewState();
  const isSorted = sort.by === by;
  const next = { by, descending: isSorted && !sort.descending };
  const direction = sort.descending ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={isSorted ? direction : undefined}>
      <button type="button" onClick={() => go({ claims: { ...state.claims, sort: next } })}>
        {label}
        {by === 'source' && <span className="visually-hidden"> (reading order)</span>}
        <span aria-hidden="true" className="sort-mark">
          {isSorted ? (sort.descending ? ' ▼' : ' ▲') : ''}
        </span>
      </button>
    </th>
  );
}

function ClaimTableRow({
  row,
  rowIndex,
  dataIndex,
  measureRef,
}: {
  row: ClaimRow;
  rowIndex: number;
  dataIndex: number;
  measureRef: (element: HTMLTableRowElement | null) => void;
}) {
  const dataset = useDataset();
  const { hrefFor } = useViewState();
  const [quote, ...more] = row.evidence;
  return (
    <tr aria-rowindex={rowIndex} data-index={dataIndex} ref={measureRef} data-claim={row.id}>
      <th scope="row">
        {row.kind === 'relationship' ? (
          <RelationshipSentence relationship={row.relationship} hasCertainty={false} />
        ) : (
          <EntityLink id={row.id} />
        )}
      </th>
      <td>
        <bdi>{row.typeLabel}</bdi>
      </td>
      <td>
        <CertaintyBadge certainty={row.certainty} />
      </td>
      <td>{row.date ? <DateText date={row.date} isBrief /> : <span>not stated</span>}</td>
      <td>
        {quote && (
          <Link
            className="claim-quote"
            to={hrefFor({
              page: { kind: 'source', id: quote.source },
              span: { start: quote.start, end: quote.end },
            })}
            title={`In ${dataset.sourceById.get(quote.source)?.title ?? 'the source'}`}
          >
            “<bdi>{quote.quote}</bdi>”
          </Link>
        )}
        {more.length > 0 && <span className="claim-more"> and {more.length} more</span>}
      </td>
    </tr>
  );
}
