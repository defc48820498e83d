import Anthropic from "@anthropic-ai/sdk";

const apiKey = process.env.FIXTURE_API_KEY;
if (!apiKey) throw new Error("Set FIXTURE_API_KEY first");
const client = new Anthropic({ baseURL: "https://intl.fixture.example/anthropic", apiKey: null, defaultHeaders: { "x-api-key": apiKey } });
const payload = {
  model: "fixture-large",
  max_tokens: 64,
  messages: [{ role: "user", content: "Say ok." }],
  stream: true,
};
try {
  const result = await client.messages.create(payload);
  for await (const event of result) console.log(JSON.stringify(event));
} catch (error) {
  // SDK errors carry the HTTP status and the parsed error body.
  console.error(error.status, JSON.stringify(error.error ?? error.message));
  process.exitCode = 1;
}