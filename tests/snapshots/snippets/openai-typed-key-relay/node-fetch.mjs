const apiKey = "sk-typed-key-0123";
const payload = {
  model: "vendor/custom-model:free",
  messages: [{ role: "user", content: "Reply with the single word: ok" }],
};
const response = await fetch("https://relay.example.com/proxy/v1/chat/completions", {
  method: "POST",
  headers: {
    "Authorization": `Bearer ${apiKey}`,
    "Content-Type": "application/json",
  },
  body: JSON.stringify(payload),
});
console.log(response.status, response.statusText);
// Printed as it arrives, so a stream shows each event and a hang shows where it stopped.
for await (const chunk of response.body) process.stdout.write(chunk);