// The timeline page: search an entity, pick a match, see its dated events in order.
// State lives in the URL (?q=NAME&entity=ID) so results can be linked, reloaded and
// walked with the back button.

import { getJSON, h, humanDate, plural } from "./dom.js";

const form = document.getElementById("search");
const input = document.getElementById("q");
const status = document.getElementById("status");
const results = document.getElementById("results");
const resultList = document.getElementById("result-list");
const timeline = document.getElementById("timeline");
const timelineTitle = document.getElementById("timeline-title");
const events = document.getElementById("events");

function say(message) {
  status.textContent = message;
}

async function search(q) {
  results.hidden = true;
  if (!q) return [];
  say(`Searching for “${q}”…`);
  const found = await getJSON(`/v1/entities?q=${encodeURIComponent(q)}&limit=20`);
  resultList.replaceChildren(...found.map((e) => h("li", null,
    h("a", { href: `/?q=${encodeURIComponent(q)}&entity=${encodeURIComponent(e.id)}`, "data-entity": e.id }, e.name),
    h("span", { class: "meta" }, ` ${e.type} · ${plural(e.n_mentions, "mention")} · ${plural(e.n_articles, "article")}`))));
  results.hidden = found.length === 0;
  say(found.length ? `${found.length} ${found.length === 1 ? "match" : "matches"} for “${q}”.`
    : `Nothing in the store answers to “${q}”.`);
  return found;
}

async function showTimeline(entityId) {
  timeline.hidden = true;
  if (!entityId) return;
  const data = await getJSON(`/v1/entities/${encodeURIComponent(entityId)}/timeline`);
  timelineTitle.textContent = `Timeline of ${data.entity.name}`;
  events.replaceChildren(...data.events.map(eventItem));
  if (!data.events.length) {
    events.replaceChildren(h("li", { class: "empty" }, "No dated events for this entity yet."));
  }
  timeline.hidden = false;
  say(`${data.events.length} dated ${data.events.length === 1 ? "event" : "events"} for ${data.entity.name}.`);
}

function eventItem(entry) {
  const range = entry.earliest && entry.latest && entry.earliest !== entry.latest
    ? h("span", { class: "meta" }, ` ${entry.earliest} to ${entry.latest}`) : null;
  const sources = entry.sources.map((s) => h("li", null,
    h("a", { href: `/articles/${encodeURIComponent(s.article_id)}#at=${s.start}-${s.end}` },
      s.title || `article ${s.article_id}`),
    s.published ? h("span", { class: "meta" }, ` published ${s.published}`) : null));
  return h("li", { class: "event", "data-earliest": entry.earliest || entry.date },
    h("time", { datetime: entry.date, class: "when" }, humanDate(entry.date)), range,
    h("p", { class: "what" }, entry.summary),
    entry.participants.length ? h("p", { class: "who" }, h("span", { class: "label" }, "Who: "),
      entry.participants.join(", ")) : null,
    h("blockquote", { class: "sentence" }, entry.sentence),
    h("div", { class: "sources" }, h("span", { class: "label" }, "Source: "), h("ul", null, ...sources)));
}

async function render() {
  const params = new URLSearchParams(location.search);
  const q = (params.get("q") || "").trim();
  input.value = q;
  try {
    const found = await search(q);
    // One match, or an explicit pick: go straight to the timeline.
    const entityId = params.get("entity") || (found.length === 1 ? found[0].id : null);
    await showTimeline(entityId);
  } catch (e) {
    say(e.message);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const q = input.value.trim();
  history.pushState(null, "", q ? `/?q=${encodeURIComponent(q)}` : "/");
  render();
});

resultList.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-entity]");
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;  // new tab: let it go
  event.preventDefault();
  history.pushState(null, "", link.getAttribute("href"));
  render().then(() => timelineTitle.focus());
});

window.addEventListener("popstate", render);
render();
