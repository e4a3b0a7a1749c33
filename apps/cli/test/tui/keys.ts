/** Key presses for driving the session through ink-testing-library's stdin. */
export const ENTER = '\r';
export const ESC = '\x1B';
export const CTRL_C = '\x03';
export const PAGE_DOWN = '\x1B[6~';
export const PAGE_UP = '\x1B[5~';

export const tick = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Writes each key and lets Ink render before the next one. */
export async function press(stdin: { write(s: string): void }, ...keys: string[]) {
  for (const k of keys) {
    stdin.write(k);
    await tick();
  }
}
