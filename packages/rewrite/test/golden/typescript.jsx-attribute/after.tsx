import { Map } from './map.js';
import { requireEnv } from '../unleak-env.js';

export function Store() {
  return <Map apiKey={requireEnv("MAPS_API_KEY")} zoom={3} />;
}
