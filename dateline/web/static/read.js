// The paste box: send the text to POST /v1/read and show the article as the store would.

import { elements, getJSON, plural } from "./dom.js";
import { renderArticle } from "./view.js";

const [form, text, published, readOn, button, status, error, view] =
  elements("read-form", "text", "published", "read-on", "read-button", "status", "error", "view");

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  error.textContent = "";
  const body = { text: text.value };
  if (published.value) body.published = published.value;
  if (readOn.value) body.read_on = readOn.value; // the day of reading: an upper bound of an inferred date
  button.disabled = true;
  view.setAttribute("aria-busy", "true");
  status.textContent = "Reading… (the first read loads the language model)";
  try {
    const article = await getJSON("/v1/read", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    // The offsets point into exactly the text that was sent, so render that string.
    renderArticle(view, body.text, article);
    status.textContent = `Read: ${plural(article.times.length, "time")}, `
      + `${plural(article.quotes.length, "quote")}, ${plural(article.entities.length, "entity", "entities")}.`;
  } catch (e) {
    status.textContent = "";
    error.textContent = e.status === 413 ? `Too long: ${e.message}` : e.message;
  } finally {
    button.disabled = false;
    view.removeAttribute("aria-busy");
  }
});
