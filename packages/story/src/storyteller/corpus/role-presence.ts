/**
 * Lead-in clauses for each companion role, keyed by the role's exact words: the companion doing
 * what their kind of person does, in the corner of the reader's eye. A beat that is not about a
 * companion who has been out of sight for a while may open with one, so nobody met is simply
 * forgotten, and who they are is shown rather than said again.
 */
import type { LineSpec } from './types';

export const ROLE_PRESENCE_CORPUS: Readonly<Record<string, readonly LineSpec[]>> = {
  'a conductor off duty, still in uniform': [
    'While {companion.name} checks the time against a watch {companion.they} no longer need{companion.s}',
    'As {companion.name} straightens {companion.their} uniform cap out of old habit',
  ],
  'a knitter working on something far too long': [
    'While {companion.name}’s needles click on somewhere nearby',
    'As {companion.name} holds up the knitting, longer than ever',
  ],
  'a child carrying a goldfish in a bag': [
    'While {companion.name} counts the goldfish’s slow circles under {companion.their} breath',
    'As {companion.name} tucks the goldfish bag inside {companion.their} coat',
  ],
  'an old sailor who talks to the windows': [
    'While {companion.name} murmurs something to the nearest pane of glass',
    'As {companion.name} sways gently, as if the floor were a deck',
  ],
  'a nurse still in scrubs': [
    'While {companion.name} rubs {companion.their} tired eyes',
    'As {companion.name} glances at you the way nurses check on patients',
  ],
  'a guest in a crumpled wedding suit': [
    'While {companion.name} brushes at a stain on {companion.their} lapel',
    'As {companion.name} loosens {companion.their} tie',
  ],
  // Not once the homework is put away (roles.ts).
  'a teenager doing homework by torchlight': [
    {
      text: 'While {companion.name}’s torch beam wanders over the page',
      needs: '!homework-put-away',
    },
    {
      text: 'As {companion.name} chews {companion.their} pencil over a hard question',
      needs: '!homework-put-away',
    },
  ],
  'a retired magician': [
    'While {companion.name} shuffles an invisible deck, from habit',
    'As {companion.name} pulls a silk handkerchief from nowhere and tucks it away again',
  ],
  'a night watchman off duty': [
    'While {companion.name} keeps one eye on the dark, out of habit',
    'As {companion.name} listens to a sound you cannot hear',
  ],
  'a fortune teller going home': [
    'While {companion.name} studies the lines of {companion.their} own palm',
    'As {companion.name} looks at you as if reading small print',
  ],
  'a tired busker with a guitar': [
    'While {companion.name} picks out a quiet tune on the guitar',
    'As {companion.name} tunes one string, then another, patiently',
  ],
  'a traveller with a birdcage under a cloth': [
    'While something shifts under the cloth on {companion.name}’s birdcage',
    'As {companion.name} murmurs to the covered birdcage',
  ],
  'a priest without a collar': [
    // Not once the reader has folded them a paper one.
    {
      text: 'While {companion.name} touches the place where the collar used to be',
      needs: '!paper-collar',
    },
    'As {companion.name} bows {companion.their} head for a moment, as if saying grace',
  ],
  'a twin whose sibling is not here': [
    'While {companion.name} checks the time, as if keeping an appointment far away',
    'As {companion.name} laughs at a joke nobody here has told',
  ],
  'a cartographer with inky fingers': [
    'While {companion.name} sketches the shape of this place on the back of {companion.their} hand',
    'As {companion.name} leaves inky fingerprints on everything within reach',
  ],
  'a translator muttering in three languages': [
    'While {companion.name} mutters the same sentence in three languages',
    'As {companion.name} translates the silence under {companion.their} breath',
  ],
  'a child who talks like an old clerk': [
    'While {companion.name} makes a careful entry in a tiny ledger',
    'As {companion.name} stamps something invisible with great authority',
  ],
  'a porter with an empty trolley': [
    // Nobody wheels a trolley past anyone in a lift.
    {
      text: 'While {companion.name} wheels the empty trolley past once more',
      needs: '!setting:hotel-lift',
    },
    // Waiting for work where there is some: not on a plane or a coach under way.
    { text: 'As {companion.name} leans on the empty trolley, waiting for work', needs: 'waiting' },
  ],
  'a beekeeper with a veil folded on one knee': [
    'While {companion.name} hums, low, like a hive at dusk',
    'As {companion.name} smooths the folded veil on {companion.their} knee',
  ],
  'a clockmender with a pocket full of springs': [
    'While {companion.name} listens to a spring as if it were a heartbeat',
    'As {companion.name} sorts the springs in {companion.their} palm by size',
  ],
  'a firefighter going home smelling of smoke': [
    'While the smell of smoke drifts over from {companion.name}’s coat',
    'As {companion.name} stretches, and {companion.their} shoulders crack',
  ],
  'a chess player replaying a lost game': [
    'While {companion.name} moves a pawn forward and back, undecided',
    'As {companion.name} frowns at the pocket chessboard',
  ],
  'a gardener with soil still under the nails': [
    'While {companion.name} picks soil from under {companion.their} nails',
    'As {companion.name} turns a seed over in {companion.their} fingers',
  ],
  'a stargazer waiting for a clear sky': [
    'While {companion.name} glances up, hopeful, at a sky you cannot see',
    'As {companion.name} polishes the lens of a little brass telescope',
  ],
};
