import os

from openai import OpenAI

client = OpenAI(
    base_url="https://api.fixture.example/api/paas/v4",
    api_key=os.environ["FIXTURE_API_KEY"],
)
completion = client.chat.completions.create(
    model="fixture-small",
    messages=[{"role": "user", "content": "It's \"quoted\" \\back\\slash\\ $(echo no) `echo no` ${HOME} 100% %PATH% !bang ^caret & | < > ( ) ''\nsecond line\ttab 中文：身份验证失败 emoji 🔑🚀   end\\"}],
)
print(completion.model_dump_json(indent=2))