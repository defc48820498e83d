import OpenAI from "openai";

const apiKey = "sk-typed-key-0123";
const client = new OpenAI({ baseURL: "https://relay.example.com/proxy/v1", apiKey });
const payload = {
  model: "vendor/custom-model:free",
  messages: [{ role: "user", content: "Reply with the single word: ok" }],
};
try {
  const result = await client.chat.completions.create(payload);
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  // SDK errors carry the HTTP status and the parsed error body.
  console.error(error.status, JSON.stringify(error.error ?? error.message));
  process.exitCode = 1;
}