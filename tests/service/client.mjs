// A client in another language (Node.js, standard library only) that
// evaluates, explains and checks a proposal over HTTP and through the NDJSON
// commands, validating every reply against the published JSON Schemas, which
// it fetches from the service at the path of each schema's $id.
//
//   node client.mjs SERVER_URL PYTHON PROPOSAL_FILE
//
// Prints one line per reply validated and exits 0; exits 1 at the first
// reply that does not match its schema (or a request that fails).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename } from "node:path";

const [server, python, proposalFile] = process.argv.slice(2);
const BASE = "https://senrules.example/";
const schemas = new Map(); // $id -> schema
let validated = 0;

function fail(message) {
  console.error(`client: ${message}`);
  process.exit(1);
}

async function schemaFor(id) {
  if (!schemas.has(id)) {
    if (!id.startsWith(BASE)) fail(`unexpected schema $id ${id}`);
    const reply = await fetch(server + "/" + id.slice(BASE.length));
    if (reply.status !== 200) fail(`schema ${id}: HTTP ${reply.status}`);
    const schema = await reply.json();
    if (schema.$id !== id) fail(`schema served for ${id} has $id ${schema.$id}`);
    schemas.set(id, schema);
    await loadRefs(schema);
  }
  return schemas.get(id);
}

async function loadRefs(node) {
  if (Array.isArray(node)) {
    for (const item of node) await loadRefs(item);
  } else if (node && typeof node === "object") {
    if (typeof node.$ref === "string" && node.$ref.startsWith("http")) await schemaFor(node.$ref.split("#")[0]);
    for (const value of Object.values(node)) await loadRefs(value);
  }
}

// ---------------------------------------------------------------- a small draft 2020-12 validator
// (the keywords the published schemas use)

function pointer(root, fragment) {
  let node = root;
  for (const part of fragment.split("/").slice(1)) {
    node = node[decodeURIComponent(part).replace(/~1/g, "/").replace(/~0/g, "~")];
    if (node === undefined) throw new Error(`no ${fragment}`);
  }
  return node;
}

function typeOf(v) {
  if (v === null) return "null";
  if (Array.isArray(v)) return "array";
  if (typeof v === "number") return Number.isInteger(v) ? "integer" : "number";
  return typeof v; // boolean, string, object
}

function equal(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function check(value, schema, root, at) {
  // returns a list of errors (empty when valid)
  if (schema === true || schema === undefined) return [];
  if (schema === false) return [`${at}: no value is allowed here`];
  const errors = [];
  if (schema.$ref !== undefined) {
    const [base, fragment] = schema.$ref.split("#");
    const target = base ? schemas.get(base) : root;
    if (!target) return [`${at}: unknown schema ${base}`];
    errors.push(...check(value, fragment ? pointer(target, fragment) : target, target, at));
  }
  const t = typeOf(value);
  if (schema.type !== undefined) {
    const types = [].concat(schema.type);
    if (!types.includes(t) && !(t === "integer" && types.includes("number"))) errors.push(`${at}: ${t} is not ${types.join(" or ")}`);
  }
  if (schema.const !== undefined && !equal(value, schema.const)) errors.push(`${at}: not ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.some((e) => equal(e, value))) errors.push(`${at}: ${JSON.stringify(value)} not in enum`);
  if (t === "string") {
    if (schema.minLength !== undefined && [...value].length < schema.minLength) errors.push(`${at}: too short`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) errors.push(`${at}: does not match ${schema.pattern}`);
  }
  if (t === "number" || t === "integer") {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${at}: below ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${at}: above ${schema.maximum}`);
  }
  if (t === "array") {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${at}: fewer than ${schema.minItems} items`);
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${at}: more than ${schema.maxItems} items`);
    if (schema.items !== undefined) value.forEach((v, i) => errors.push(...check(v, schema.items, root, `${at}[${i}]`)));
  }
  if (t === "object") {
    for (const key of schema.required ?? []) if (!(key in value)) errors.push(`${at}: missing ${key}`);
    const props = schema.properties ?? {};
    for (const [key, v] of Object.entries(value)) {
      if (key in props) errors.push(...check(v, props[key], root, `${at}.${key}`));
      else if (schema.additionalProperties !== undefined) errors.push(...check(v, schema.additionalProperties, root, `${at}.${key}`));
      if (schema.propertyNames !== undefined) errors.push(...check(key, schema.propertyNames, root, `${at} key ${key}`));
    }
  }
  if (schema.allOf) for (const s of schema.allOf) errors.push(...check(value, s, root, at));
  if (schema.anyOf && !schema.anyOf.some((s) => check(value, s, root, at).length === 0)) errors.push(`${at}: matches none of anyOf`);
  if (schema.oneOf) {
    const n = schema.oneOf.filter((s) => check(value, s, root, at).length === 0).length;
    if (n !== 1) errors.push(`${at}: matches ${n} of oneOf, not exactly 1`);
  }
  return errors;
}

async function validate(what, value, ref) {
  const [id, fragment] = ref.split("#");
  const root = await schemaFor(id);
  const errors = check(value, fragment ? pointer(root, fragment) : root, root, "$");
  if (errors.length) fail(`${what} does not match ${ref}:\n  ${errors.slice(0, 10).join("\n  ")}`);
  validated += 1;
  console.log(`ok ${what} matches ${ref}`);
}

// ---------------------------------------------------------------- over HTTP

async function call(method, path, body, contentType = "application/json") {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.body = typeof body === "string" || body instanceof Uint8Array ? body : JSON.stringify(body);
    init.headers["content-type"] = contentType;
  }
  const reply = await fetch(server + path, init);
  const data = await reply.json();
  return [reply.status, data];
}

const [s1, rulesets] = await call("GET", "/rulesets");
if (s1 !== 200) fail(`GET /rulesets: HTTP ${s1}`);
await validate("GET /rulesets", rulesets, BASE + "schema/rulesets/1");
const example = rulesets.rulesets.find((r) => r.id === "example");

const facts = { service: "A", evaluation_date: "2024-09-01", facts: { programmes_monitored: true, monitoring_interval: 26 } };
await validate("the request's facts", facts, example.facts_schema); // the client checks its own request first

const [s2, result] = await call("POST", "/rulesets/example/evaluate", facts);
if (s2 !== 200) fail(`evaluate: HTTP ${s2} ${JSON.stringify(result)}`);
await validate("POST evaluate", result, result.$schema);
if (result.verdicts["S1.1"] !== "partly_met") fail(`S1.1 is ${result.verdicts["S1.1"]}`);
{ // the validator itself must refuse a broken result
  const root = await schemaFor(result.$schema);
  const broken = { ...result, verdicts: 3, judgements: [{ ...result.judgements[0], verdict: null }] };
  if (check(broken, root, root, "$").length < 2) fail("the validator accepts a broken result");
}

const [s3, judgement] = await call("POST", "/rulesets/example/explain/S1.1", facts);
if (s3 !== 200) fail(`explain: HTTP ${s3}`);
await validate("POST explain", judgement, BASE + "schema/result/1#/$defs/judgement");
console.log(`S1.1 is ${judgement.verdict}: ${judgement.decided_by}`);

const [s4, batch] = await call("POST", "/rulesets/example/batch", { cases: [facts, { facts: { nope: 1 } }] });
if (s4 !== 200) fail(`batch: HTTP ${s4}`);
for (const record of batch.records) await validate(`batch record ${record.line}`, record, BASE + "schema/batch-record/1");
if (!batch.records[1].error) fail("the bad case should be an error record");

const [s5, bad] = await call("POST", "/rulesets/example/evaluate", { facts: { cyp_progress_rate: { 2024: 140 } } });
if (s5 !== 422) fail(`a bad value should be answered 422, not ${s5}`);
await validate("an error reply", bad, BASE + "schema/error/1");

const documentBytes = readFileSync(proposalFile);
const name = basename(proposalFile);
const [s6, report] = await call("POST", `/proposals/check?filename=${encodeURIComponent(name)}`, documentBytes, "application/octet-stream");
if (s6 !== 200) fail(`proposal check: HTTP ${s6} ${JSON.stringify(report)}`);
const proposalSchema = await fetch(server + "/" + report.$schema.slice(BASE.length));
if (proposalSchema.status === 200) {
  await validate("POST /proposals/check", report, report.$schema);
} else {
  console.log(`note: ${report.$schema} is not served yet (HTTP ${proposalSchema.status}); checked its keys only`);
  for (const key of ["factors", "credible", "overall"]) if (!(key in report)) fail(`the proposal check has no ${key}`);
}
console.log(`proposal ${name}: ${report.overall}`);

// ---------------------------------------------------------------- through the NDJSON commands

function ndjson(args, lines) {
  const run = spawnSync(python, ["-m", "senrules", ...args], { input: lines.map((l) => JSON.stringify(l)).join("\n") + "\n", encoding: "utf8" });
  return [run.status, run.stdout.split("\n").filter((l) => l).map((l) => JSON.parse(l)), run.stderr];
}

const [c1, records, stderr1] = ndjson(["batch", "example", "--no-progress"], [facts, { facts: { nope: 1 } }, facts]);
if (c1 !== 1 || records.length !== 3 || !stderr1.includes("line 2")) fail(`senrules batch: exit ${c1}, ${records.length} records, stderr ${stderr1}`);
for (const record of records) await validate(`senrules batch line ${record.line}`, record, BASE + "schema/batch-record/1");

const [c2, explained] = ndjson(["batch", "example", "--explain", "--no-progress"], [facts]);
if (c2 !== 0) fail(`senrules batch --explain: exit ${c2}`);
await validate("senrules batch --explain result", explained[0].result, BASE + "schema/result/1");

const [c3, checks] = ndjson(["batch", "sen-improvement-test-2007", "--documents", "--no-progress"],
                           [{ filename: name, base64: documentBytes.toString("base64") }]);
if (c3 !== 0) fail(`senrules batch --documents: exit ${c3}`);
await validate("senrules batch --documents record", checks[0], BASE + "schema/batch-record/1");
if (checks[0].report.overall !== report.overall) fail("the NDJSON check and the HTTP check differ");

console.log(`done: ${validated} replies validated`);
