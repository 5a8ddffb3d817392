// The timeline's chart: events per month (or per year over a long span) as an inline SVG
// bar chart, drawn in the page with nothing fetched. Every bar is a link down to its
// entries (a keyboard user tabs through the bars; each says its month and count).

import { MONTHS, shortMonth } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const MAX_MONTH_BARS = 48;  // over a longer span, one bar per year
const HEIGHT = 180;
const TOP = 18;
const BOTTOM = 34;
const LEFT = 30;

function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  node.append(...children);
  return node;
}

function monthAfter(month) {
  let [y, m] = month.split("-").map(Number);
  m += 1;
  if (m > 12) { m = 1; y += 1; }
  return `${y}-${String(m).padStart(2, "0")}`;
}

/** Bars {key, label, words, from, to, n}: every month (or year) from the first to the last. */
export function binsOf(months) {
  if (!months.length) return [];
  const counts = new Map(months.map((m) => [m.month, m.events]));
  const first = months[0].month;
  const last = months[months.length - 1].month;
  const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(first.slice(5)) + 1;
  if (span > MAX_MONTH_BARS) {
    const years = new Map();
    for (const m of months) years.set(m.month.slice(0, 4), (years.get(m.month.slice(0, 4)) || 0) + m.events);
    const out = [];
    for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y += 1) {
      const key = String(y);
      out.push({ key, label: key, words: key, from: key, to: key, n: years.get(key) || 0 });
    }
    return out;
  }
  const out = [];
  for (let m = first; ; m = monthAfter(m)) {
    out.push({ key: m, label: shortMonth(m), words: `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`,
      from: m, to: m, n: counts.get(m) || 0 });
    if (m === last) break;
  }
  return out;
}

function inRange(bin, from, to) {
  if (!from && !to) return false;
  return (!from || bin.to >= from.slice(0, bin.to.length)) && (!to || bin.from <= to.slice(0, bin.from.length));
}

/**
 * Draw the chart of `months` ([{month: "YYYY-MM", events}]) into `container`.
 * @param {HTMLElement} container
 * @param {Array<{month: string, events: number}>} months
 * @param {{from?: string, to?: string, href: (from: string, to: string) => string, other?: number}} options
 */
export function drawChart(container, months, options) {
  const bins = binsOf(months);
  if (!bins.length) {
    container.replaceChildren(Object.assign(document.createElement("p"), {
      className: "meta", textContent: "No events dated to a month yet.",
    }));
    return;
  }
  const max = Math.max(...bins.map((b) => b.n));
  // Drawn at the container's own pixel size (no scaling, so text stays legible); a span too
  // long for the width scrolls sideways rather than shrinking the bars to nothing.
  const room = (container.clientWidth || 640) - LEFT - 4;
  const slot = Math.max(16, Math.min(72, room / bins.length));
  const width = Math.round(LEFT + bins.length * slot + 4);
  const barW = Math.min(48, slot - 4);
  const plotH = HEIGHT - TOP - BOTTOM;
  const selected = bins.some((b) => inRange(b, options.from, options.to));
  const byYear = bins[0].key.length === 4;
  const svg = el("svg", { viewBox: `0 0 ${width} ${HEIGHT}`, width, height: HEIGHT, class: "chart-svg", role: "group",
    "aria-label": `Events per ${byYear ? "year" : "month"}, ${bins[0].words} to ${bins[bins.length - 1].words}` });
  // Axis: the baseline and the largest count.
  svg.append(el("line", { x1: LEFT, x2: width, y1: TOP + plotH, y2: TOP + plotH, class: "axis" }));
  svg.append(el("text", { x: LEFT - 6, y: TOP + 4, class: "tick", "text-anchor": "end" }, String(max)));
  svg.append(el("text", { x: LEFT - 6, y: TOP + plotH, class: "tick", "text-anchor": "end" }, "0"));
  // Labels: a year under its first bar (and the first bar); month initials when there is room.
  const every = Math.max(1, Math.ceil(40 / slot));
  bins.forEach((b, i) => {
    const x = LEFT + i * slot;
    if (byYear) {
      if (i % every === 0) svg.append(el("text", { x: x + slot / 2, y: HEIGHT - 14, class: "tick", "text-anchor": "middle" }, b.label));
    } else {
      if (slot >= 24) svg.append(el("text", { x: x + slot / 2, y: HEIGHT - 16, class: "tick", "text-anchor": "middle" }, b.label.slice(0, 3)));
      if (i === 0 || b.key.endsWith("-01")) {
        svg.append(el("text", { x: x + slot / 2, y: HEIGHT - 2, class: "tick year", "text-anchor": "middle" }, b.key.slice(0, 4)));
      }
    }
    if (!b.n) return;
    const barH = Math.max(3, (b.n / max) * plotH);
    const cls = selected ? (inRange(b, options.from, options.to) ? "bar on" : "bar off") : "bar";
    const words = `${b.words}: ${b.n} ${b.n === 1 ? "event" : "events"}`;
    const link = el("a", { href: options.href(b.from, b.to), class: "bar-link", "aria-label": words, "data-key": b.key },
      el("title", {}, words),
      el("rect", { x: x + (slot - barW) / 2, y: TOP + plotH - barH, width: barW, height: barH, rx: 2, class: cls }));
    if (b.n === max || slot >= 22) {
      link.append(el("text", { x: x + slot / 2, y: TOP + plotH - barH - 4, class: "count", "text-anchor": "middle" },
        String(b.n)));
    }
    svg.append(link);
  });
  const notes = [];
  if (options.other) notes.push(`${options.other} more known only to the year or season`);
  const note = document.createElement("p");
  note.className = "meta";
  note.textContent = notes.join("; ");
  container.replaceChildren(svg, ...(notes.length ? [note] : []));
}
