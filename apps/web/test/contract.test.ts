/**
 * The web app and the API agree on every view because both are typed by one contract
 * (`@liminal/contract`). These checks run in the typecheck (`npm run typecheck` includes this
 * folder): a view the API changes that the client does not follow stops it compiling.
 */
import { LANGUAGES } from '@liminal/story';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { BeatView, JourneyView, TurnResponse } from '@liminal/contract';
import type {
  beatView,
  journeyHead,
  journeyView,
  storyView,
} from '../../../services/api/src/journeys/journey-view';
import type { Beat, Journey, JourneyHead, JourneySummary, Story } from '../src/api';
import { answerTurn, getJourney, getReplay, listJourneys, startJourney } from '../src/api';
import { LANGUAGE_CODES } from '../src/i18n/i18n';

describe('the web app and the API speak one contract', () => {
  it('knows the languages a story can be read in (its own list, to keep the story out of the bundle)', () => {
    expect(LANGUAGE_CODES).toEqual(LANGUAGES);
  });

  it('reads each view as the API writes it', () => {
    expectTypeOf<Beat>().toEqualTypeOf<ReturnType<typeof beatView>>();
    expectTypeOf<Story>().toEqualTypeOf<ReturnType<typeof storyView>>();
    expectTypeOf<Journey>().toEqualTypeOf<ReturnType<typeof journeyView>>();
    expectTypeOf<JourneyHead>().toEqualTypeOf<ReturnType<typeof journeyHead>>();
    expectTypeOf(getJourney).returns.resolves.toEqualTypeOf<JourneyView>();
    expectTypeOf(startJourney).returns.resolves.toEqualTypeOf<JourneyView>();
    expectTypeOf(answerTurn).returns.resolves.toEqualTypeOf<TurnResponse>();
    expectTypeOf(getReplay).returns.resolves.toEqualTypeOf<Story>();
    expectTypeOf(listJourneys).returns.resolves.toEqualTypeOf<JourneySummary[]>();
  });

  it('refuses a client that drifts from a view', () => {
    // The drift this contract replaced: a hand-written client that took any string as an ending.
    const drifted = { turn: 1, text: 'You wait.', narrator: 'storyteller', ending: 'somewhere' };
    // @ts-expect-error -- an ending is one of the story's ending kinds, not any string
    const beat: BeatView = drifted;
    expectTypeOf(beat).toEqualTypeOf<BeatView>();
  });
});
