// Drives Cairn's OpenAI-compatible API with the official `openai` client, as a developer's code would.
// Env: CAIRN_BASE_URL (…/v1), CAIRN_API_KEY (ck_…), CAIRN_MODEL (a bot id), CAIRN_QUESTION, CAIRN_UNKNOWN_MODEL.
// Prints one JSON object to stdout; OpenAiSdkIT asserts on it.
import OpenAI from "openai";

const env = (name) => {
  const value = process.env[name];
  if (!value) {
    throw new Error(`missing environment variable ${name}`);
  }
  return value;
};

const client = new OpenAI({ baseURL: env("CAIRN_BASE_URL"), apiKey: env("CAIRN_API_KEY"), maxRetries: 0, timeout: 60_000 });
const model = env("CAIRN_MODEL");
const messages = [
  { role: "system", content: "Answer briefly." },
  { role: "user", content: env("CAIRN_QUESTION") },
];

const models = await client.models.list();

const completion = await client.chat.completions.create({ model, messages });
const message = completion.choices[0].message;

const stream = await client.chat.completions.create({ model, messages, stream: true });
let streamed = "";
let chunks = 0;
let finishReason = null;
let streamCitations = null;
let streamAnswered = null;
for await (const chunk of stream) {
  chunks += 1;
  const choice = chunk.choices[0];
  streamed += choice.delta?.content ?? "";
  finishReason = choice.finish_reason ?? finishReason;
  streamCitations = choice.delta?.cairn_citations ?? streamCitations;
  streamAnswered = choice.delta?.cairn_answered ?? streamAnswered;
}

let unknownModel = null;
try {
  await client.chat.completions.create({ model: env("CAIRN_UNKNOWN_MODEL"), messages });
} catch (error) {
  unknownModel = { name: error.constructor.name, status: error.status, code: error.code, type: error.type };
}

console.log(
  JSON.stringify({
    models: models.data.map((m) => m.id),
    completion: {
      id: completion.id,
      object: completion.object,
      content: message.content,
      citations: message.cairn_citations,
      answered: message.cairn_answered,
      finishReason: completion.choices[0].finish_reason,
    },
    stream: { content: streamed, chunks, finishReason, citations: streamCitations, answered: streamAnswered },
    unknownModel,
  }),
);
