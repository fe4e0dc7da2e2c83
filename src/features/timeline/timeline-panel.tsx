import { useMemo, useState } from 'react';
import './timeline.css';
import { Link } from 'react-router';
import { ShapeIcon } from '../../components/shape-icon';
import { explainDate } from '../../data/time/dates';
import { isKnownInside } from '../../data/time/time-points';
import { selectTimeline, type TimelineEvent, type TimelineSlot } from '../../data/time/timeline';
import { useDataset } from '../../queries/use-dataset';
import { useViewState } from '../../url/use-view-state';
import { TimeWindowControls } from './time-window-controls';
import { slotLabel, toLanes } from './timeline-scale';

/**
 * The events in time order, each at the precision the source gives it, with a time window
 * that filters the graph. It folds away under its heading; a window in the link opens it.
 */
export function TimelinePanel() {
  const dataset = useDataset();
  const { state } = useViewState();
  const timeline = useMemo(() => selectTimeline(dataset), [dataset]);
  const lanes = useMemo(() => toLanes(timeline), [timeline]);
  const [isOpen, setIsOpen] = useState(state.timeWindow !== null);
  const eventCount = timeline.slots.reduce((sum, slot) => sum + slot.events.length, 0);
  if (eventCount + timeline.undated.length === 0) return null;

  return (
    <details
      className="timeline-panel"
      open={isOpen}
      onToggle={(event) => setIsOpen(event.currentTarget.open)}
    >
      <summary>
        <span className="timeline-title">Timeline</span>{' '}
        <span className="count">
          {eventCount} events placed in time, {timeline.undated.length} undated
          {state.timeWindow ? ' · a time window filters the graph' : ''}
        </span>
      </summary>
      {isOpen && (
        <div className="timeline-body">
          {timeline.slots.length > 0 && <TimeWindowControls timeline={timeline} />}
          {timeline.slots.length > 0 && (
            <ol className="timeline-slots" aria-label="Events in time order">
              {timeline.slots.map((slot) => (
                <SlotItem
                  key={slotLabel(slot) + slot.placement.start}
                  slot={slot}
                  lane={lanes.get(slot)!}
                />
              ))}
            </ol>
          )}
          {timeline.undated.length > 0 && (
            <section aria-labelledby="timeline-undated-heading">
              <p id="timeline-undated-heading" className="timeline-when">
                Date not stated{' '}
                <span className="date-explanation">in the order the source tells them</span>
              </p>
              <ul className="timeline-events">
                {timeline.undated.map((event) => (
                  <EventItem key={event.entity.id} event={event} />
                ))}
              </ul>
            </section>
          )}
        </div>
      )}
    </details>
  );
}

function SlotItem({ slot, lane }: { slot: TimelineSlot; lane: { left: number; width: number } }) {
  const dataset = useDataset();
  const { state } = useViewState();
  const first = slot.events[0]!;
  const isRelative = slot.placement.era === 'relative';
  const isOutside = !!state.timeWindow && !isKnownInside(slot.placement, state.timeWindow);
  const explanation = first.date
    ? explainDate(first.date, dataset)
    : first.during && 'date' in first.during && first.during.date
      ? explainDate(first.during.date, dataset)
      : '';
  return (
    <li className="timeline-slot" data-outside={isOutside || undefined}>
      <div className="timeline-lane" aria-hidden="true">
        <span
          className={`timeline-bar${isRelative ? ' is-relative' : ''}`}
          style={{ left: `${lane.left}%`, width: `max(${lane.width}%, 0.6rem)` }}
        />
      </div>
      <p className="timeline-when">
        {slotLabel(slot)}{' '}
        <span className="date-explanation">
          {explanation}
          {slot.placement.era === 'calendar' && slot.placement.end > slot.placement.start
            ? ' The bar spans the whole period.'
            : ''}
        </span>
        {isOutside && <span className="timeline-outside"> Outside the time window.</span>}
      </p>
      <ul className="timeline-events">
        {slot.events.map((event) => (
          <EventItem key={event.entity.id} event={event} />
        ))}
      </ul>
    </li>
  );
}

/** An event, a link that selects it everywhere: the graph, the panel, this list. */
function EventItem({ event }: { event: TimelineEvent }) {
  const { state, hrefFor } = useViewState();
  const { entity, during } = event;
  const isCurrent = state.page.kind === 'entity' && state.page.id === entity.id;
  return (
    <li className={isCurrent ? 'is-current' : undefined}>
      <Link
        to={hrefFor({ page: { kind: 'entity', id: entity.id } })}
        className="entity-link"
        aria-current={isCurrent ? 'true' : undefined}
      >
        <ShapeIcon type={entity.type} />
        <bdi>{entity.name}</bdi>
      </Link>
      {during && (
        <span className="date-explanation">
          {' '}
          — date not stated; part of <bdi>{during.name}</bdi>
        </span>
      )}
    </li>
  );
}
