if (-not $env:FIXTURE_API_KEY) { throw 'Set $env:FIXTURE_API_KEY first' }
$body = @'
{
  "model": "fixture-small",
  "max_tokens": 64,
  "messages": [{"role":"user","content":"Say ok."}]
}
'@
$bodyFile = New-TemporaryFile
[IO.File]::WriteAllText($bodyFile.FullName, $body)
curl.exe -sS -i 'https://api.fixture.example/api/anthropic/v1/messages' `
  -H "Authorization: Bearer $env:FIXTURE_API_KEY" `
  -H 'Content-Type: application/json' `
  -H 'anthropic-version: 2023-06-01' `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile