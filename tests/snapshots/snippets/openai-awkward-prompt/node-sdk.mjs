import OpenAI from "openai";

const apiKey = process.env.FIXTURE_API_KEY;
if (!apiKey) throw new Error("Set FIXTURE_API_KEY first");
const client = new OpenAI({ baseURL: "https://api.fixture.example/api/paas/v4", apiKey });
const payload = {
  model: "fixture-small",
  messages: [{ role: "user", content: "It's \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) ''\nsecond line\ttab 中文：身份验证失败 emoji 🔑🚀   end\\" }],
};
try {
  const result = await client.chat.completions.create(payload);
  console.log(JSON.stringify(result, null, 2));
} catch (error) {
  // SDK errors carry the HTTP status and the parsed error body.
  console.error(error.status, JSON.stringify(error.error ?? error.message));
  process.exitCode = 1;
}