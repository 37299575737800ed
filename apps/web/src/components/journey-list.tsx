/**
 * Past journeys (this browser's and the server's for this visitor), and a seed of one's own.
 */
import { useState } from 'preact/hooks';
import type { JourneySummary } from '../api';
import { useMessages } from '../i18n/i18n';
import { endingLabel } from '../labels';

interface Props {
  journeys: readonly JourneySummary[];
  currentId: string | undefined;
  onOpen: (id: string) => void;
  onSeed: (seed: string) => void;
  onClose: () => void;
}

export function JourneyList({ journeys, currentId, onOpen, onSeed, onClose }: Props) {
  const [seed, setSeed] = useState('');
  const messages = useMessages();
  return (
    <section class="panel" aria-labelledby="journeys-title">
      <div class="panel-head">
        <h2 id="journeys-title">{messages.journeys}</h2>
        <button type="button" class="quiet" onClick={onClose}>
          {messages.close}
        </button>
      </div>
      <form
        class="seed-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (seed.trim() !== '') onSeed(seed.trim());
        }}
      >
        <label for="seed-input">{messages.ownSeed}</label>
        <div class="row">
          <input
            id="seed-input"
            value={seed}
            // MAX_SEED_LENGTH of @liminal/story, said here so the page does not bundle the
            // story package for one number (the browser tests fill a seed that long).
            maxLength={100}
            autoComplete="off"
            placeholder={messages.seedPlaceholder}
            onInput={(event) => {
              setSeed(event.currentTarget.value);
            }}
          />
          <button type="submit">{messages.begin}</button>
        </div>
      </form>
      {journeys.length === 0 ? (
        <p>{messages.noJourneys}</p>
      ) : (
        <ul class="journeys">
          {journeys.map((journey) => (
            <li key={journey.id}>
              <button
                type="button"
                class="journey"
                aria-current={journey.id === currentId ? 'true' : undefined}
                onClick={() => {
                  onOpen(journey.id);
                }}
              >
                <span class="journey-seed">{journey.seed}</span>
                <span class="journey-meta">
                  {journey.ending === null
                    ? messages.underWay(journey.turn)
                    : messages.finished(journey.turn, endingLabel(journey.ending, messages))}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
