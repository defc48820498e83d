$body = @'
{
  "model": "vendor/custom-model:free",
  "messages": [{"role":"user","content":"Reply with the single word: ok"}]
}
'@
$bodyFile = New-TemporaryFile
[IO.File]::WriteAllText($bodyFile.FullName, $body)
curl.exe -sS -i 'https://relay.example.com/proxy/v1/chat/completions' `
  -H 'Authorization: Bearer sk-typed-key-0123' `
  -H 'Content-Type: application/json' `
  --data-binary "@$($bodyFile.FullName)"
Remove-Item $bodyFile