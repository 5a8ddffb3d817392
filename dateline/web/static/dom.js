// Small DOM helpers shared by the pages. Text always goes in as text nodes, never as
// HTML: article text is untrusted input. Text is also neutralised (see `clean`): a title
// with a right-to-left override must not display as spoofed text.

// Bidirectional controls (embeddings, overrides, isolates, marks) and invisible characters
// (zero-width space, joiners, word joiner, BOM, soft hyphen) that can make text display
// otherwise than it reads.
const CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;

/**
 * Text safe to display: each control character becomes U+FFFD (a visible mark that
 * something is there) so lengths, and so offsets, are unchanged.
 * @param {string} text
 * @returns {string}
 */
export function clean(text) {
  return String(text).replace(CONTROLS, "\uFFFD");
}

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
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === "string" || typeof c === "number" ? clean(c) : c);
  }
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

// The words of dateline/lexicon/calendar.py (tests/lexicon/test_calendar.py keeps them equal).
export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

const SEASONS = { SP: "spring", SU: "summer", FA: "autumn", WI: "winter" };
const REFS = { PRESENT_REF: "now", PAST_REF: "in the past", FUTURE_REF: "in the future" };

/**
 * A TIMEX3 value for people, as the command line's report says it (dateline/cli/words.py):
 * "2020-09" -> "September 2020", "2021-02-20" -> "20 February 2021", "XXXX-04-08" ->
 * "8 April, unknown year", "2019-SU" -> "summer 2019"; anything else as it is.
 * @param {string} value
 * @returns {string}
 */
export function humanDate(value) {
  if (!value) return "undated";
  if (REFS[value]) return REFS[value];
  const season = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (season) return `${SEASONS[season[2]]} ${season[1]}`;
  const m = /^(\d{4}|XXXX)(?:-(\d{2}|XX))?(?:-(\d{2}|XX))?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d] = m;
  const year = y === "XXXX" ? null : y;
  if (!mo) return year || "a year";
  if (mo === "XX") return year ? `a month of ${year}` : "a month, unknown year";
  const month = MONTHS[Number(mo) - 1] || mo;
  const when = d && d !== "XX" ? `${Number(d)} ${month}` : month;
  return year ? `${when} ${year}` : `${when}, unknown year`;
}

/**
 * "2016-09" -> "Sep 2016" (chart axis labels).
 * @param {string} month YYYY-MM
 */
export function shortMonth(month) {
  const [y, mo] = month.split("-");
  return `${(MONTHS[Number(mo) - 1] || mo).slice(0, 3)} ${y}`;
}

/**
 * Fetch JSON from the API; throws an Error with the API's one-line message on failure.
 * @param {string} url
 * @param {RequestInit} [init]
 */
export async function getJSON(url, init) {
  // Every page shows what went wrong in one line; a network failure or a body that is not
  // JSON (a proxy's error page) must not leave a page on "Loading…".
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

/**
 * The page address of a stored article: ids may hold "/" (a file in a subfolder), so each
 * segment is encoded on its own and the slashes kept.
 * @param {string} id
 * @returns {string}
 */
export function articleHref(id) {
  return `/articles/${encodePath(id)}`;
}

/**
 * An id or name as a URL path: each "/"-separated segment percent-encoded.
 * @param {string} id
 */
export function encodePath(id) {
  return String(id).split("/").map(encodeURIComponent).join("/");
}

/**
 * The article id in a page address `/articles/...`; null when the address cannot be decoded
 * (a malformed escape such as %ZZ).
 * @param {string} pathname
 * @returns {string | null}
 */
export function articleIdOf(pathname) {
  try {
    const id = pathname.replace(/^\/articles\//, "").split("/").map(decodeURIComponent).join("/");
    return id || null;
  } catch (e) {
    return null;
  }
}

/**
 * The page's elements with these ids, in the order asked.
 * @param {...string} ids
 * @returns {(HTMLElement|null)[]}
 */
export function elements(...ids) {
  return ids.map((id) => document.getElementById(id));
}

/**
 * Show any script failure in the page's status line instead of leaving "Loading…" there.
 * @param {HTMLElement} status
 */
export function reportFailures(status) {
  const say = (what) => {
    status.textContent = `Something went wrong on this page: ${what}. Reload to try again.`;
  };
  window.addEventListener("error", (e) => say(e.message || "a script error"));
  window.addEventListener("unhandledrejection", (e) => say((e.reason && e.reason.message) || "a request failed"));
}
