const apiKey = process.env.FIXTURE_API_KEY;
if (!apiKey) throw new Error("Set FIXTURE_API_KEY first");
const payload = {
  model: "fixture-small",
  messages: [{ role: "user", content: "It's \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) ''\nsecond line\ttab 中文：身份验证失败 emoji 🔑🚀   end\\" }],
};
const response = await fetch("https://api.fixture.example/api/paas/v4/chat/completions", {
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