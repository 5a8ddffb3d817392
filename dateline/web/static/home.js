// The home page: the store at a glance (counts, latest articles, most quoted and most
// mentioned people) and a search box that leads to the timelines.

import { articleHref, elements, getJSON, h, humanDate, plural, reportFailures } from "./dom.js";

const [status, glance, latest, quoted, mentioned, more] =
  elements("status", "glance", "latest", "quoted", "mentioned", "more-articles");
const PAGE = 8;
reportFailures(status);

// Old links (/?q=NAME&entity=ID) were timelines: send them where timelines live now.
if (/[?&](q|entity)=/.test(location.search)) location.replace(`/timeline${location.search}`);

const timelineHref = (e) => `/timeline?entity=${encodeURIComponent(e.id)}`;

function articleCard(a) {
  const date = a.published ? humanDate(a.published) : "date unknown";
  return h("li", { class: "card" },
    h("a", { href: articleHref(a.id), class: "card-title" }, a.title || a.id),
    h("p", { class: "meta" }, h("time", a.published ? { datetime: a.published } : null, date),
      a.published_source === "inferred" ? " (inferred)" : "",
      ` · ${plural(a.n_events, "event")} · ${plural(a.n_quotes, "quote")} · `
      + `${plural(a.n_entities, "entity", "entities")}`));
}

function count(n, what, many) {
  return h("li", null, h("span", { class: "number" }, n.toLocaleString("en")), h("span", { class: "what" },
    n === 1 ? what : many));
}

async function main() {
  const o = await getJSON(`/v1/overview?limit=${PAGE}`);
  glance.replaceChildren(count(o.articles, "article", "articles"), count(o.people, "person", "people"),
    count(o.quotes, "quote", "quotes"), count(o.events, "dated event", "dated events"));
  latest.replaceChildren(...o.latest_articles.map(articleCard));
  if (!o.latest_articles.length) latest.replaceChildren(h("li", { class: "empty" }, "No articles yet: run dateline ingest."));
  quoted.replaceChildren(...o.most_quoted.map((q) => h("li", null,
    h("a", { href: timelineHref(q.entity) }, q.entity.name), h("span", { class: "meta" }, ` ${plural(q.quotes, "quote")}`))));
  if (!o.most_quoted.length) quoted.replaceChildren(h("li", { class: "empty" }, "No attributed quotes yet."));
  mentioned.replaceChildren(...o.most_mentioned.map((e) => h("li", null,
    h("a", { href: timelineHref(e) }, e.name),
    h("span", { class: "meta" }, ` ${plural(e.n_mentions, "mention")} in ${plural(e.n_articles, "article")}`))));
  if (!o.most_mentioned.length) mentioned.replaceChildren(h("li", { class: "empty" }, "No people yet."));
  more.hidden = o.articles <= o.latest_articles.length;
  status.textContent = `The store holds ${plural(o.articles, "article")} and ${plural(o.entities, "entity", "entities")}.`;
}

more.addEventListener("click", async () => {
  const shown = latest.querySelectorAll("li.card").length;
  const next = await getJSON(`/v1/articles?limit=${PAGE + 1}&offset=${shown}`);
  const cards = next.slice(0, PAGE).map(articleCard);
  latest.append(...cards);
  more.hidden = next.length <= PAGE;
  if (cards.length) cards[0].querySelector("a").focus();
});

main().catch((e) => { status.textContent = e.message; });
