curl -sS -i 'https://api.fixture.example/api/anthropic/v1/messages' \
  -H "Authorization: Bearer ${FIXTURE_API_KEY:?set FIXTURE_API_KEY first}" \
  -H 'Content-Type: application/json' \
  -H 'anthropic-version: 2023-06-01' \
  -d '{
  "model": "fixture-small",
  "max_tokens": 64,
  "messages": [{"role":"user","content":"Say ok."}]
}'