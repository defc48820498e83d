if (-not $env:FIXTURE_API_KEY) { throw 'Set $env:FIXTURE_API_KEY first' }
$body = @'
{
  "model": "fixture-small",
  "messages": [{"role":"user","content":"It's \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) ''\nsecond line\ttab \u4e2d\u6587\uff1a\u8eab\u4efd\u9a8c\u8bc1\u5931\u8d25 emoji \ud83d\udd11\ud83d\ude80 \u2028 end\\"}]
}
'@
$bodyFile = New-TemporaryFile
[IO.File]::WriteAllText($bodyFile.FullName, $body)
curl.exe -sS -i 'https://api.fixture.example/api/paas/v4/chat/completions' `
  -H "Authorization: Bearer $env:FIXTURE_API_KEY" `
  -H 'Content-Type: application/json' `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile