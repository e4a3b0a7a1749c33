import { Map } from './map.js';

export function Store() {
  return <Map apiKey="FAKE-not-a-real-key-0000" zoom={3} />;
}
