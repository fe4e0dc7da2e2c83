import { useId, useMemo } from 'react';
import { PanelHeading } from '../../components/panel-heading';
import { CLAIM_TYPES, selectClaims, type ClaimType } from '../../data/model/claims';
import type { Certainty } from '../../data/schema/schema';
import { useDataset } from '../../queries/use-dataset';
import { CERTAINTIES, CERTAINTY_LABELS } from '../../data/schema/vocabulary';
import { useIsInView } from '../../view/graph-view-context';
import { isOneOf } from '../../url/pages';
import { useViewState } from '../../url/use-view-state';
import { claimTypeLabel, selectClaimTable, toClaimRows } from './claim-rows';
import { ClaimsTable } from './claims-table';
import { formatCount } from '../../lib/format-count';

/** What "show only speculated and classified" hides. */
const ONLY_UNCERTAIN: readonly Certainty[] = CERTAINTIES.filter(
  (certainty) => certainty !== 'speculated' && certainty !== 'classified',
);

/**
 * Every relationship and dated event the graph shows, as sentences with their certainty, date
 * and quote: sortable, searchable and filtered like the graph (certainty filters are the
 * graph's own). The graph's accessible mirror.
 */
export function ClaimsView() {
  const dataset = useDataset();
  const { state, go } = useViewState();
  const isInView = useIsInView();
  const { hiddenCertainties } = state;
  const total = useMemo(() => selectClaims(dataset).length, [dataset]);
  const rows = useMemo(
    () => toClaimRows(dataset, selectClaims(dataset, isInView, hiddenCertainties)),
    [dataset, isInView, hiddenCertainties],
  );
  const shown = useMemo(() => selectClaimTable(rows, state.claims), [rows, state.claims]);
  const types = useMemo(
    () => CLAIM_TYPES.filter((type) => rows.some((r) => r.type === type)),
    [rows],
  );
  const isOnlyUncertain =
    hiddenCertainties.length === ONLY_UNCERTAIN.length &&
    ONLY_UNCERTAIN.every((certainty) => hiddenCertainties.includes(certainty));
  const searchId = useId();
  const count = `Showing ${formatCount(shown.length)} of ${formatCount(total)} claims`;

  return (
    <article className="details claims" aria-labelledby="details-heading">
      <p className="eyebrow">Claims</p>
      <PanelHeading>Every claim, with its certainty, date and quote</PanelHeading>
      <div className="claims-controls">
        <label htmlFor={searchId}>Search the claims</label>
        <input
          id={searchId}
          type="search"
          value={state.claims.text}
          placeholder="a name, a word of a quote, a date"
          onChange={(event) =>
            go({ claims: { ...state.claims, text: event.target.value } }, { replace: true })
          }
        />
        <label className="claims-type">
          Type{' '}
          <select
            value={state.claims.type ?? ''}
            onChange={(event) => {
              const type = event.target.value;
              go({ claims: { ...state.claims, type: isOneOf(CLAIM_TYPES, type) ? type : null } });
            }}
          >
            <option value="">All types</option>
            {types.map((type: ClaimType) => (
              <option key={type} value={type}>
                {type === 'event' ? 'Dated events' : claimTypeLabel(type)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="claims-certainty">
          <legend>Certainty (filters the graph too)</legend>
          <button
            type="button"
            aria-pressed={isOnlyUncertain}
            onClick={() => go({ hiddenCertainties: isOnlyUncertain ? [] : ONLY_UNCERTAIN })}
          >
            Show only speculated and classified
          </button>
          {CERTAINTIES.map((certainty) => (
            <label key={certainty} title={CERTAINTY_LABELS[certainty].description}>
              <input
                type="checkbox"
                checked={!hiddenCertainties.includes(certainty)}
                onChange={(event) =>
                  go({
                    hiddenCertainties: event.target.checked
                      ? hiddenCertainties.filter((hidden) => hidden !== certainty)
                      : CERTAINTIES.filter(
                          (other) => other === certainty || hiddenCertainties.includes(other),
                        ),
                  })
                }
              />{' '}
              {CERTAINTY_LABELS[certainty].label}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="claims-count" role="status">
        {count}
        {rows.length < total && ' (the graph’s filters, focus or path leave the rest out)'}.
      </p>
      {shown.length === 0 ? (
        <p className="empty-state">No claim matches. Clear the search or show more certainties.</p>
      ) : (
        <ClaimsTable rows={shown} sort={state.claims.sort} caption={count} />
      )}
    </article>
  );
}
