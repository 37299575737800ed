/**
 * Every setting's narration, keyed by setting id.
 */
import type { SettingId } from '../../../world/ingredients';
import type { SettingCorpus } from '../types';
import { AIRPORT_GATE } from './airport-gate';
import { BORDER_CROSSING } from './border-crossing';
import { EMPTY_PLATFORM } from './empty-platform';
import { FERRY_TERMINAL } from './ferry-terminal';
import { HOTEL_LIFT } from './hotel-lift';
import { NIGHT_CAB } from './night-cab';
import { NIGHT_BUS } from './night-bus';
import { NIGHT_TRAM } from './night-tram';
import { SERVICE_STATION } from './service-station';
import { SLEEPER_TRAIN } from './sleeper-train';

export const SETTING_CORPUS: Readonly<Record<SettingId, SettingCorpus>> = {
  'night-bus': NIGHT_BUS,
  'empty-platform': EMPTY_PLATFORM,
  'ferry-terminal': FERRY_TERMINAL,
  'airport-gate': AIRPORT_GATE,
  'sleeper-train': SLEEPER_TRAIN,
  'service-station': SERVICE_STATION,
  'night-tram': NIGHT_TRAM,
  'hotel-lift': HOTEL_LIFT,
  'border-crossing': BORDER_CROSSING,
  'night-cab': NIGHT_CAB,
};
