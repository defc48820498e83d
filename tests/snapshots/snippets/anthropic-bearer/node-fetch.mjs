const apiKey = process.env.FIXTURE_API_KEY;
if (!apiKey) throw new Error("Set FIXTURE_API_KEY first");
const payload = {
  model: "fixture-small",
  max_tokens: 64,
  messages: [{ role: "user", content: "Say ok." }],
};
const response = await fetch("https://api.fixture.example/api/anthropic/v1/messages", {
  method: "POST",
  headers: {
    "Authorization": `Bearer ${apiKey}`,
    "Content-Type": "application/json",
    "anthropic-version": "2023-06-01",
  },
  body: JSON.stringify(payload),
});
console.log(response.status, response.statusText);
// Printed as it arrives, so a stream shows each event and a hang shows where it stopped.
for await (const chunk of response.body) process.stdout.write(chunk);