// Turn an article's facts into nested, focusable highlights over its text.
//
// Text is shown through `clean` (bidi and zero-width controls made visible, lengths kept).
//
// Offsets in Dateline are Unicode code points (Python str indices); JS strings index
// UTF-16 code units, so every offset is converted before slicing (an emoji before a name
// would otherwise shift every later highlight by one).

import { clean, humanDate } from "./dom.js";

/** The number of entity colours in style.css (.ent-0 ... .ent-7); the last one is grey. */
export const PALETTE_SIZE = 8;

/**
 * The colour class of each entity: the most mentioned get the seven distinct colours, all
 * others share grey. Reusing a colour would tell the reader two entities are one.
 * @param {object} article contract JSON
 * @returns {Map<string, string>} entity id -> "ent-N"
 */
export function entityColours(article) {
  const ranked = [...(article.entities || [])]
    .map((e, i) => ({ id: e.id, n: (e.mentions || []).length, i }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  return new Map(ranked.map((e, rank) => [e.id, `ent-${Math.min(rank, PALETTE_SIZE - 1)}`]));
}

// Nesting order when spans share a start and an end: the lower layer is the outer element.
const LAYER = { source: 0, quote: 1, event: 2, time: 3, mention: 4 };

/**
 * A function mapping code point offsets of `text` to UTF-16 offsets.
 * @param {string} text
 * @returns {(cp: number) => number}
 */
export function codePointIndex(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (cp) => cp;  // the common case: identical
  const units = [0];
  for (const ch of text) units.push(units[units.length - 1] + ch.length);
  return (cp) => units[Math.max(0, Math.min(cp, units.length - 1))];
}

/**
 * Every highlight of an article: quotes, times, entity mentions (and the `source` span a
 * timeline link points at), each with the text that says why it is marked.
 * @param {object} article contract JSON (spec/contract.md)
 * @param {{start: number, end: number} | null} source optional span to mark as the linked source
 * @returns {Array<object>} annotations {start, end, layer, kind, cls, why, id, data}
 */
export function annotationsOf(article, source = null) {
  const out = [];
  if (source) {
    out.push({ start: source.start, end: source.end, kind: "source", cls: "hl hl-source",
      why: "What the timeline cites from this article", id: "source-span", data: {} });
  }
  (article.quotes || []).forEach((q, i) => {
    const who = q.speaker && q.speaker.name ? q.speaker.name : "an unknown speaker";
    const when = q.time ? `, ${humanDate(q.time)}` : "";
    const kind = q.kind === "indirect" ? "Reported speech" : "Quote";
    // a reported statement (kind "indirect") has a style of its own: the words are the
    // article's account of what was said (a direct quote inside it is marked as well)
    const cls = q.kind === "indirect" ? "hl hl-quote hl-reported" : "hl hl-quote";
    out.push({ start: q.start, end: q.end, kind: "quote", cls,
      why: `${kind} by ${who}${when}`, id: `hl-quote-${i}`, data: { speaker: who, quoteKind: q.kind || "direct" } });
  });
  (article.events || []).forEach((e, i) => {
    const when = e.time ? humanDate(e.time.value) : "undated";
    out.push({ start: e.start, end: e.end, kind: "event", cls: "hl hl-event",
      why: `Event, ${when}: ${e.summary || e.text}`, id: `hl-event-${i}`, data: { when: e.time ? e.time.value : "" } });
  });
  (article.times || []).forEach((t, i) => {
    const range = t.earliest && t.latest && t.earliest !== t.value
      ? ` (${t.earliest} to ${t.latest})` : "";
    out.push({ start: t.start, end: t.end, kind: "time", cls: "hl hl-time",
      why: `${humanDate(t.value)}: ${t.type} ${t.value}${range}`, id: `hl-time-${i}`, data: { value: t.value, type: t.type } });
  });
  const colours = entityColours(article);
  (article.entities || []).forEach((e, n) => {
    (e.mentions || []).forEach((m, i) => {
      out.push({ start: m.start, end: m.end, kind: "mention",
        cls: `hl hl-mention ${colours.get(e.id)}`,
        why: `${e.name} (${e.type}, ${m.kind})`, id: i === 0 ? `hl-entity-${n}` : null,
        data: { entity: e.id, entityName: e.name } });
    });
  });
  return out;
}

function order(a, b) {
  return a.start - b.start || b.end - a.end || LAYER[a.kind] - LAYER[b.kind];
}

/**
 * Render `text` into `parent` with `annotations` as nested <mark> elements.
 *
 * Spans that cross (a time that starts inside a quote and ends after it) are cut at the
 * outer element's end; the continuation carries the same why but no id or tab stop, so
 * keyboard users meet each fact once.
 * @param {HTMLElement} parent
 * @param {string} text
 * @param {Array<object>} annotations from annotationsOf (code point offsets)
 */
export function renderHighlighted(parent, text, annotations) {
  const unit = codePointIndex(text);
  const items = annotations
    .map((a) => ({ ...a, start: unit(a.start), end: unit(a.end), first: true }))
    .filter((a) => a.start >= 0 && a.end <= text.length && a.start < a.end)
    .sort(order);
  parent.replaceChildren();
  build(parent, text, 0, text.length, items);
}

function build(parent, text, from, to, items) {
  let pos = from;
  let rest = items;
  while (rest.length) {
    const [x, ...others] = rest;
    if (x.start > pos) parent.append(clean(text.slice(pos, x.start)));
    const inside = [];
    const after = [];
    for (const y of others) {
      if (y.start >= x.end) { after.push(y); continue; }
      inside.push({ ...y, end: Math.min(y.end, x.end) });
      if (y.end > x.end) after.push({ ...y, start: x.end, first: false });  // the part beyond x
    }
    const el = markFor(x);
    build(el, text, x.start, x.end, inside);
    parent.append(el);
    pos = x.end;
    rest = after.sort(order);
  }
  if (pos < to) parent.append(clean(text.slice(pos, to)));
}

function markFor(a) {
  const el = document.createElement("mark");
  el.className = a.cls;
  el.dataset.kind = a.kind;
  el.dataset.why = a.why;
  for (const [k, v] of Object.entries(a.data)) el.dataset[k] = v;
  if (a.first) {
    el.tabIndex = 0;  // focusable: keyboard users reach every fact and its "why"
    if (a.id) el.id = a.id;
  } else {
    el.dataset.part = "continued";
  }
  return el;
}
