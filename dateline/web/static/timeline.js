// The timelines page: search an entity (of one type), pick a match, see its events per month
// as a chart (each month a link down to its entries), its dated events a page at a time,
// filtered by date range, and its quotes by kind. State lives in the URL
// (?q=NAME&type=T&entity=ID-OR-NAME&from=&to=&page=N&kind=K) so views can be linked,
// reloaded and walked with the back button.

import { articleHref, encodePath, getJSON, h, humanDate, plural, reportFailures } from "./dom.js";
import { drawChart } from "./chart.js";

const $ = (id) => document.getElementById(id);
const form = $("search");
const input = $("q");
const typeSelect = $("type");
const status = $("status");
const results = $("results");
const resultList = $("result-list");
const moreResults = $("more-results");
const timeline = $("timeline");
const timelineTitle = $("timeline-title");
const summary = $("timeline-summary");
const plot = $("chart-plot");
const filters = $("filters");
const fromInput = $("from");
const toInput = $("to");
const events = $("events");
const pager = $("pager");
const quotes = $("quotes");
const quoteList = $("quote-list");
const kindSelect = $("kind");
const moreQuotes = $("more-quotes");

const RESULTS_PAGE = 20;
const EVENTS_PER_PAGE = 25;  // ?per=N changes it (1 to 200)
const QUOTES_PAGE = 10;
let speakerId = null;  // the shown entity's id, for its quotes
let lastChart = null;  // the chart's arguments, to redraw it when the width changes
let resizing = 0;
window.addEventListener("resize", () => {
  clearTimeout(resizing);
  resizing = setTimeout(() => { if (lastChart && !timeline.hidden) drawChart(plot, ...lastChart); }, 150);
});
reportFailures(status);

function say(message) {
  status.textContent = message;
}

function params() {
  return new URLSearchParams(location.search);
}

/** The current URL with some parameters changed (null or "" removes one). */
function hrefWith(changes) {
  const p = params();
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === undefined || v === "") p.delete(k); else p.set(k, String(v));
  }
  const q = p.toString();
  return q ? `/timeline?${q}` : "/timeline";
}

function go(href, focus) {
  history.pushState(null, "", href);
  return render().then(() => { if (focus) focus.focus(); });
}

// ---- search

function resultItem(q, e) {
  return h("li", null,
    h("a", { href: `/timeline?${new URLSearchParams({ q, ...(typeSelect.value ? { type: typeSelect.value } : {}), entity: e.id })}`,
      "data-entity": e.id }, e.name),
    h("span", { class: "meta" }, ` ${e.type} · ${plural(e.n_mentions, "mention")} · ${plural(e.n_articles, "article")}`));
}

async function search(q, type, offset = 0) {
  const typed = type ? `&type=${encodeURIComponent(type)}` : "";
  const found = await getJSON(`/v1/entities?q=${encodeURIComponent(q)}${typed}&limit=${RESULTS_PAGE + 1}&offset=${offset}`);
  const page = found.slice(0, RESULTS_PAGE);
  const items = page.map((e) => resultItem(q, e));
  if (offset === 0) resultList.replaceChildren(...items); else resultList.append(...items);
  moreResults.hidden = found.length <= RESULTS_PAGE;
  return { page, items };
}

async function showResults(q, type) {
  results.hidden = true;
  if (!q) return [];
  say(`Searching for “${q}”…`);
  const { page } = await search(q, type);
  results.hidden = page.length === 0;
  const kind = type ? ` among ${typeSelect.selectedOptions[0].textContent}` : "";
  say(page.length ? `${page.length}${moreResults.hidden ? "" : "+"} ${page.length === 1 ? "match" : "matches"} for “${q}”${kind}.`
    : `Nothing in the store answers to “${q}”${kind}.`);
  return page;
}

moreResults.addEventListener("click", async () => {
  const p = params();
  const { items } = await search(p.get("q") || "", p.get("type") || "", resultList.children.length);
  if (items.length) items[0].querySelector("a").focus();
});

// ---- timeline

function eventItem(entry) {
  // A range says more than the date only when the date is not a plain month or day.
  const plain = /^\d{4}-\d{2}(-\d{2})?$/.test(entry.date);
  const range = !plain && entry.earliest && entry.latest && entry.earliest !== entry.latest
    ? h("span", { class: "meta" }, ` between ${humanDate(entry.earliest)} and ${humanDate(entry.latest)}`) : null;
  const sources = entry.sources.map((s) => h("li", null,
    h("a", { href: `${articleHref(s.article_id)}#at=${s.start}-${s.end}` }, s.title || `article ${s.article_id}`),
    s.published ? h("span", { class: "meta" }, ` published ${humanDate(s.published)}`) : null));
  return h("li", { class: "event", "data-earliest": entry.earliest || entry.date },
    h("time", { datetime: entry.date, class: "when" }, humanDate(entry.date)), range,
    h("p", { class: "what" }, entry.summary),
    entry.participants.length ? h("p", { class: "who" }, h("span", { class: "label" }, "Who: "),
      entry.participants.join(", ")) : null,
    h("blockquote", { class: "sentence" }, entry.sentence),
    h("div", { class: "sources" }, h("span", { class: "label" }, sources.length > 1 ? "Sources: " : "Source: "),
      h("ul", null, ...sources)));
}

function rangeWords(from, to) {
  if (from && to) return from === to ? `in ${humanDate(from)}` : `from ${humanDate(from)} to ${humanDate(to)}`;
  if (from) return `from ${humanDate(from)}`;
  if (to) return `up to ${humanDate(to)}`;
  return "";
}

function perPage() {
  const per = Number.parseInt(params().get("per") || "", 10);
  return per >= 1 && per <= 200 ? per : EVENTS_PER_PAGE;
}

async function showTimeline(entity, from, to, pageNo) {
  timeline.hidden = true;
  quotes.hidden = true;
  if (!entity) return null;
  const EVENTS_PAGE = perPage();
  const q = new URLSearchParams({ limit: EVENTS_PAGE, offset: (pageNo - 1) * EVENTS_PAGE });
  if (from) q.set("from", from);
  if (to) q.set("to", to);
  const data = await getJSON(`/v1/entities/${encodePath(entity)}/timeline?${q}`);
  speakerId = data.entity.id;
  timelineTitle.textContent = `Timeline of ${data.entity.name}`;
  document.title = `${timelineTitle.textContent} · Dateline`;
  const all = data.months.reduce((n, m) => n + m.events, 0) + data.other;
  const within = rangeWords(from, to);
  summary.textContent = `${data.entity.type} · ${plural(all, "dated event")} in ${plural(data.entity.n_articles, "article")}`
    + (within ? ` · showing ${plural(data.total, "event")} ${within}` : "");
  timeline.hidden = false;  // the chart is drawn at the width it is given
  lastChart = [data.months, { from, to, href: (lo, hi) => hrefWith({ from: lo, to: hi, page: null }), other: data.other }];
  drawChart(plot, ...lastChart);
  fromInput.value = from || "";
  toInput.value = to || "";
  events.replaceChildren(...data.events.map(eventItem));
  if (!data.events.length) {
    events.replaceChildren(h("li", { class: "empty" }, within ? `No dated events ${within}.` : "No dated events for this entity yet."));
  }
  const pages = Math.max(1, Math.ceil(data.total / EVENTS_PAGE));
  pager.hidden = pages <= 1;
  $("page-of").textContent = `page ${pageNo} of ${pages}`;
  setLink($("prev-page"), pageNo > 1 ? hrefWith({ page: pageNo - 1 === 1 ? null : pageNo - 1 }) : null);
  setLink($("next-page"), pageNo < pages ? hrefWith({ page: pageNo + 1 }) : null);
  timeline.hidden = false;
  const first = data.total ? (pageNo - 1) * EVENTS_PAGE + 1 : 0;
  const last = (pageNo - 1) * EVENTS_PAGE + data.events.length;
  say(data.total > data.events.length
    ? `Events ${first} to ${last} of ${data.total} for ${data.entity.name}${within ? ` ${within}` : ""}.`
    : `${plural(data.total, "dated event")} for ${data.entity.name}${within ? ` ${within}` : ""}.`);
  return data;
}

function setLink(a, href) {
  if (href) {
    a.setAttribute("href", href);
    a.removeAttribute("aria-disabled");
  } else {
    a.removeAttribute("href");
    a.setAttribute("aria-disabled", "true");
  }
}

// ---- quotes

function quoteItem(q) {
  const kind = q.kind || null;
  const first = q.sources[0];
  return h("li", { class: `quote${kind === "indirect" ? " indirect" : ""}` },
    kind ? h("span", { class: `badge badge-${kind}` }, kind === "indirect" ? "reported" : "direct") : null,
    kind === "indirect" ? h("p", { class: "said" }, q.text) : h("p", { class: "said" }, `“${q.text}”`),
    first ? h("p", { class: "meta" },
      h("a", { href: `${articleHref(first.article_id)}#at=${first.start}-${first.end}` }, first.title || `article ${first.article_id}`),
      first.published ? ` · ${humanDate(first.published)}` : "",
      q.sources.length > 1 ? ` · and ${plural(q.sources.length - 1, "other source")}` : "") : null);
}

async function loadQuotes(offset) {
  const kind = params().get("kind") || "";
  const q = new URLSearchParams({ speaker: speakerId, limit: QUOTES_PAGE + 1, offset });
  if (kind) q.set("kind", kind);
  const found = await getJSON(`/v1/quotes?${q}`);
  const items = found.slice(0, QUOTES_PAGE).map(quoteItem);
  if (offset === 0) {
    quoteList.replaceChildren(...items);
    if (!items.length) quoteList.replaceChildren(h("li", { class: "empty" }, kind ? `No ${kind} quotes.` : "No quotes by this entity."));
  } else {
    quoteList.append(...items);
  }
  moreQuotes.hidden = found.length <= QUOTES_PAGE;
  return items;
}

async function showQuotes() {
  kindSelect.value = params().get("kind") || "";
  await loadQuotes(0);
  quotes.hidden = false;
}

moreQuotes.addEventListener("click", async () => {
  const items = await loadQuotes(quoteList.querySelectorAll("li.quote").length);
  const link = items.length ? items[0].querySelector("a") : null;
  if (link) link.focus();
});

kindSelect.addEventListener("change", () => {
  history.replaceState(null, "", hrefWith({ kind: kindSelect.value }));
  loadQuotes(0).catch((e) => say(e.message));
});

// ---- the page

async function render() {
  const p = params();
  const q = (p.get("q") || "").trim();
  input.value = q;
  typeSelect.value = p.get("type") || "";
  try {
    const found = await showResults(q, p.get("type") || "");
    // One match, or an explicit pick: go straight to the timeline.
    const entity = p.get("entity") || (found.length === 1 && moreResults.hidden ? found[0].id : null);
    const pageNo = Math.max(1, Number.parseInt(p.get("page") || "1", 10) || 1);
    const data = await showTimeline(entity, p.get("from"), p.get("to"), pageNo);
    if (data) await showQuotes();
    else if (!q) say("Search a name to see its timeline.");
  } catch (e) {
    say(e.message);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = input.value.trim();
  const next = new URLSearchParams();
  if (q) next.set("q", q);
  if (typeSelect.value) next.set("type", typeSelect.value);
  go(next.toString() ? `/timeline?${next}` : "/timeline");
});

filters.addEventListener("submit", (event) => {
  event.preventDefault();
  if (!filters.reportValidity()) return;
  go(hrefWith({ from: fromInput.value.trim(), to: toInput.value.trim(), page: null }), timelineTitle);
});

$("clear-range").addEventListener("click", () => go(hrefWith({ from: null, to: null, page: null }), timelineTitle));

// Links inside the page (a match, a month of the chart, a page of events) change the view
// without a reload; a modified click (new tab) is left to the browser.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[href^='/timeline']");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
  event.preventDefault();
  go(link.getAttribute("href"), timelineTitle);
});

window.addEventListener("popstate", render);
render();
