// Encodes sample server-action arguments with the React encoder Next ships to browsers (react-server-dom-webpack's
// client), and writes the bodies as the front server receives them: a JSON list of { text } or { fields: [name, value,
// isFile][] }. What a browser sends for the desk's kinds of argument, and for the values React writes references for.
const { default: client } = await import("next/dist/compiled/react-server-dom-webpack/client.node.js");

const form = (entries) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};
const shared = { a: 1 };
const samples = [
  [null, form([])],
  [null, form([["email", "a@b.c"], ["file", new Blob(["x"])], ["text", "$ not a reference"]])],
  [form([["a", "1"]]), form([["b", "2"]])],
  [{ id: "7f0e4b8e-6a43-4c1b-9a0e-1d2c3b4a5f60", sourceId: "7f0e4b8e-6a43-4c1b-9a0e-1d2c3b4a5f61" }],
  [{ fileName: "a.txt", text: "$$ và $1", overrides: [{ index: 0, title: "x" }, { index: 0, title: "x" }], roles: undefined }],
  [shared, shared, { again: [shared] }],
  [undefined, NaN, -0, Infinity, -Infinity, new Date(0), 10n, "$x"],
  [new Map([["k", shared]]), new Set([shared]), shared],
  [new Map(), new Set()],
  [[1, 2].values()],
  [new Uint8Array([1, 2, 3]), new Int16Array([1, 2]), new Blob(["abc"])],
  [new ReadableStream({ start: (controller) => controller.close() })],
  [Promise.resolve(5)],
];

const replies = [];
for (const sample of samples) {
  const body = await client.encodeReply(sample);
  if (typeof body === "string") replies.push({ text: body });
  else {
    const fields = [];
    for (const [name, value] of body.entries()) fields.push(typeof value === "string" ? [name, value, false] : [name, Buffer.from(await value.arrayBuffer()).toString("latin1"), true]);
    replies.push({ fields });
  }
}
process.stdout.write(JSON.stringify(replies));
