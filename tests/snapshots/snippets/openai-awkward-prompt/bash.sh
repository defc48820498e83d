curl -sS -i 'https://api.fixture.example/api/paas/v4/chat/completions' \
  -H "Authorization: Bearer ${FIXTURE_API_KEY:?set FIXTURE_API_KEY first}" \
  -H 'Content-Type: application/json' \
  -d '{
  "model": "fixture-small",
  "messages": [{"role":"user","content":"It'\''s \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) '\'''\''\nsecond line\ttab 中文：身份验证失败 emoji 🔑🚀   end\\"}]
}'