curl -sS -i 'https://relay.example.com/proxy/v1/chat/completions' \
  -H 'Authorization: Bearer sk-typed-key-0123' \
  -H 'Content-Type: application/json' \
  -d '{
  "model": "vendor/custom-model:free",
  "messages": [{"role":"user","content":"Reply with the single word: ok"}]
}'