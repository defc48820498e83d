curl -sS -i -N 'https://intl.fixture.example/anthropic/v1/messages' \
  -H "x-api-key: ${FIXTURE_API_KEY:?set FIXTURE_API_KEY first}" \
  -H 'Content-Type: application/json' \
  -H 'anthropic-version: 2023-06-01' \
  -d '{
  "model": "fixture-large",
  "max_tokens": 64,
  "messages": [{"role":"user","content":"Say ok."}],
  "stream": true
}'