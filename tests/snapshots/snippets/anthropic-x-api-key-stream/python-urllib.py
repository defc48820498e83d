import json
import os
import urllib.error
import urllib.request

payload = {"model": "fixture-large", "max_tokens": 64, "messages": [{"role": "user", "content": "Say ok."}], "stream": True}
request = urllib.request.Request(
    "https://intl.fixture.example/anthropic/v1/messages",
    data=json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
    headers={
        "x-api-key": os.environ["FIXTURE_API_KEY"],
        "Content-Type": "application/json",
        "anthropic-version": "2023-06-01",
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