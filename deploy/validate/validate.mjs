// Validates Kubernetes objects (multi-document YAML on stdin, as `kubectl kustomize` prints it) against the OpenAPI
// schemas of the Kubernetes release that kubernetes-models was generated from (package.json pins it). Prints one JSON
// line per object: {"apiVersion","kind","name","schema","valid","errors","object"}. Kinds it has no schema for (the operators' custom
// resources: CloudNativePG, RabbitMQ) are printed with "schema": false and left to the caller's own checks.
// Used by tests/Onboarding.Deploy.Tests; run by hand: kubectl kustomize deploy/overlays/production | node validate.mjs
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

const input = readFileSync(0, "utf8");
let failed = false;
for (const document of parseAllDocuments(input)) {
  if (document.errors.length > 0) {
    console.log(JSON.stringify({ schema: false, valid: false, errors: document.errors.map(e => e.message) }));
    failed = true;
    continue;
  }
  const object = document.toJS();
  if (object === null) continue;
  const { apiVersion, kind } = object;
  const name = object.metadata?.name ?? null;
  const model = await modelFor(apiVersion, kind);
  if (model === undefined) {
    console.log(JSON.stringify({ apiVersion, kind, name, schema: false, valid: true, errors: [], object }));
    continue;
  }
  try {
    new model(object).validate();
    console.log(JSON.stringify({ apiVersion, kind, name, schema: true, valid: true, errors: [], object }));
  } catch (error) {
    failed = true;
    const errors = error.errors?.map(e => `${e.instancePath || "/"} ${e.message}${e.params ? " " + JSON.stringify(e.params) : ""}`) ?? [String(error)];
    console.log(JSON.stringify({ apiVersion, kind, name, schema: true, valid: false, errors, object }));
  }
}
process.exitCode = failed ? 1 : 0;

// kubernetes-models' layout: "apps/v1" -> kubernetes-models/apps/v1, "v1" -> kubernetes-models/v1. A group it does not
// know (a CRD's) has no module; a known group without the kind is an error the caller sees as a missing schema too.
async function modelFor(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string") return undefined;
  try {
    const module = await import(`kubernetes-models/${apiVersion}`);
    return module[kind];
  } catch {
    return undefined;
  }
}
