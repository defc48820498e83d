import os

from anthropic import Anthropic

client = Anthropic(
    base_url="https://api.fixture.example/api/anthropic",
    auth_token=os.environ["FIXTURE_API_KEY"],
)
message = client.messages.create(
    model="fixture-small",
    max_tokens=64,
    messages=[{"role": "user", "content": "Say ok."}],
)
print(message.model_dump_json(indent=2))