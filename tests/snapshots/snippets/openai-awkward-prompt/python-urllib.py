import json
import os
import urllib.error
import urllib.request

payload = {"model": "fixture-small", "messages": [{"role": "user", "content": "It's \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) ''\nsecond line\ttab 中文：身份验证失败 emoji 🔑🚀   end\\"}]}
request = urllib.request.Request(
    "https://api.fixture.example/api/paas/v4/chat/completions",
    data=json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
    headers={
        "Authorization": "Bearer " + os.environ["FIXTURE_API_KEY"],
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