// The stored-article page: /articles/{id} (ids may hold "/"), optionally #at=START-END to
// mark the sentence a timeline entry cites.

import { articleIdOf, clean, elements, encodePath, getJSON, humanDate, plural, reportFailures } from "./dom.js";
import { renderArticle } from "./view.js";

const [title, meta, status, view] = elements("title", "meta", "status", "view");
reportFailures(status);

function sourceSpan() {
  const m = /^#at=(\d+)-(\d+)$/.exec(location.hash);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

function fail(heading, message) {
  title.textContent = heading;
  document.title = `${heading} · Dateline`;
  status.textContent = message;
}

async function main() {
  const id = articleIdOf(location.pathname);
  if (id === null) {
    fail("Article not available", "This address is not a valid article link (it holds a broken %-escape).");
    return;
  }
  try {
    const article = await getJSON(`/v1/articles/${encodePath(id)}`);
    title.textContent = clean(article.title || `Article ${article.id}`);
    document.title = `${title.textContent} · Dateline`;
    const pub = article.published || {};
    const when = pub.value ? `Published ${humanDate(pub.value)}${pub.source === "inferred" ? " (inferred from the text)" : ""}` : "Date unknown";
    meta.textContent = clean(article.url ? `${when} · ${article.url}` : when);
    renderArticle(view, article.text, article, { source: sourceSpan() });
    status.textContent = `${plural(article.events.length, "event")}, ${plural(article.times.length, "time")}, `
      + `${plural(article.quotes.length, "quote")}, ${plural(article.entities.length, "entity", "entities")}.`;
    const cited = document.getElementById("source-span");
    if (cited) {
      cited.scrollIntoView({ block: "center" });
      cited.focus({ preventScroll: true });
    }
  } catch (e) {
    fail("Article not available", e.message);
  }
}

main();
