// Drives yaml-language-server over LSP (stdio), as an editor would, with
// documents that name the published schema in their modeline, and checks
// what an author sees: completion of fields, of value forms (examples) and
// of vocabulary values with their descriptions, hover text written for
// authors, and short messages for values of the wrong form.
//
// Usage: node check.mjs [SCHEMA] (default: the published schema). Prints
// every failed expectation and exits 1 when there is one.
import { spawn } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(process.argv[2] ?? join(here, "..", "..", "whitepaper.schema.json"));
const server = join(here, "node_modules", "yaml-language-server", "bin", "yaml-language-server");

// A minimal LSP client: Content-Length framed JSON-RPC over the server's stdio.
const proc = spawn(process.execPath, [server, "--stdio"], { stdio: ["pipe", "pipe", "inherit"] });
let buffer = Buffer.alloc(0);
let nextID = 1;
const pending = new Map();
const diagnostics = new Map();
const diagnosticWaiters = new Map();

proc.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const end = buffer.indexOf("\r\n\r\n");
    if (end < 0) return;
    const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString())[1]);
    if (buffer.length < end + 4 + length) return;
    const msg = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString());
    buffer = buffer.subarray(end + 4 + length);
    handle(msg);
  }
});

function send(msg) {
  const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", ...msg }));
  proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
  proc.stdin.write(body);
}

function handle(msg) {
  if (msg.id !== undefined && msg.method) {
    // A request from the server: configuration, registration, progress.
    const result = msg.method === "workspace/configuration" ? msg.params.items.map(() => settings.yaml) : null;
    send({ id: msg.id, result });
    return;
  }
  if (msg.id !== undefined) {
    const p = pending.get(msg.id);
    pending.delete(msg.id);
    if (msg.error) p.reject(new Error(JSON.stringify(msg.error)));
    else p.resolve(msg.result);
    return;
  }
  if (msg.method === "textDocument/publishDiagnostics") {
    diagnostics.set(msg.params.uri, msg.params.diagnostics);
    const wait = diagnosticWaiters.get(msg.params.uri);
    if (wait && msg.params.diagnostics.length > 0) wait(msg.params.diagnostics);
  }
}

function request(method, params) {
  const id = nextID++;
  send({ id, method, params });
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

const notify = (method, params) => send({ method, params });

const settings = { yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemas: {} } };

// open opens a document, written with a "|" where the cursor goes, and
// returns its URI and the cursor's position.
let docs = 0;
function open(text) {
  const lines = text.split("\n");
  const line = lines.findIndex((l) => l.includes("|"));
  const character = line < 0 ? 0 : lines[line].indexOf("|");
  const content = text.replace("|", "");
  const uri = pathToFileURL(join(here, `doc${++docs}.yaml`)).href;
  notify("textDocument/didOpen", {
    textDocument: { uri, languageId: "yaml", version: 1, text: `# yaml-language-server: $schema=${schemaPath}\n${content}` },
  });
  return { uri, position: { line: line + 1, character } };
}

const header = `openwhitepaper: "1"
languages: [en]
defaultLanguage: en
vendor:
  id: example
  name: {en: Example}
services:
  - id: app
    name: {en: App}
`;

async function completion(text) {
  const { uri, position } = open(header + text);
  const result = await request("textDocument/completion", { textDocument: { uri }, position });
  return Array.isArray(result) ? result : result.items;
}

async function hover(text) {
  const { uri, position } = open(header + text);
  const result = await request("textDocument/hover", { textDocument: { uri }, position });
  return result ? result.contents.value ?? String(result.contents) : "";
}

async function problems(text) {
  const { uri } = open(header + text);
  return new Promise((resolve) => {
    diagnosticWaiters.set(uri, resolve);
    setTimeout(() => resolve(diagnostics.get(uri) ?? []), 10000);
  });
}

const docText = (item) => (typeof item.documentation === "object" ? item.documentation.value : item.documentation ?? "");

let failures = 0;
const expect = (ok, what, got) => {
  if (ok) {
    console.log(`ok   ${what}`);
    return;
  }
  failures++;
  console.log(`FAIL ${what}\n     got: ${typeof got === "string" ? got : JSON.stringify(got, null, 2)}`);
};

// goDoc matches Go doc text: a Go identifier then " is ", " lists "…, or a doc link.
const goDoc = /(^|\n)[A-Z][A-Za-z0-9]* (is|are|lists|says|names|holds|gives|covers|tells|limits|hedges|words)\b|\[[A-Z][A-Za-z0-9.]*\]/;

await request("initialize", {
  processId: process.pid,
  rootUri: pathToFileURL(here).href,
  capabilities: {
    textDocument: {
      completion: { completionItem: { snippetSupport: true, documentationFormat: ["markdown", "plaintext"] } },
      hover: { contentFormat: ["markdown", "plaintext"] },
      publishDiagnostics: {},
    },
    workspace: { configuration: true },
  },
  workspaceFolders: null,
});
notify("initialized", {});
notify("workspace/didChangeConfiguration", { settings });

// 1. Completion inside backup: offers its fields, documented for authors.
{
  const items = await completion("backup:\n  provided: true\n  |\n");
  const labels = items.map((i) => i.label);
  for (const want of ["sets", "restoreOnRequest", "objectives"]) {
    expect(labels.includes(want), `completion in backup: offers ${want}`, labels);
  }
  const item = items.find((i) => i.label === "restoreOnRequest");
  expect(item && docText(item) && !goDoc.test(docText(item)), "the field's documentation is not Go doc", item);
  if (item) console.log(`     restoreOnRequest: ${JSON.stringify(docText(item))}`);
}

// 2. Completion of a frequency offers its forms.
{
  const items = await completion("backup:\n  sets:\n    - data: database\n      frequency: |\n");
  const labels = items.map((i) => i.label);
  for (const want of ["daily", "every 6 hours"]) {
    expect(labels.includes(want), `completion of frequency: offers ${JSON.stringify(want)}`, labels);
  }
  console.log(`     frequency: ${JSON.stringify(labels)}`);
}

// 3. Completion of a vocabulary value offers each value with its own description.
{
  const items = await completion("backup:\n  sets:\n    - data: database\n      method: |\n");
  const item = items.find((i) => i.label === "remote-copy");
  expect(item !== undefined, "completion of method: offers remote-copy", items.map((i) => i.label));
  const docs = new Set(items.map(docText));
  expect(item && docText(item) && docs.size === items.length, "each vocabulary value has its own description", items.map((i) => [i.label, docText(i)]));
  if (item) console.log(`     remote-copy: ${JSON.stringify(docText(item))}`);
}

// 4. Hover on a field shows its label and author-facing text.
{
  const text = await hover("backup:\n  restoreOn|Request: true\n");
  expect(text.includes("Restore on customer request"), "hover on restoreOnRequest shows its label", text);
  expect(/Whether the vendor restores/.test(text) && !goDoc.test(text), "hover on restoreOnRequest is written for authors", text);
  console.log(`     hover restoreOnRequest: ${JSON.stringify(text)}`);
}

// 5. Hover on a field of a value type says the accepted forms.
{
  const text = await hover("backup:\n  sets:\n    - data: database\n      freq|uency: daily\n");
  expect(text.includes("every 6 hours") && !goDoc.test(text), "hover on frequency shows the accepted forms", text);
  console.log(`     hover frequency: ${JSON.stringify(text)}`);
}

// 6. A value of the wrong form gets a short message, not the regular expression.
{
  const diags = await problems("backup:\n  sets:\n    - data: database\n      frequency: now and then\n");
  const msgs = diags.map((d) => d.message);
  expect(msgs.some((m) => m.includes("such as")) && msgs.every((m) => m.length < 300 && !m.includes("(?:")), "a bad frequency gets a short message", msgs);
  console.log(`     bad frequency: ${JSON.stringify(msgs)}`);
}

await request("shutdown", null);
notify("exit", null);
console.log(`lsp: ${failures === 0 ? "ok" : `${failures} failed`}`);
process.exit(failures === 0 ? 0 : 1);
