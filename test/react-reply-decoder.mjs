// Decodes server-action replies with the React decoder Next ships (run under the "react-server" condition, as Next
// runs it): reads a JSON list of replies on stdin, each { text } or { fields: [name, value, isFile][] }, and writes
// one outcome each: "ok" when the arguments decode and every promise in them settles fulfilled, else "refused".
const { default: decoder } = await import("next/dist/compiled/react-server-dom-webpack/server.node.js");

const settle = (thenable, ms) =>
  Promise.race([new Promise((resolve, reject) => thenable.then(resolve, reject)), new Promise((_, reject) => setTimeout(() => reject(new Error("never settled")), ms))]);

async function walk(value, seen) {
  if (value === null || typeof value !== "object" || seen.has(value)) return;
  seen.add(value);
  if (typeof value.then === "function") return walk(await settle(value, 300), seen);
  if (value instanceof Map || value instanceof Set || Array.isArray(value)) {
    for (const item of value instanceof Map ? [...value].flat() : value) await walk(item, seen);
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) await walk(item, seen);
  }
}

async function outcome(reply) {
  let body = reply.text;
  if (reply.fields) {
    body = new FormData();
    for (const [name, value, isFile] of reply.fields) body.append(name, isFile ? new File([value], "f.bin") : value);
  }
  try {
    const args = await settle(decoder.decodeReply(body, {}, { temporaryReferences: decoder.createTemporaryReferenceSet() }), 300);
    await walk(args, new Set());
    return "ok";
  } catch {
    return "refused";
  }
}

let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const outcomes = [];
  for (const reply of JSON.parse(input)) outcomes.push(await outcome(reply));
  process.stdout.write(JSON.stringify(outcomes));
});
