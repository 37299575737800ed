/**
 * Seeded random walks through the built-in storyteller: the quality bar for the default
 * narrator, over 1,000 stories with random answers. The same measures, printed against their
 * targets, are `npm run story:report`.
 */
import { describe, expect, it } from 'vitest';
import { doorTaken, MAX_STORY_BEATS, MIN_STORY_BEATS } from '../arc';
import {
  brokenWorldPromises,
  callbackShare,
  companionsFadedShare,
  companionsSeenOnlyOnArrival,
  errandReturnShare,
  endingShares,
  lengthShare,
  namedSeedShare,
  openThreadEndings,
  partedCompanionsCast,
  storiesPastTheirDoor,
  refusedPremiseEndings,
  repeatedSentences,
  returningReader,
  storiesWithUnestablishedMentions,
  validBeatShare,
  walks,
  yesNoDivergence,
} from '../report/measures';
import { playWalk } from '../report/walk';
import { appendBeat } from '../append';
import { createStory } from '../state';
import { createWorld, roleAsSaid } from '../world/world';
import { toldSentences, validateBeat } from '../beat-rules';
import { tellBeat } from './storyteller';
import { findThread } from './registry';
import { threadOf } from './recall';
import { crewOf } from './storylet';
import { ENDING_KINDS } from '../vocabulary';
import { introducedAs } from '../world/world';
import { mentionsName } from '../ledger/mentions';
import { supersededTurns } from '../ledger/ledger';
import { SEED_OBJECTS, saysUnderground } from '../world/seed-words';
import { isTerminus, namesItself, shortDestination } from '../world/destination';
import { READERS_IN_SORROW, READERS_WHO_ARRIVE, SETTINGS } from '../world/ingredients';

const WALKS = 1000;
const PRONOUNS = {
  she: /\b(?:she|her|hers|herself)\b/iu,
  he: /\b(?:he|him|his|himself)\b/iu,
  they: /\b(?:they|them|their|theirs|themself)\b/iu,
} as const;
const all = walks(WALKS);
/** Words a sentence opens on when it opens on a place (a list of the test's own). */
const PLACE_FIRST =
  /^(?:in|inside|on|at|through|from|under|beyond|behind|across|outside|above|below|beside|near|by|somewhere|deep|halfway|between|past|down|along|over|beneath|among|up|round|around|everywhere|nowhere|far)\b/iu;

/** The lead-ins that bring whoever waited with the reader aboard (BOARDED_TOGETHER). */
const BOARDING_LEAD =
  /aboard behind you|places? nearby|a little way off|in after you|boarded after you|made it aboard too|in beside you|in too$|aboard too$/u;

describe(`the built-in storyteller over ${WALKS} random walks`, () => {
  it('opens a recalled choice the same way in nearly every story, so one translation serves it', () => {
    const FRAME =
      /(Still thinking of how|Remembering that|Mindful that|Thinking back to how) (you [^,]+),/u;
    const frames = new Map<string, Set<string>>();
    for (const { story } of all) {
      for (const { text } of story.beats) {
        const [, frame, recall] = FRAME.exec(text) ?? [];
        if (frame === undefined || recall === undefined) continue;
        // The same choice of another story, whoever it names.
        const choice = recall.replace(/\p{Lu}[\p{L}’']*/gu, '');
        frames.set(choice, (frames.get(choice) ?? new Set()).add(frame));
      }
    }
    const seen = [...frames.values()];
    // Enough recalls to judge by (a question recalls only a choice of its own thread).
    expect(seen.length).toBeGreaterThan(150);
    // A story that has used a recall's own frame already opens it another way.
    expect(seen.filter((used) => used.size === 1).length / seen.length).toBeGreaterThan(0.9);
  });

  it('tells only beats that pass the beat rules', () => {
    expect(validBeatShare(all)).toBe(1);
  });

  it('never repeats a sentence within a story', () => {
    expect(repeatedSentences(all)).toEqual([]);
  });

  it('gives at least 900 distinct opening beats across 1,000 seeds', () => {
    expect(new Set(all.map(({ story }) => story.beats[0]?.text)).size).toBeGreaterThanOrEqual(900);
  });

  it(`ends at least 95% of stories within ${MIN_STORY_BEATS} to ${MAX_STORY_BEATS} beats`, () => {
    expect(lengthShare(all, MIN_STORY_BEATS, MAX_STORY_BEATS)).toBeGreaterThanOrEqual(0.95);
  });

  it('reaches every kind of ending in at least 8% of walks, and none after its premise was refused', () => {
    const shares = endingShares(all);
    for (const kind of ENDING_KINDS) expect(shares[kind], kind).toBeGreaterThanOrEqual(0.08);
    expect(refusedPremiseEndings(all)).toEqual([]);
  });

  it('mentions nothing the story has not established, by the audit of every beat', () => {
    const { share, examples } = storiesWithUnestablishedMentions(all);
    expect(examples).toEqual([]);
    expect(share).toBe(0);
  });

  it('asks a different next question after Yes than after No at least 95% of the time', () => {
    expect(yesNoDivergence(all, 200)).toBeGreaterThanOrEqual(0.95);
  });

  it('brings every seeded companion into the story, and its motif back at least once', () => {
    expect(brokenWorldPromises(all)).toEqual([]);
  });

  it('sees at least three companions in four again after the beats that introduce them', () => {
    expect(companionsSeenOnlyOnArrival(all)).toBeLessThanOrEqual(0.25);
  });

  it('keeps a companion met early in the last third of at least seven stories in ten', () => {
    expect(companionsFadedShare(all)).toBeLessThanOrEqual(0.3);
  });

  it("brings the reader's errand back after the opening in at least 75% of stories", () => {
    expect(errandReturnShare(all)).toBeGreaterThanOrEqual(0.75);
  });

  it('calls back to an earlier choice in at least 90% of stories', () => {
    expect(callbackShare(all)).toBeGreaterThanOrEqual(0.9);
  });

  it('does not ask a reader who looked up for the stargazer to look up again', () => {
    let looking = 0;
    for (let index = 0; index < 40; index++) {
      const { story } = playWalk(`night bus stargazer ${String(index)}`);
      const looked = story.beats.findIndex(({ text }) => text.startsWith('You look up'));
      if (looked < 0) continue;
      looking++;
      for (const { text } of story.beats.slice(looked))
        expect(text).not.toMatch(/look up, just once/u);
    }
    expect(looking).toBeGreaterThanOrEqual(5);
  });

  it('speaks of no driver on a ride the seed says nobody drives, and says so early', () => {
    let said = 0;
    for (const seed of [
      'the bus has no driver but it knows the way',
      'the car drives itself and wont let me out',
      'a taxi with nobody driving',
    ]) {
      for (let index = 0; index < 15; index++) {
        const { story } = playWalk(`${seed} ${String(index)}`);
        for (const { text } of story.beats) expect(text, seed).not.toMatch(/\bdriver/u);
        if (
          story.beats
            .slice(0, 6)
            .some(({ text }) =>
              /by itself|nobody aboard decided|empty seat at the front/u.test(text),
            )
        )
          said++;
      }
    }
    expect(said).toBeGreaterThanOrEqual(36);
  });

  it('has the first stranger met know the reader’s name when the seed says one does', () => {
    let greeted = 0;
    for (let index = 0; index < 30; index++) {
      const { story } = playWalk(`a stranger on the tram knows my name ${String(index)}`);
      const first = story.world.companions[0]?.name ?? '?';
      if (story.beats.some(({ text }) => text.includes(`${first} greets you by name`))) greeted++;
    }
    // Readers met nobody who knew anything.
    expect(greeted).toBeGreaterThanOrEqual(24);
  });

  it('names where the night is bound once in a question, not in its lead-in too', () => {
    for (const { story } of all) {
      const place = shortDestination(story.world.destination);
      for (const { text } of story.beats) {
        const question = text.split(/(?<=[.!?]) /u).at(-1) ?? '';
        // "As the way ahead lines up toward the city, do you press your face to the glass for the
        // first lights of the city?"
        if (question.endsWith('?')) expect(question.split(place).length, question).toBeLessThan(3);
      }
    }
  });

  it('arrives in a country or a region, not at it', () => {
    let arrived = 0;
    for (const seed of ['holiday flight to spain', 'sleeper to cornwall']) {
      for (let index = 0; index < 15; index++) {
        const { story } = playWalk(`${seed} ${String(index)}`);
        for (const { text } of story.beats) expect(text).not.toMatch(/\bat (?:Spain|Cornwall)\b/u);
        if (story.beats.some(({ text }) => /\bin (?:Spain|Cornwall)\b/u.test(text))) arrived++;
      }
    }
    expect(arrived).toBeGreaterThan(5);
  });

  it('paints no door on the wall of a cab', () => {
    let cabs = 0;
    for (const { story } of all) {
      if (story.world.setting !== 'night-cab') continue;
      cabs++;
      for (const { text } of story.beats) expect(text).not.toMatch(/painted on the wall/u);
    }
    expect(cabs).toBeGreaterThan(50);
  });

  it('never handles a motif the reader left where it lay', () => {
    // "You leave it" (a mitten), then "Will you turn the child’s mitten inside out?".
    const handled =
      /turn the child’s mitten inside out|set the glass marble rolling|The pressed flower stirs in the warmth/u;
    let left = 0;
    for (const { story, plans } of all)
      story.beats.forEach((beat, index) => {
        const motif = plans[index]?.ledger.objects.find(({ id }) => id === 'motif');
        if (motif?.status !== 'left') return;
        left++;
        expect(beat.text).not.toMatch(handled);
      });
    expect(left).toBeGreaterThan(500);
  });

  it('never says where the same way twice in one sentence', () => {
    // "With Bram pressed in beside you, a playing card lies face down beside you".
    const twice = all.flatMap(({ story }) =>
      story.beats.flatMap(({ text }) =>
        text
          .split(/(?<=[.?!;]) /u)
          .filter((sentence) =>
            ['beside you', 'behind you', 'after you'].some(
              (where) => sentence.split(where).length > 2,
            ),
          ),
      ),
    );
    expect(twice).toEqual([]);
  });

  it('calls back, before a question, only to a choice of the same thread', () => {
    // "Remembering that you left Bram to the homework, will you take a small iron key he is
    // holding out to you?" linked a companion's own questions to a key of the night's.
    const asked = (source: string | undefined) => /Q:(\S+)/u.exec(source ?? '')?.[1] ?? '';
    let callbacks = 0;
    for (const { story } of all)
      for (const beat of story.beats) {
        const turn = /callback@(\d+)/u.exec(beat.source ?? '')?.[1];
        if (turn === undefined || beat.ending !== null) continue;
        callbacks++;
        const recalled = story.beats[Number(turn) - 1];
        expect(threadOf(asked(recalled?.source)), beat.text).toBe(threadOf(asked(beat.source)));
      }
    expect(callbacks).toBeGreaterThan(200);
  });

  it('closes every thread it opened before the ending, unless the ending speaks of it', () => {
    expect(openThreadEndings(all)).toEqual([]);
  });

  it('introduces the first companion in the second beat and everyone it names by name and role', () => {
    for (const { seed, story } of all.slice(0, 200)) {
      const first = story.world.companions[0];
      expect(
        story.ledger.people.map((person) => person.name),
        seed,
      ).toContain(first?.name);
      const described = first === undefined ? '' : introducedAs(first);
      expect(story.beats[1]?.text, seed).toContain(`${first?.name ?? ''}, ${described}`);
    }
  });

  it('ends the night once the reader goes through a door with nothing else open, on its far side', () => {
    expect(storiesPastTheirDoor(all)).toEqual([]);
  });

  it('sends nobody back to the start who stood ready aboard for their stop, or just went through a door', () => {
    // Readers sat up for "every yard" of the last stretch, or went through a door "out of the
    // story and into a quiet street at dawn", and the night folded back to its first minute.
    const undone = all
      .filter(({ story }) => story.ending === 'loop')
      .filter(
        ({ story }) =>
          (story.ledger.situation === 'aboard' && story.ledger.facts.includes('ready')) ||
          (doorTaken(story.ledger) && story.answers.at(-1) === 'yes'),
      );
    expect(undone.map(({ seed }) => seed)).toEqual([]);
  });

  it('never casts a companion the reader has parted from', () => {
    expect(partedCompanionsCast(all)).toEqual([]);
  });

  it('starts a reader the seed puts aboard underway: no waiting room, no boarding', () => {
    for (const vehicle of ['on the red-eye to boston', 'on the night ferry', 'in the hotel lift']) {
      for (let index = 0; index < 20; index++) {
        const seed = `${vehicle} ${String(index)}`;
        const { story } = playWalk(seed);
        expect(story.beats[0]?.source, seed).toMatch(/\.opening-aboard\d/u);
        expect(story.ledger.facts, seed).not.toContain('boarding-refused');
        expect(story.ending, seed).not.toBe(null);
        for (const { text } of story.beats)
          expect(text, seed).not.toMatch(
            /\bwait(?:ing)? (?:at|in|for)\b[^.;?]*\b(?:gate|lobby|terminal)\b/u,
          );
      }
    }
  });

  it('lets a reader who starts out waiting board, or says the vessel left without them', () => {
    for (const { seed, story } of all) {
      if (story.ending === 'arrival') expect(story.ledger.situation, seed).toBe('aboard');
      if (story.ledger.situation === 'waiting' && story.ending === 'missed-stop') {
        expect(story.ledger.facts, seed).toContain('stranded');
      }
    }
  });

  it('shows no star and no moon on a foggy night', () => {
    let foggy = 0;
    for (const { seed, story } of all) {
      if (story.world.weather !== 'fog') continue;
      foggy++;
      // Readers were told of "a sky you cannot see" and then picked a faint star in it, and saw a
      // second moon rise (a star-shaped punch hole or a cab light "like a moon" is no sky).
      for (const { text } of story.beats)
        expect(text, seed).not.toMatch(
          /\b(?:a second moon|moon has risen|the stars (?:are|come) out|picks a faint one|the moon (?:is|hangs|rises|sets))\b/iu,
        );
    }
    expect(foggy).toBeGreaterThan(20);
  });

  it('ends a reader aboard at their stop by their answer about the last stretch', () => {
    let asked = 0;
    for (const { seed, story } of all) {
      if (story.ledger.situation !== 'aboard') continue;
      if (story.ending !== 'arrival' && story.ending !== 'missed-stop') continue;
      // Every night that ends aboard, at the stop or past it, asked about the last stretch.
      expect(story.ledger.facts, seed).toContain('approached');
      asked++;
      // A plane or a ferry stops only where it is bound, and no one on the way to what cannot
      // wait is carried past it: a reader aboard arrives, ready or not.
      const ready =
        story.ledger.facts.includes('ready') ||
        SETTINGS[story.world.setting].nonStop === true ||
        READERS_WHO_ARRIVE.includes(story.world.role);
      expect(story.ending, seed).toBe(ready ? 'arrival' : 'missed-stop');
    }
    expect(asked).toBeGreaterThan(100);
  });

  it('ends a night on an errand with its own last line, arrived or not', () => {
    // The newborn's, the vet's and a mourner's last lines were too long to follow an answer, or
    // kept from a reader who never boarded, and nine nights in ten ended on a stranger's.
    let own = 0;
    let ended = 0;
    for (const base of [
      'tram to meet my sisters new baby',
      'ferry to my fathers funeral',
      'sleeper with my sick cat to the vet',
      'last train w my 6 month old',
      'ferry after we broke up',
    ])
      for (let index = 0; index < 20; index++) {
        const { story } = playWalk(`${base} ${String(index)}`);
        if (story.ending !== 'arrival' && story.ending !== 'missed-stop') continue;
        ended++;
        if (/\breader\d+\.ending-/u.test(story.beats.at(-1)?.source ?? '')) own++;
      }
    expect(ended).toBeGreaterThan(50);
    expect(own / ended).toBeGreaterThan(0.9);
  });

  it('shows no sky, weather, fields or foxes from a platform below ground', () => {
    // A reader on the underground met frost on the rails and a fox crossing the tracks.
    for (let index = 0; index < 60; index++) {
      const seed = `last tube home ${String(index)}`;
      const { story } = playWalk(seed);
      expect(story.world.weather, seed).toBe('clear');
      for (const { text } of story.beats)
        expect(text, seed).not.toMatch(
          /\b(?:the fox|fields?|farmhouse|the wind|wind (?:pulls|worries|presses|tugs)|footbridge|cinder path|frost|(?<!crescent )moon|the stars|the sky)\b/iu,
        );
    }
    // A tube of lipstick is no underground.
    expect(saysUnderground('train home, lost my tube of lipstick')).toBe(false);
    expect(saysUnderground('the last metro')).toBe(true);
  });

  it('tells a cab as a cab: no aisle, stops or passengers, and strangers only as fares it stops for', () => {
    // Readers who typed "uber home" or "taxi to the airport" were told the last night bus.
    for (let index = 0; index < 60; index++) {
      const seed = `${index % 2 === 0 ? 'uber home from the party' : 'taxi to the airport'} ${String(index)}`;
      const { story } = playWalk(seed);
      expect(story.world.setting, seed).toBe('night-cab');
      const unmet = new Set(story.world.companions.map((companion) => companion.name));
      for (const { text, source } of story.beats) {
        expect(text, seed).not.toMatch(
          /\b(?:aisle|passengers?|tickets?|platforms?|the doors|the bell|(?:your|next|the) stop|seats|seat furthest|(?:top|lower|upper) deck|carriage|step(?:s|ped)? off|comes? aboard|trolley|a stranger|someone(?:['’]s)? (?:hands|gives|asks|pocket)|across the way|go back for)\b/iu,
        );
        // An app's car has no meter; a fare who was there all along is only for a night that
        // cannot wait for the driver to stop.
        if (seed.startsWith('uber')) expect(text, seed).not.toMatch(/\bmeter\b/u);
        expect(text, seed).not.toMatch(/since you got in|from the start/u);
        // A stranger comes in as a fare the driver stops for, not simply there with a paperback.
        for (const name of unmet)
          if (mentionsName(text, name)) {
            expect(source, `${seed}: ${text}`).toMatch(/night-cab\.arrival/u);
            unmet.delete(name);
          }
      }
    }
    expect(createWorld('water taxi to the island').setting).toBe('ferry-terminal');
    expect(createWorld('taxiing to the gate').setting).toBe('airport-gate');
  });

  it('tells nobody travelling in grief or fear a joke, a party or a night that makes them younger', () => {
    const light = [
      'shared.joke',
      'hotel-lift.party-floor',
      'surreal.boarding-birthday',
      'surreal.younger',
      'surreal.swap-voices',
      'folk.burning-ear',
    ];
    const told: string[] = [];
    let sorrowful = 0;
    for (const base of [
      'night bus to my mums bedside',
      'ferry to my grans funeral',
      'taking the dog to the vet',
    ])
      for (let index = 0; index < 120; index++) {
        const { story } = playWalk(`${base} ${String(index)}`);
        if (!READERS_IN_SORROW.includes(story.world.role)) continue;
        sorrowful++;
        for (const beat of story.beats) {
          const source = beat.source ?? '';
          told.push(
            ...light.filter((id) => source.includes(`Q:${id}`)),
            ...(beat.text.includes('heard a joke') ? ['the twin’s joke'] : []),
          );
        }
      }
    expect(sorrowful).toBeGreaterThan(300);
    expect(told).toEqual([]);
  });

  it('takes whoever is getting married to their own wedding, in time', () => {
    // "Driving my sister to her wedding at 3am" ended "You never reach Lantern Row, and somewhere
    // glasses are raised without you", with the bride beside the reader.
    for (let index = 0; index < 30; index++) {
      const seed = `night bus w my sister to her wedding ${String(index)}`;
      const { story } = playWalk(seed);
      expect(roleAsSaid(story.world), seed).toBe('someone on the way to your sister’s wedding');
      expect(['arrival', 'door'], seed).toContain(story.ending);
    }
  });

  it('never sends a reader on an errand that cannot wait back to the start', () => {
    // The ashes, the newborn and the bedside were each left "back at the beginning".
    const seeds = [
      'night bus to my mums bedside',
      'the sleeper with grandads ashes',
      'tram to meet my sisters new baby',
      'ferry to my fathers funeral',
    ];
    const endings = new Set<string>();
    for (const seed of seeds) {
      expect(READERS_WHO_ARRIVE, seed).toContain(createWorld(seed).role);
      for (const always of ['yes', 'no'] as const) {
        const { story } = playWalk(seed, () => always);
        endings.add(story.ending ?? '');
        expect(story.ending, `${seed}, always ${always}`).not.toBe('loop');
      }
    }
    // The ashes and the funeral, answered No throughout, come apart to the last (continuity 0),
    // and still end aboard at the stop rather than back at the start.
    expect([...endings]).toContain('arrival');
  });

  it('finishes any beat from a first sentence another narrator wrote (one of up to 20 words)', () => {
    // A streamed AI beat whose narrator failed after its first sentence reached the reader.
    const opening =
      'You feel the floor tilt under your feet, and every light along the way flickers twice before it holds.';
    let finished = 0;
    for (const { seed, states, plans } of all.slice(0, 150)) {
      for (const [index, plan] of plans.entries()) {
        const before = states[index - 1] ?? createStory(seed);
        const beat = tellBeat(before, plan, opening);
        expect(beat.text.startsWith(`${opening} `)).toBe(true);
        expect(validateBeat(beat.text, plan.kind, toldSentences(before.beats)).reasons).toEqual([]);
        appendBeat(before, plan, beat);
        finished++;
      }
    }
    expect(finished).toBeGreaterThan(1000);
  });

  it('is the same story, word for word, when played again', () => {
    for (const { seed, story } of all.slice(0, 100)) expect(playWalk(seed).story).toEqual(story);
  });

  it('never finds anyone who waited with the reader aboard before a beat brings them aboard by name', () => {
    const unexplained: string[] = [];
    let checked = 0;
    for (const { seed, story, states } of all) {
      // The beat the reader is first aboard on, and who was with them while they waited.
      const boarding = states.findIndex(
        (state, index) =>
          state.ledger.situation === 'aboard' && states[index - 1]?.ledger.situation === 'waiting',
      );
      const waiting = states[boarding - 1];
      if (boarding < 0 || waiting === undefined) continue;
      for (const companion of story.world.companions) {
        if (!waiting.ledger.people.some((person) => person.name === companion.name)) continue;
        const since = story.beats.slice(boarding);
        const named = since.find((beat) => mentionsName(beat.text, companion.name));
        // An ending's look back names someone as remembered, not as beside the reader.
        if (named === undefined || named.ending !== null) continue;
        // The boarding beat may bring them in its outcome ("you wake Lucia and board together"),
        // or ask about them as boarding with the reader.
        if (named === since[0]) continue;
        checked++;
        // Named first as they come aboard or settle in, or after everyone came aboard together.
        const everyone = since
          .slice(0, since.indexOf(named))
          .some((beat) => /everyone who waited/u.test(beat.text));
        // The beat's own lead-in is a boarding line (now or late), not words that happen to match.
        const boardingLead = (named.source ?? '')
          .split(' ')
          .some((token) => token.startsWith('shared.boarded'));
        if (!everyone && !boardingLead)
          unexplained.push(`${seed} #${String(named.turn)}: ${named.text}`);
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(unexplained).toEqual([]);
  });

  it('opens on the hour a seed names, in every setting, and on the place’s own hour otherwise', () => {
    const settings = [
      'night bus',
      'last train',
      'ferry',
      'airport',
      'sleeper train',
      'coach',
      'tram',
      'hotel lift',
      'border',
    ];
    for (const [hour, said] of [
      ['at 3am', 'at three in the morning'],
      ['at midnight', 'at midnight'],
      ['in the small hours', 'in the small hours'],
    ] as const)
      for (const setting of settings)
        for (let index = 0; index < 5; index++) {
          const seed = `the ${setting} ${hour} ${String(index)}`;
          expect(playWalk(seed).story.beats[0]?.text.toLowerCase(), seed).toContain(said);
        }
    // Without an hour of its own, a ferry terminal waits at four in the morning as it always has.
    const ferry = playWalk('the ferry 0').story.beats[0]?.text ?? '';
    expect(ferry).not.toMatch(/three in the morning|midnight|small hours/u);
  });

  it('tells a seed’s own thing (a red umbrella, a locket, a child’s shoe) as its motif, planted, paid off and never mentioned early', () => {
    const carried = [
      ...SEED_OBJECTS.flatMap((noun) =>
        Array.from({ length: 20 }, (_, index) => playWalk(`the red ${noun} ${String(index)}`)),
      ),
      ...['shoe', 'hat', 'coat'].flatMap((noun) =>
        Array.from({ length: 20 }, (_, index) =>
          playWalk(`a lost child’s ${noun} ${String(index)}`),
        ),
      ),
    ];
    for (const { seed, story } of carried)
      expect(story.world.motif.the, seed).toMatch(/^the (?:red|child’s) /u);
    expect(brokenWorldPromises(carried)).toEqual([]);
    expect(openThreadEndings(carried)).toEqual([]);
    expect(storiesWithUnestablishedMentions(carried).examples).toEqual([]);
    expect(validBeatShare(carried)).toBe(1);
  });

  it('calls back three turns at least, opens a glimpse only before a question of what the reader does, brings aboard behind the reader nobody already aboard, and never declines twice in the same words', () => {
    const declines = [
      'You do not ask, and',
      'You let the question go, and',
      'You hold your tongue, and',
    ];
    for (const { seed, story } of all) {
      for (const beat of story.beats) {
        const recalled = /\bcallback@(\d+)/u.exec(beat.source ?? '')?.[1];
        // A question's callback; the last line may look back one turn closer (plan.ts).
        if (recalled !== undefined && beat.ending === null)
          expect(beat.turn - Number(recalled), seed).toBeGreaterThanOrEqual(3);
        if ((beat.source ?? '').includes('.presence')) {
          expect(beat.text, seed).toMatch(/, (?:do|will) you\b[^?]*\?$/u);
          // Nor before a question whose pronoun the glimpsed companion would take for theirs.
          const question = beat.text.slice(beat.text.lastIndexOf('. ') + 2);
          const [lead = '', ask = ''] = question.split(/, (?=(?:do|will) you\b)/u).slice(-2);
          const glimpsed = story.world.companions.find((c) => mentionsName(lead, c.name));
          if (glimpsed !== undefined)
            expect(ask, `${seed} #${String(beat.turn)}`).not.toMatch(PRONOUNS[glimpsed.pronoun]);
        }
        expect(beat.text, seed).not.toMatch(/whoever waited/u);
        // Nobody comes aboard behind the reader whom the beat already has aboard ("You follow,
        // and Tamsin makes room for you. As Oskar and Tamsin come aboard behind you").
        const at = beat.text.lastIndexOf('. ') + 2;
        const [lead = ''] = beat.text.slice(at).split(', ');
        if (BOARDING_LEAD.test(lead)) {
          // Nor before a sentence that opens on a place: "As Lucia comes aboard behind you,
          // inside the silver thimble ... are two initials".
          const after = beat.text.slice(at + lead.length + 2);
          expect(after, `${seed} #${String(beat.turn)}`).not.toMatch(PLACE_FIRST);
          // Nor before a question with a clause of its own: two lead-ins stacked.
          expect(after, `${seed} #${String(beat.turn)}`).not.toMatch(/^(?:as|when|while|with)\b/iu);
          for (const companion of story.world.companions)
            if (mentionsName(lead, companion.name))
              expect(beat.text.slice(0, at), `${seed} #${String(beat.turn)}`).not.toContain(
                companion.name,
              );
        }
      }
      for (const decline of declines)
        expect(
          story.beats.filter((beat) => beat.text.startsWith(decline)).length,
          seed,
        ).toBeLessThanOrEqual(1);
    }
  });

  it('looks back, in a last line, at something revealed, else at the reader’s own errand, when the night had one in time', () => {
    let checked = 0;
    for (const { seed, story } of all) {
      const last = story.beats[story.beats.length - 1];
      const recalled = /\bcallback@(\d+)/u.exec(last?.source ?? '')?.[1];
      if (last === undefined || recalled === undefined) continue;
      // An ending may look back two turns, never at a plant a later payoff may have undone
      // (plan.ts).
      const superseded = supersededTurns(story.ledger);
      const inTime = (turn: number) => turn <= last.turn - 2 && !superseded.has(turn);
      const revealed = story.ledger.revelations.map((revelation) => revelation.turn).filter(inTime);
      // The reader's own questions, as the beats' sources name them (Q:readerN.M).
      const errand = story.beats
        .filter((beat) => /\bQ:reader\d/u.test(beat.source ?? ''))
        .map((beat) => beat.turn)
        .filter(inTime);
      const weightiest = revealed.length > 0 ? revealed : errand;
      if (weightiest.length === 0) continue;
      checked++;
      expect(weightiest, `${seed}: the ending recalls turn ${recalled}`).toContain(
        Number(recalled),
      );
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('names a destination that says itself (Carrow, your mother’s house) in full only once', () => {
    for (const { seed, story } of all) {
      const { destination } = story.world;
      if (shortDestination(destination) === destination || !namesItself(destination)) continue;
      const whole = story.beats.filter((beat) => beat.text.includes(destination));
      expect(whole.length, `${seed}: ${destination}`).toBeLessThanOrEqual(1);
    }
  });

  it('speaks of the attendant (the inspector, the conductor, the porter) as someone else only to a reader who is not one', () => {
    let checked = 0;
    for (const { seed, story } of all) {
      for (const noun of crewOf(story.world.role)) {
        checked++;
        for (const beat of story.beats)
          expect(beat.text, `${seed} #${String(beat.turn)}`).not.toMatch(
            new RegExp(`\\bthe ${noun}\\b`, 'iu'),
          );
      }
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('never rides past the end of a line: a reader bound for a terminus, or on a ferry, misses getting off there', () => {
    let checked = 0;
    for (const { seed, story } of all) {
      if (!isTerminus(story.world.destination, story.world.setting)) continue;
      const last = story.beats[story.beats.length - 1];
      if (last?.ending !== 'missed-stop') continue;
      // A reader who never boarded does not reach it, and may be told so.
      if (story.ledger.situation !== 'aboard') continue;
      checked++;
      const ending = last.text.slice(last.text.indexOf('. ') + 2);
      expect(ending, seed).not.toMatch(
        /slides past|slips by|ride on past|goes by|drifts past|You pass|comes and goes|never reach/u,
      );
    }
    expect(checked).toBeGreaterThan(10);
    // However long its name, a terminus has a last line that fits.
    for (const destination of ['the depot at Saint Clement', 'the depot at the end of the route'])
      for (let index = 0; index < 60; index++)
        expect(
          playWalk(`a folk night to ${destination} ${String(index)}`).story.ending,
        ).not.toBeNull();
  });

  it('ends at a door only through one the reader was offered and took, never one left behind', () => {
    for (const { seed, story } of all) {
      const taken = story.ledger.threads.filter(
        (thread) => thread.kind === 'door' && thread.closed !== null && !thread.refused,
      );
      for (const thread of taken) {
        const paid = story.beats.some((beat) =>
          (beat.source ?? '').includes(`Q:${thread.id}.payoff`),
        );
        expect(paid, `${seed}: ${thread.id} counts as gone through`).toBe(true);
      }
    }
  });

  it('leaves the doors of a place behind when the reader boards: none found while waiting opens aboard', () => {
    for (const { seed, story, plans } of all) {
      for (const thread of story.ledger.threads) {
        if (thread.kind !== 'door' || findThread(thread.id)?.travels === true) continue;
        if (plans[thread.planted - 1]?.ledger.situation !== 'waiting') continue;
        story.beats.forEach((beat, index) => {
          if (!(beat.source ?? '').includes(`Q:${thread.id}.payoff`)) return;
          expect(plans[index]?.ledger.situation, `${seed} #${String(beat.turn)}`).toBe('waiting');
        });
      }
    }
  });

  it('gives a seed that names a setting the world knows that setting', () => {
    expect(namedSeedShare().misses).toEqual([]);
  });

  it('keeps a returning reader’s fifth and tenth stories below the current re-asking bounds', () => {
    // The targets (10% and 20%) are in the story report; these bounds hold the ground gained.
    const returning = returningReader(40);
    expect(returning.fifth).toBeLessThanOrEqual(0.35);
    expect(returning.tenth).toBeLessThanOrEqual(0.5);
  });
});
