// The stored-article page: /articles/{id}, optionally #at=START-END to mark the sentence a
// timeline entry cites.

import { getJSON, plural } from "./dom.js";
import { renderArticle } from "./view.js";

const title = document.getElementById("title");
const meta = document.getElementById("meta");
const status = document.getElementById("status");
const view = document.getElementById("view");

function sourceSpan() {
  const m = /^#at=(\d+)-(\d+)$/.exec(location.hash);
  return m ? { start: Number(m[1]), end: Number(m[2]) } : null;
}

async function main() {
  const id = decodeURIComponent(location.pathname.replace(/^\/articles\//, ""));
  try {
    const article = await getJSON(`/v1/articles/${encodeURIComponent(id)}`);
    title.textContent = article.title || `Article ${article.id}`;
    document.title = `${title.textContent} · Dateline`;
    meta.textContent = article.url ? article.url : "";
    const source = sourceSpan();
    renderArticle(view, article.text, article, { source });
    status.textContent = `${plural(article.times.length, "time")}, ${plural(article.quotes.length, "quote")}, `
      + `${plural(article.entities.length, "entity", "entities")}.`;
    const cited = document.getElementById("source-span");
    if (cited) {
      cited.scrollIntoView({ block: "center" });
      cited.focus({ preventScroll: true });
    }
  } catch (e) {
    title.textContent = "Article not available";
    status.textContent = e.message;
  }
}

main();
