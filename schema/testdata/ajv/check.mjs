// Validates documents with ajv against the published schema, as a non-Go
// consumer would: the examples and testdata/valid must pass, every file in
// testdata/invalid must fail. Exits 1 on any disagreement.
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import YAML from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..", "..");
const schema = JSON.parse(readFileSync(join(root, "schema", "whitepaper.schema.json"), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

const yamlFiles = (dir) =>
  readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort().map((f) => join(dir, f));

let failures = 0;
let passed = 0;
const check = (file, wantValid) => {
  const doc = YAML.parse(readFileSync(file, "utf8"));
  const ok = validate(doc);
  if (ok === wantValid) {
    passed++;
    return;
  }
  failures++;
  const what = wantValid ? "rejected a valid document" : "accepted an invalid document";
  console.log(`FAIL ${file}: ajv ${what}`);
  if (!ok) console.log(JSON.stringify(validate.errors.slice(0, 5), null, 2));
};

for (const f of [...yamlFiles(join(root, "examples")), ...yamlFiles(join(here, "..", "valid"))]) check(f, true);
for (const f of yamlFiles(join(here, "..", "invalid"))) check(f, false);

console.log(`ajv: ${passed} passed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
