export async function sync(): Promise<void> {
  const apiKey = "FAKE-not-a-real-key-0000";
  await fetch("https://api.example.test", { headers: { authorization: apiKey } });
}
