// Small DOM helpers shared by the pages. Text always goes in as text nodes, never as
// HTML: article text is untrusted input.

/**
 * Create an element: h("p", {class: "x"}, "text", child, ...).
 * @param {string} tag
 * @param {Record<string, string | number | boolean> | null} attrs
 * @param {...(Node | string | null | undefined)} children
 * @returns {HTMLElement}
 */
export function h(tag, attrs = null, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) el.append(c);
  return el;
}

/**
 * "1 quote", "2 quotes", "3 entities".
 * @param {number} n
 * @param {string} word singular
 * @param {string} [many] plural, when not word + "s"
 * @returns {string}
 */
export function plural(n, word, many = `${word}s`) {
  return `${n} ${n === 1 ? word : many}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

/**
 * A TIMEX3 value for people: "2020-09" -> "September 2020", "2021-02-20" -> "20 February 2021";
 * anything else (2021-W07, PAST_REF) as it is.
 * @param {string} value
 * @returns {string}
 */
export function humanDate(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value || "");
  if (!m) return value || "undated";
  const [, y, mo, d] = m;
  if (!mo) return y;
  const month = MONTHS[Number(mo) - 1] || mo;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/**
 * Fetch JSON from the API; throws an Error with the API's one-line message on failure.
 * @param {string} url
 * @param {RequestInit} [init]
 */
export async function getJSON(url, init) {
  let response;
  try {
    response = await fetch(url, init);
  } catch (e) {
    throw new Error("The server cannot be reached. Is dateline serve still running?");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const msg = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
    const err = new Error(msg);
    err.status = response.status;
    throw err;
  }
  return body;
}
