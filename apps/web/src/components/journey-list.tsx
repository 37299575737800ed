/**
 * Past journeys (this browser's and the server's for this visitor), and a seed of one's own.
 */
import { useState } from 'preact/hooks';
import type { JourneySummary } from '../api';
import { ENDING_LABELS } from '../labels';

interface Props {
  journeys: readonly JourneySummary[];
  currentId: string | undefined;
  onOpen: (id: string) => void;
  onSeed: (seed: string) => void;
  onClose: () => void;
}

export function JourneyList({ journeys, currentId, onOpen, onSeed, onClose }: Props) {
  const [seed, setSeed] = useState('');
  return (
    <section class="panel" aria-labelledby="journeys-title">
      <div class="panel-head">
        <h2 id="journeys-title">Journeys</h2>
        <button type="button" class="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <form
        class="seed-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (seed.trim() !== '') onSeed(seed.trim());
        }}
      >
        <label for="seed-input">Start a world from your own seed</label>
        <div class="row">
          <input
            id="seed-input"
            value={seed}
            maxLength={64}
            autoComplete="off"
            placeholder="any words, up to 64 characters"
            onInput={(event) => {
              setSeed(event.currentTarget.value);
            }}
          />
          <button type="submit">Begin</button>
        </div>
      </form>
      {journeys.length === 0 ? (
        <p>No journeys yet.</p>
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
                    ? `beat ${journey.turn}, under way`
                    : `${journey.turn} beats, ${ENDING_LABELS[journey.ending] ?? journey.ending}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
