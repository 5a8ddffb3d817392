// The API page: the server's own OpenAPI document (/openapi.json) rendered for people:
// each endpoint with what it does, its parameters, its body and its answers, and a curl line.

import { getJSON, h, reportFailures } from "./dom.js";

const status = document.getElementById("status");
const intro = document.getElementById("intro");
const toc = document.getElementById("toc");
const endpoints = document.getElementById("endpoints");
reportFailures(status);

const METHODS = ["get", "post", "put", "patch", "delete"];

function deref(doc, schema) {
  let s = schema || {};
  for (let i = 0; s.$ref && i < 10; i += 1) {
    s = s.$ref.replace(/^#\//, "").split("/").reduce((node, key) => (node || {})[key], doc) || {};
  }
  return s;
}

/** A schema in a few words: "string (YYYY-MM-DD)", "list of Entity", "integer, 1 to 1000". */
function typeOf(doc, schema) {
  const s = schema || {};
  if (s.$ref) return s.$ref.split("/").pop();
  if (s.anyOf || s.oneOf) {
    const kinds = (s.anyOf || s.oneOf).filter((x) => x.type !== "null").map((x) => typeOf(doc, x));
    const nullable = (s.anyOf || s.oneOf).some((x) => x.type === "null");
    return [...new Set(kinds)].join(" or ") + (nullable ? " (optional)" : "");
  }
  if (s.type === "array") return `list of ${typeOf(doc, s.items)}`;
  if (s.enum) return `one of ${s.enum.join(", ")}`;
  const bits = [s.type || "any"];
  if (s.format) bits.push(`(${s.format})`);
  if (s.minimum !== undefined && s.maximum !== undefined) bits.push(`${s.minimum} to ${s.maximum}`);
  else if (s.minimum !== undefined) bits.push(`at least ${s.minimum}`);
  if (s.maxLength !== undefined) bits.push(`up to ${s.maxLength} characters`);
  return bits.join(" ");
}

// Text with `code` (or ``code``) spans, as the docstrings write them.
function inline(text) {
  return text.split(/(``[^`]+``|`[^`]+`)/).filter(Boolean)
    .map((part) => (part.startsWith("`") ? h("code", null, part.replace(/^`+|`+$/g, "")) : part));
}

function paragraphs(text) {
  return (text || "").split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean)
    .map((p) => h("p", null, ...inline(p.replace(/\s*\n\s*/g, " "))));
}

function table(head, rows) {
  return h("div", { class: "table-wrap" }, h("table", null,
    h("thead", null, h("tr", null, ...head.map((c) => h("th", { scope: "col" }, c)))),
    h("tbody", null, ...rows.map((r) => h("tr", null, ...r.map((c, i) => (i === 0 ? h("th", { scope: "row" }, c) : h("td", null, c))))))));
}

function fields(doc, schema) {
  const s = deref(doc, schema);
  const required = new Set(s.required || []);
  return Object.entries(s.properties || {}).map(([name, p]) => [
    h("code", null, name), typeOf(doc, p), required.has(name) ? "yes" : "no", p.description || ""]);
}

function example(method, path, op) {
  const query = (op.parameters || []).filter((p) => p.in === "query" && p.example !== undefined);
  const url = path.replace(/\{([^}:]+)(:[^}]*)?\}/g, (_, name) => `${name.toUpperCase()}`);
  if (method === "post") {
    return `curl -s -X POST ${location.origin}${url} -H 'content-type: application/json' -d '{"text": "..."}'`;
  }
  return `curl -s '${location.origin}${url}${query.length ? "?" : ""}'`;
}

function endpoint(doc, method, path, op) {
  const id = `${method}-${path}`.replace(/[^a-z0-9]+/gi, "-").replace(/-+$/, "").toLowerCase();
  const params = (op.parameters || []).map((p) => [
    h("code", null, p.name), p.in, typeOf(doc, p.schema), p.required ? "yes" : "no",
    p.description || (p.schema && p.schema.description) || ""]);
  const body = op.requestBody ? deref(doc, ((op.requestBody.content || {})["application/json"] || {}).schema) : null;
  const answers = Object.entries(op.responses || {}).map(([code, r]) => {
    const schema = ((r.content || {})["application/json"] || {}).schema;
    return [h("code", null, code), r.description || "", schema ? typeOf(doc, schema) : ""];
  });
  const ok = (op.responses || {})["200"];
  const okSchema = ok && ((ok.content || {})["application/json"] || {}).schema;
  const okFields = okSchema ? fields(doc, okSchema.items || okSchema) : [];
  toc.append(h("li", null, h("a", { href: `#${id}` }, h("code", null, `${method.toUpperCase()} ${path}`)),
    op.summary ? ` ${op.summary}` : ""));
  return h("section", { class: "endpoint", id, "aria-labelledby": `${id}-title` },
    h("h2", { id: `${id}-title` }, h("span", { class: `method method-${method}` }, method.toUpperCase()), " ",
      h("code", null, path)),
    ...paragraphs(op.description || op.summary),
    params.length ? h("h3", null, "Parameters") : null,
    params.length ? table(["name", "in", "type", "required", "what"], params) : null,
    body ? h("h3", null, "Body (JSON)") : null,
    body ? table(["field", "type", "required", "what"], fields(doc, body)) : null,
    h("h3", null, "Answers"),
    table(["status", "meaning", "body"], answers),
    okFields.length ? h("details", null, h("summary", null, `Fields of a ${typeOf(doc, okSchema)} answer`),
      table(["field", "type", "always", "what"], okFields)) : null,
    h("h3", null, "Example"),
    h("pre", { class: "example" }, h("code", null, example(method, path, op))));
}

async function main() {
  const doc = await getJSON("/openapi.json");
  document.title = `${doc.info.title} API ${doc.info.version} · Dateline`;
  intro.replaceChildren(...paragraphs(doc.info.description));
  const sections = [];
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const method of METHODS) if (item[method]) sections.push(endpoint(doc, method, path, item[method]));
  }
  endpoints.replaceChildren(...sections);
  status.textContent = `${sections.length} endpoints, version ${doc.info.version}.`;
}

main().catch((e) => { status.textContent = e.message; });
