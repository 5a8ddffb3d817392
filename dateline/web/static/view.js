// The article view: the text with its facts highlighted, a key, and the lists of facts.
// Used by the stored-article page and by the paste box, so both show the same thing.

import { h, humanDate, plural } from "./dom.js";
import { annotationsOf, entityColours, renderHighlighted } from "./highlight.js";

/**
 * Render an article into `container`.
 * @param {HTMLElement} container
 * @param {string} text the text the article's offsets point into
 * @param {object} article contract JSON
 * @param {{source?: {start: number, end: number} | null}} [options]
 */
export function renderArticle(container, text, article, options = {}) {
  const body = h("div", { class: "article-text", id: "article-text" });
  renderHighlighted(body, text, annotationsOf(article, options.source || null));
  const tip = h("div", { id: "hl-tip", class: "tip", role: "tooltip", hidden: true });
  container.replaceChildren(
    keyOf(article),
    h("div", { class: "article-layout" },
      h("section", { class: "article-body", "aria-labelledby": "text-title" },
        h("h2", { id: "text-title" }, "Text"),
        h("p", { class: "hint" }, "Hover or focus (Tab) a highlight to see why it is marked."),
        body),
      factsOf(article)),
    tip,
  );
  wireTips(body, tip);
  wireJumps(container);
}

function keyOf(article) {
  const colours = entityColours(article);
  const entities = (article.entities || []).map((e) =>
    h("li", null, h("span", { class: `swatch ${colours.get(e.id)}`, "aria-hidden": "true" }),
      ` ${e.name} `, h("span", { class: "meta" }, `${e.type}, ${plural((e.mentions || []).length, "mention")}`)));
  return h("section", { class: "key", "aria-labelledby": "key-title" },
    h("h2", { id: "key-title" }, "Key"),
    h("ul", { class: "key-list" },
      h("li", null, h("mark", { class: "hl hl-time" }, "time"), " a time expression, with its value"),
      h("li", null, h("mark", { class: "hl hl-quote" }, "quote"), " a direct quotation, with its speaker"),
      h("li", null, h("mark", { class: "hl hl-quote hl-reported" }, "reported"),
        " a reported statement (no quotation marks), with its source"),
      h("li", null, h("mark", { class: "hl hl-event" }, "event"), " what happened, with its date"),
      h("li", null, h("mark", { class: "hl hl-mention ent-0" }, "mention"),
        " a mention, coloured by entity (grey: less mentioned ones)")),
    entities.length ? h("details", null, h("summary", null, `Entity colours (${entities.length})`),
      h("ul", { class: "entity-key" }, ...entities)) : null);
}

function factsOf(article) {
  const times = (article.times || []).map((t, i) =>
    h("li", null, jump(`hl-time-${i}`, t.text), ": ", humanDate(t.value),
      h("span", { class: "meta" }, " ", h("code", null, t.value), ` ${t.type}`)));
  const quotes = (article.quotes || []).map((q, i) =>
    h("li", null, h("span", { class: "speaker" }, (q.speaker && q.speaker.name) || "unknown speaker"),
      q.kind === "indirect" ? h("span", { class: "badge badge-indirect" }, "reported") : null, ": ",
      jump(`hl-quote-${i}`, q.kind === "indirect" ? q.text : `“${q.text}”`)));
  const names = new Map((article.entities || []).map((e) => [e.id, e.name]));
  const events = eventsInOrder(article).map(({ e, i }) =>
    h("li", null, h("span", { class: "when" }, e.time ? humanDate(e.time.value) : "undated"), ": ",
      jump(`hl-event-${i}`, e.summary || e.text),
      (e.participants || []).length ? h("span", { class: "meta" },
        ` (${[...new Set(e.participants.map((p) => names.get(p.entity) || p.entity))].join(", ")})`) : null));
  const colours = entityColours(article);
  const entities = (article.entities || []).map((e, n) =>
    h("li", null, h("span", { class: `swatch ${colours.get(e.id)}`, "aria-hidden": "true" }), " ",
      jump(`hl-entity-${n}`, e.name), h("span", { class: "meta" }, ` ${e.type}, ${plural((e.mentions || []).length, "mention")} `),
      h("a", { href: `/timeline?q=${encodeURIComponent(e.name)}` }, "timeline")));
  const published = article.published || {};
  const how = { given: "given", page: "from the page", inferred: "inferred from the text" }[published.source] || "unknown";
  // An inferred or unknown date is a range that must hold the true date: say where it lies
  // ("unknown (unknown)" says nothing twice: an unknown date shows only its range).
  const range = published.source !== "given" && published.source !== "page" && published.earliest && published.latest
    ? `between ${humanDate(published.earliest)} and ${humanDate(published.latest)}` : "";
  const notes = [published.value ? how : null, range].filter(Boolean).join("; ");
  return h("aside", { class: "facts", "aria-labelledby": "facts-title" },
    h("h2", { id: "facts-title" }, "Facts"),
    h("p", null, "Published: ", h("strong", null, published.value ? humanDate(published.value) : "unknown"),
      notes ? h("span", { class: "meta" }, ` (${notes})`) : null),
    list("Events", events), list("Quotes", quotes), list("Times", times), list("Entities", entities));
}

// Dated events first, in date order (as the timeline orders them), then the undated ones.
function eventsInOrder(article) {
  const all = (article.events || []).map((e, i) => ({ e, i }));
  const key = ({ e }) => (e.time ? e.time.earliest || e.time.value || "" : "\uffff");
  return all.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.e.start - b.e.start));
}

function list(title, items) {
  const id = `facts-${title.toLowerCase()}`;
  return h("section", { "aria-labelledby": id },
    h("h3", { id }, `${title} (${items.length})`),
    items.length ? h("ul", { class: "fact-list" }, ...items) : h("p", { class: "meta" }, "none found"));
}

// A button that moves focus to a highlight in the text (its tooltip then shows).
function jump(targetId, label) {
  return h("button", { type: "button", class: "link", "data-target": targetId }, label);
}

function wireJumps(container) {
  container.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-target]");
    if (!button) return;
    const target = document.getElementById(button.dataset.target);
    if (target) {
      target.scrollIntoView({ block: "center" });
      target.focus({ preventScroll: true });
    }
  });
}

// One tooltip for the whole text: the innermost highlight under the pointer or with focus,
// and the highlights around it (a mention inside a quote says both who and who spoke).
function wireTips(body, tip) {
  const show = (mark) => {
    const whys = [];
    for (let el = mark; el && el !== body; el = el.parentElement) {
      if (el.dataset && el.dataset.why) whys.push(el.dataset.why);
    }
    tip.replaceChildren(...whys.map((w) => h("div", null, w)));
    tip.hidden = false;
    const r = mark.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = `${width}px`;
    tip.style.left = `${Math.max(8, Math.min(r.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8))}px`;
    tip.style.top = `${r.bottom + window.scrollY + 6}px`;
    mark.setAttribute("aria-describedby", "hl-tip");
  };
  const hide = (mark) => {
    tip.hidden = true;
    if (mark) mark.removeAttribute("aria-describedby");
  };
  body.addEventListener("mouseover", (e) => { const m = e.target.closest("mark.hl"); if (m) show(m); });
  body.addEventListener("mouseout", (e) => {
    const m = e.target.closest("mark.hl");
    if (!m || m === document.activeElement) return;
    hide(m);
    // Back to the highlight that has keyboard focus, if any: its tip should not vanish.
    const focused = document.activeElement;
    if (focused && focused.matches("mark.hl") && body.contains(focused)) show(focused);
  });
  body.addEventListener("focusin", (e) => { const m = e.target.closest("mark.hl"); if (m) show(m); });
  body.addEventListener("focusout", (e) => hide(e.target.closest("mark.hl")));
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") hide(document.activeElement); });
}
