import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import type { SearchHit } from '../../data/search/search';
import { useDataset } from '../../queries/use-dataset';
import { ENTITY_TYPE_LABELS } from '../../data/schema/vocabulary';
import { useViewState } from '../../url/use-view-state';
import { SEARCH_INPUT_ID } from '../../lib/element-ids';
import { PHONE_QUERY, useMediaQuery } from '../../lib/use-media-query';
import { groupHits, type HitGroup } from './group-hits';
import { SearchOption } from './search-option';

// Enough to choose from without scrolling; a longer list asks for a more precise query.
const RESULT_LIMIT = 12;

/**
 * Search as an ARIA combobox: the text lives in the URL (typing replaces the
 * history entry), the list and the active option are local.
 */
const groupLabel = (group: HitGroup) =>
  group === 'relationship' ? 'Relationships' : ENTITY_TYPE_LABELS[group].plural;

export function SearchBox() {
  const dataset = useDataset();
  const { state, go } = useViewState();
  const listId = useId();
  // Phones have no "/" key to press: the hint would only mislead.
  const isPhone = useMediaQuery(PHONE_QUERY);
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
  const groups = useMemo(() => groupHits(hits), [hits]);
  const ordered = groups.flatMap((group) => group.hits);
  const isExpanded = isOpen && text.trim() !== '';
  const active = ordered[activeIndex];

  const optionId = (hit: SearchHit) => `${listId}-${hit.kind}-${hit.id}`;
  const activeId = isExpanded && active ? optionId(active) : undefined;
  // The list scrolls when it is taller than the window: keep the active option in sight.
  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);
  // The search has done its work once a result is open: the box is free for the next one.
  const choose = (hit: SearchHit) => {
    setIsOpen(false);
    setActiveIndex(-1);
    setText('');
    go({ page: { kind: hit.kind, id: hit.id }, query: '' });
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
        placeholder={`Search names, quotes, relationships…${isPhone ? '' : '  (/)'}`}
        aria-expanded={isExpanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
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
          {groups.map(({ group, hits: grouped }) => (
            <div key={group} role="group" aria-labelledby={`${listId}-${group}`}>
              <div id={`${listId}-${group}`} className="search-group" role="presentation">
                {groupLabel(group)}
              </div>
              {grouped.map((hit) => (
                <SearchOption
                  key={optionId(hit)}
                  id={optionId(hit)}
                  hit={hit}
                  isActive={hit === active}
                  onChoose={() => choose(hit)}
                />
              ))}
            </div>
          ))}
        </div>
        {hits.length === 0 && <p className="search-empty">Nothing matches “{text}”.</p>}
      </div>
    </div>
  );
}
