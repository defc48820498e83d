import os

from anthropic import Anthropic

client = Anthropic(
    base_url="https://intl.fixture.example/anthropic",
    api_key=None,
    default_headers={"x-api-key": os.environ["FIXTURE_API_KEY"]},
)
message = client.messages.create(
    model="fixture-large",
    max_tokens=64,
    messages=[{"role": "user", "content": "Say ok."}],
    stream=True,
)
for event in message:
    print(event.model_dump_json())