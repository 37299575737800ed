/**
 * A sleeper train crossing the border country: the reader is aboard in a narrow cabin, with a
 * corridor of sleeping doors, a dining car, an attendant, and the long dark outside.
 */
import type { SettingCorpus } from '../types';

export const SLEEPER_TRAIN: SettingCorpus = {
  openings: [
    'You are {role}, on a sleeper train to {destination}.',
    'You are {role}, aboard a sleeper train crossing the border country toward {destination}.',
    'The sleeper train rocks through the border country toward {destination}, and you, {role}, cannot sleep.',
    'In a narrow cabin of a sleeper train bound for {destination}, you, {role}, listen to the wheels.',
    {
      text: 'Snow feathers the window of a sleeper train crossing the border country as you, {role}, ride toward {destination}.',
      needs: 'weather:snow',
    },
    {
      text: 'Rain streaks the window of a sleeper train bound for {destination}, and you, {role}, lie awake.',
      needs: 'weather:rain',
    },
    {
      text: 'The sleeper train to {destination} slides through fog so thick it seems to be travelling through milk, with you, {role}, awake.',
      needs: 'weather:fog',
    },
  ],
  leadIns: [
    'As the train slows for a station with no lights',
    'When the corridor lamps dim for the border crossing',
    'While the wheels beat a rhythm that sounds almost like words',
    'As a passport inspector passes without looking at anyone',
    'When the train plunges into a tunnel that lasts too long',
    'As the tea trolley rattles along from the dining car',
    'As the cabin door slides open an inch on its own',
    'When the train stops in a field under a sky full of stars',
    'As the timetable in the corridor loses a station',
    'While somebody snores gently two cabins down',
    'As the couplings clank and the carriage shrugs',
  ],
  arrivals: [
    { text: 'When {c.name}, {c.role}, knocks at your cabin door', does: 'meet:c' },
    { text: 'As {c.name}, {c.role}, squeezes past you in the narrow corridor', does: 'meet:c' },
    {
      text: 'When {c.name}, {c.role}, sits down across from you in the dining car',
      does: 'meet:c',
    },
    {
      text: 'As {c.name}, {c.role}, leans out of the next cabin to say good evening',
      does: 'meet:c',
    },
  ],
  questions: [
    {
      id: 'dining-car',
      hold: 'yes',
      ask: 'Do you accept {c.name}’s invitation to the dining car?',
      yes: 'The dining car is warm, and {c.name} orders soup for you both with a conspirator’s smile. | +dined | you went to the dining car with {c.name}',
      no: 'You stay in your cabin, and the dining car goes on without you somewhere behind the train. | | you turned down the dining car',
    },
    {
      id: 'attendant',
      hold: 'yes',
      ask: 'Will you show the attendant your ticket?',
      yes: 'The attendant clips it and wishes you good night in a voice like a lullaby. | | you showed the attendant your ticket',
      no: 'You keep your ticket, and the attendant writes your cabin number on the back of a hand. | | you kept your ticket from the attendant',
    },
    {
      id: 'window-down',
      hold: 'no',
      ask: 'Do you pull down the window to smell the night air?',
      yes: 'The air smells of pine and of a bakery in a town you will never reach. | | you let the night air in',
      no: 'You keep the window shut, and the cabin holds its warm, plain smell of wool. | | you kept the window shut',
    },
    {
      id: 'blanket',
      hold: 'yes',
      ask: 'Do you lend {d.name} your spare blanket?',
      yes: '{d.name} wraps up gratefully and tells you the name of every river you cross. | | you lent {d.name} your spare blanket',
      no: 'You keep your blanket, and {d.name} shivers in a cold that seems to follow {d.them}. | | you kept your blanket from {d.name}',
    },
    {
      id: 'long-stop',
      hold: 'no',
      ask: 'Do you step down onto the platform during the long stop?',
      yes: 'The platform is warm underfoot, and the station clock shows a date from your childhood. | | you stepped down during the long stop',
      no: 'You stay aboard, and the train soon moves off with a decent, ordinary jolt. | | you stayed aboard through the long stop',
    },
    {
      id: 'bunk',
      hold: 'yes',
      ask: 'Do you make up your bunk and try to sleep?',
      yes: 'You sleep a little and wake to the reassuring clank of coupling chains. | +slept | you slept a little in your bunk',
      no: 'You lie awake, and the ceiling shows a slow, drifting map of stars that are not there. | | you lay awake instead of sleeping',
    },
    {
      id: 'violin',
      hold: 'no',
      ask: 'Do you follow the violin music from the next carriage?',
      yes: 'The music leads you to an empty carriage where a bow is still moving across a violin. | | you followed the violin music',
      no: 'You stay put, and the music thins into the steady clatter of the rails. | | you let the violin music go',
    },
    {
      id: 'border',
      hold: 'yes',
      ask: 'Do you ask {c.name} about the border you are crossing?',
      yes: '{c.name} explains it patiently, and the explanation makes you feel safe. | | you asked {c.name} about the border',
      no: 'You do not ask, and the border passes in a long blink of white light. | | you let the border pass unexplained',
    },
    {
      id: 'guest-book',
      hold: 'yes',
      ask: 'Will you write in the guest book by the attendant’s seat?',
      yes: 'You write your name and {destination}, and the ink dries at once. | | you wrote your name in the guest book',
      no: 'You leave the book closed, and later its pages are full of your handwriting anyway. | | you left the guest book closed',
    },
    {
      id: 'corridor-window',
      hold: 'no',
      ask: 'Do you stand at the corridor window to watch the villages go by?',
      yes: 'In one lit kitchen a woman is setting a second place at the table, and looks up as you pass. | | you watched the villages from the corridor',
      no: 'You stay in your cabin, and the villages pass in the dark unwatched and unbothered. | | you stayed in your cabin',
    },
    {
      id: 'soup',
      hold: 'yes',
      needs: 'dined',
      ask: 'Will you let {c.name} order you a second bowl of soup?',
      yes: 'The second bowl is better than the first, and {c.name} looks pleased with {c.themself}. | | you let {c.name} order you more soup',
      no: 'You say you are full, and {c.name} eats the second bowl {c.themself}, slowly, with great dignity. | | you turned down a second bowl',
    },
    {
      id: 'inspector',
      hold: 'yes',
      ask: 'When the border inspector asks the purpose of your journey, do you tell the truth?',
      yes: 'You tell it, and the inspector stamps the air in front of you and moves on. | | you told the inspector the truth',
      no: 'You say you are visiting family, and the inspector writes down a name you did not give. | | you lied to the border inspector',
    },
  ],
  boarding: [],
  vessels: [],
  threads: [
    {
      kind: 'door',
      id: 'no-number',
      plant: {
        hold: 'no',
        ask: 'Do you open the cabin next to yours, the one with no number on its door?',
        yes: 'The cabin is laid out for someone exactly like you, with your coat already on the hook. | +saw-cabin | you looked into the cabin with no number',
        no: 'You walk past, and the door without a number quietly locks itself. | | you walked past the cabin with no number',
      },
      payoffs: [
        {
          hold: 'yes',
          ask: 'The cabin with no number stands open, its lamp lit and its bunk turned down; do you go in?',
          yes: 'You go in, and the window shows not the night but a garden, early, full of birds. | | you went into the cabin with no number',
          no: 'You stay in the corridor, and the cabin door slides gently shut. | refuse | you stayed out of the numberless cabin',
        },
        {
          hold: 'no',
          needs: 'saw-cabin',
          ask: 'The coat on the hook in the numberless cabin is gone, and yours is in its place; will you follow it in?',
          yes: 'You step in and lift your coat from the hook, and the cabin fits you like an answer. | | you followed your coat into the numberless cabin',
          no: 'You leave the coat, and the door closes on it like a book on a pressed flower. | refuse | you left your coat in the numberless cabin',
        },
        {
          hold: 'yes',
          ask: 'The attendant stops at the cabin with no number and holds the door for you; will you step in?',
          yes: 'You step in, and the attendant wishes you good night in a voice like a lullaby. | | you stepped into the numberless cabin',
          no: 'You thank the attendant and stay in the corridor, and the door slides gently shut. | refuse | you stayed in the corridor',
        },
      ],
    },
  ],
  approaches: [
    {
      id: 'blind-up',
      hold: 'yes',
      ask: 'Do you lift the cabin blind to see {destination} in the early light?',
      yes: 'Roofs, a river, a green spire: {destination}, exactly as it should be. | | you raised the blind on {destination}',
      no: 'You leave it down, and the light comes round its edges anyway, insisting. | | you left the blind down',
    },
    {
      id: 'attendant-wake',
      hold: 'yes',
      ask: 'When the attendant knocks with coffee and a warning of {destination}, do you get up at once?',
      yes: 'You dress fast and stand ready in the corridor, your bag at your feet. | +ready | you were up and ready in the corridor',
      no: 'You drink the coffee slowly in your bunk, and the brakes begin to sigh. | | you lingered in your bunk',
    },
  ],
};
