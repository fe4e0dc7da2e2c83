import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { ShapeIcon } from '../../components/shape-icon';
import { splitByMatches, type SearchHit } from '../../data/search';
import { useDataset } from '../../data/use-dataset';
import { ENTITY_TYPE_LABELS } from '../../data/vocabulary';
import { useViewState } from '../../url/use-view-state';
import { groupHitsByType } from './group-hits';

import { SEARCH_INPUT_ID } from '../../lib/element-ids';
// Enough to choose from without scrolling; a longer list asks for a more precise query.
const RESULT_LIMIT = 12;

/**
 * Search as an ARIA combobox: the text lives in the URL (typing replaces the
 * history entry), the list and the active option are local.
 */
export function SearchBox() {
  const dataset = useDataset();
  const { state, go } = useViewState();
  const listId = useId();
  const [text, setText] = useState(state.query);
  const { key: locationKey } = useLocation();
  const navigationType = useNavigationType();
  const [syncedKey, setSyncedKey] = useState(locationKey);
  const [isOpen, setIsOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);

  // Back and Forward change the query under us; follow them. Our own writes (which replace
  // the entry as the user types) may land after later keystrokes, so they are not read back.
  if (locationKey !== syncedKey) {
    setSyncedKey(locationKey);
    if (navigationType === 'POP' && state.query !== text) setText(state.query);
  }

  const hits = useMemo(() => dataset.search.search(text, { limit: RESULT_LIMIT }), [dataset, text]);
  const groups = useMemo(() => groupHitsByType(hits), [hits]);
  const ordered = groups.flatMap((group) => group.hits);
  const isExpanded = isOpen && text.trim() !== '';
  const active = ordered[activeIndex];

  const choose = (hit: SearchHit) => {
    setIsOpen(false);
    setActiveIndex(-1);
    go({ page: { kind: 'entity', id: hit.id }, query: text });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = ordered.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (activeIndex >= last ? 0 : activeIndex + 1),
      ArrowUp: () => (activeIndex <= 0 ? last : activeIndex - 1),
      Home: () => 0,
      End: () => last,
    };
    const move = moves[event.key];
    if (move && ordered.length > 0 && (isExpanded || event.key === 'ArrowDown')) {
      event.preventDefault();
      setIsOpen(true);
      setActiveIndex(move());
    } else if (event.key === 'Enter' && isExpanded) {
      event.preventDefault();
      const hit = active ?? ordered[0];
      if (hit) choose(hit);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      if (isExpanded) setIsOpen(false);
      else {
        setText('');
        go({ query: '' }, { replace: true });
      }
    }
  };

  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search entities
      </label>
      <input
        id={SEARCH_INPUT_ID}
        type="search"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder="Search names, aliases, quotes…  (/)"
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={isExpanded && active ? `${listId}-${active.id}` : undefined}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setIsOpen(true);
          setActiveIndex(-1);
          go({ query: event.target.value }, { replace: true });
        }}
        onFocus={() => setIsOpen(true)}
        onBlur={() => setIsOpen(false)}
        onKeyDown={onKeyDown}
      />
      <div
        className="search-results"
        hidden={!isExpanded}
        // A click on a result keeps focus in the input, so the combobox stays open while choosing.
        onMouseDown={(event) => event.preventDefault()}
      >
        <div id={listId} role="listbox" aria-label="Search results">
          {groups.map((group) => (
            <div key={group.type} role="group" aria-labelledby={`${listId}-${group.type}`}>
              <div id={`${listId}-${group.type}`} className="search-group" role="presentation">
                {ENTITY_TYPE_LABELS[group.type].plural}
              </div>
              {group.hits.map((hit) => (
                <div
                  key={hit.id}
                  id={`${listId}-${hit.id}`}
                  role="option"
                  aria-selected={hit === active}
                  className="search-option"
                  onClick={() => choose(hit)}
                >
                  <ShapeIcon type={hit.type} />
                  <bdi>
                    {splitByMatches(hit.name, hit.terms).map((run, at) =>
                      run.isMatch ? (
                        <mark key={at}>{run.text}</mark>
                      ) : (
                        <span key={at}>{run.text}</span>
                      ),
                    )}
                  </bdi>
                </div>
              ))}
            </div>
          ))}
        </div>
        {hits.length === 0 && <p className="search-empty">Nothing matches “{text}”.</p>}
      </div>
    </div>
  );
}
