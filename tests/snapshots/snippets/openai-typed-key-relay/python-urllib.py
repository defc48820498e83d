import json
import urllib.error
import urllib.request

payload = {"model": "vendor/custom-model:free", "messages": [{"role": "user", "content": "Reply with the single word: ok"}]}
request = urllib.request.Request(
    "https://relay.example.com/proxy/v1/chat/completions",
    data=json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
    headers={
        "Authorization": "Bearer " + "sk-typed-key-0123",
        "Content-Type": "application/json",
    },
    method="POST",
)
try:
    with urllib.request.urlopen(request) as response:
        print(response.status, response.reason)
        for line in response:
            print(line.decode("utf-8"), end="")
except urllib.error.HTTPError as error:
    print(error.code, error.reason)
    print(error.read().decode("utf-8"))