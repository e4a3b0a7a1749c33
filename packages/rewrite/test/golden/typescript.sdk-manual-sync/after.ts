export function token(): string {
  return "FAKE-not-a-real-key-0000";
}
