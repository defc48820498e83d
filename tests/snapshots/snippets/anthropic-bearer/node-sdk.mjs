import Anthropic from "@anthropic-ai/sdk";

const apiKey = process.env.FIXTURE_API_KEY;
if (!apiKey) throw new Error("Set FIXTURE_API_KEY first");
const client = new Anthropic({ baseURL: "https://api.fixture.example/api/anthropic", authToken: apiKey });
const payload = {
  model: "fixture-small",
  max_tokens: 64,
  messages: [{ role: "user", content: "Say ok." }],
};
try {
  const result = await client.messages.create(payload);
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  // SDK errors carry the HTTP status and the parsed error body.
  console.error(error.status, JSON.stringify(error.error ?? error.message));
  process.exitCode = 1;
}