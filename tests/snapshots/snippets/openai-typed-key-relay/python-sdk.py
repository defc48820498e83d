from openai import OpenAI

client = OpenAI(
    base_url="https://relay.example.com/proxy/v1",
    api_key="sk-typed-key-0123",
)
completion = client.chat.completions.create(
    model="vendor/custom-model:free",
    messages=[{"role": "user", "content": "Reply with the single word: ok"}],
)
print(completion.model_dump_json(indent=2))