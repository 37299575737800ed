/**
 * Every word the reader's screen says, in English: the catalogue the other languages translate.
 * English ships with the app; the others are loaded only for the reader who chooses them.
 */
export interface Messages {
  title: string;
  seed: string;
  narratedBy: (narrator: string) => string;
  builtInStoryteller: string;
  newWorld: string;
  restart: string;
  journeys: string;
  share: string;
  journeyNav: string;
  theme: (name: string) => string;
  themeNames: { system: string; light: string; dark: string };
  switchTheme: (to: string) => string;
  language: string;
  /** Settings by key ("night-bus") and genres by name ("noir"), for the line under the bar. */
  settings: Readonly<Record<string, string>>;
  genres: Readonly<Record<string, string>>;
  /** The line under the bar, up to the destination (which follows as the story's own words). */
  worldLine: (setting: string, genre: string) => string;
  sharedStored: string;
  sharedGone: string;
  sharedRetold: string;
  sharedReplayed: string;
  retoldJourney: string;
  theEnd: string;
  endingTitle: (ending: string) => string;
  endings: { arrival: string; 'missed-stop': string; loop: string; door: string };
  continueJourney: string;
  tryAgain: string;
  connectionDropped: string;
  storySoFar: string;
  youAnswered: string;
  yes: string;
  no: string;
  keysHint: string;
  /** The keys that answer, beside Y and N, which always do: the first letters of yes and no. */
  keys: { yes: string; no: string };
  shareTitle: string;
  close: string;
  shareStoredAi: string;
  shareRetoldAi: string;
  shareSame: string;
  copy: string;
  copied: string;
  ownSeed: string;
  seedPlaceholder: string;
  begin: string;
  noJourneys: string;
  underWay: (turn: number) => string;
  finished: (turns: number, ending: string) => string;
  /** Said of a beat the reader reads in English because it could not be translated. */
  untranslated: string;
  /** After a language the menu cannot offer here, and why. */
  unavailable: string;
  noTranslator: string;
  /**
   * What the server's refusals a reader can meet say, by their stable code; English has none of
   * its own and shows the server's words, which are English and give the detail.
   */
  errors?: Partial<Record<string, string>>;
}

export const EN: Messages = {
  title: 'Liminal Transit',
  seed: 'Seed',
  narratedBy: (narrator) => `Narrated by ${narrator}`,
  builtInStoryteller: 'the built-in storyteller',
  newWorld: 'New world',
  restart: 'Restart',
  journeys: 'Journeys',
  share: 'Share',
  journeyNav: 'Journey',
  theme: (name) => `Theme: ${name}`,
  themeNames: { system: 'Auto', light: 'Light', dark: 'Dark' },
  switchTheme: (to) => `Switch to ${to}`,
  language: 'Language',
  settings: {
    'night-bus': 'Night bus',
    'empty-platform': 'Empty platform',
    'ferry-terminal': 'Ferry terminal',
    'airport-gate': 'Airport gate',
    'sleeper-train': 'Sleeper train',
    'service-station': 'Service station',
    'night-tram': 'Night tram',
    'hotel-lift': 'Hotel lift',
    'border-crossing': 'Border crossing',
    'night-cab': 'Night cab',
  },
  genres: { mystery: 'mystery', surreal: 'surreal', noir: 'noir', folk: 'folk', ghost: 'ghost' },
  worldLine: (setting, genre) => `${setting}, ${genre}, bound for `,
  sharedStored: 'A shared journey, in the words it was told.',
  sharedGone:
    'A shared journey, retold by the built-in storyteller: the original telling is no longer kept, so the words may differ.',
  sharedRetold:
    'A shared journey from an earlier telling: the seed and answers are the same, the words have changed since.',
  sharedReplayed: 'A shared journey, replayed word for word.',
  retoldJourney: 'This journey began with an earlier storyteller; the rest is told anew.',
  theEnd: 'The end',
  endingTitle: (ending) => `The end: ${ending}`,
  endings: {
    arrival: 'Arrival',
    'missed-stop': 'A missed stop',
    loop: 'The loop',
    door: 'The door',
  },
  continueJourney: 'Continue this journey',
  tryAgain: 'Try again',
  connectionDropped: 'The connection dropped. Your journey is safe; try again.',
  storySoFar: 'The story so far',
  youAnswered: 'You answered ',
  yes: 'Yes',
  no: 'No',
  keysHint: 'Press Y for yes or N for no.',
  keys: { yes: 'Y', no: 'N' },
  shareTitle: 'Share this journey',
  close: 'Close',
  shareStoredAi:
    'Anyone with this link sees this story word for word while it is kept; after that, the built-in storyteller retells it from the same seed and answers.',
  shareRetoldAi:
    'Anyone with this link sees the built-in storyteller retell this story from the same seed and answers: its words will differ.',
  shareSame: 'Anyone with this link sees the same story, word for word.',
  copy: 'Copy',
  copied: 'Copied.',
  ownSeed: 'Start a world from your own seed',
  seedPlaceholder: 'any words, up to 100 characters',
  begin: 'Begin',
  noJourneys: 'No journeys yet.',
  underWay: (turn) => `beat ${turn}, under way`,
  finished: (turns, ending) => `${turns} beats, ${ending}`,
  untranslated: 'This beat could not be translated and is shown in English.',
  unavailable: 'unavailable',
  noTranslator: 'The built-in storyteller writes in English, and no translator is set up here.',
};
