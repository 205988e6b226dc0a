// The claims browser: search the detector's table, open a key, see its figures over time.

import { clear, el, fmtDate, fmtInt, fmtNumber, getJSON, niceStep, plural, watchHealth } from "./common.js";

const SVG = "http://www.w3.org/2000/svg";
const COLORS = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4f46e5", "#be123c"];
const DAY = 86400000;
const REFRESH_MS = 5000;

let openKey = null;
let shownClaims = -1; // claims in the open key's view, to redraw only when it changed

function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function dayOf(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : null;
}

function shortNumber(v) {
  if (Math.abs(v) >= 1e9) return `${+(v / 1e9).toFixed(1)}B`;
  if (Math.abs(v) >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (Math.abs(v) >= 1e4) return `${+(v / 1e3).toFixed(1)}k`;
  return fmtNumber(v);
}

function colorFor(sides, side) {
  const i = sides.indexOf(side);
  return COLORS[(i < 0 ? 0 : i) % COLORS.length];
}

// x = the day a claim was made, y = its figure; one line per side, ranges as bars.
function timelineChart(data, sides) {
  const series = data.series || [];
  const width = Math.max(360, document.getElementById("detail-body").clientWidth - 32);
  const height = 300;
  const m = { left: 56, right: 16, top: 14, bottom: 30 };
  const root = svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": `Figures about ${data.key} over time` });
  const points = series.flatMap((s) => s.points.map((p) => ({ ...p, side: s.side, day: dayOf(p.date) }))).filter((p) => p.day !== null);
  if (!points.length) return null;
  let x0 = Math.min(...points.map((p) => p.day));
  let x1 = Math.max(...points.map((p) => p.day));
  if (x1 - x0 < 2 * DAY) {
    x0 -= DAY;
    x1 += DAY;
  }
  const first = x0; // the first labelled day
  const days = Math.round((x1 - x0) / DAY);
  const pad = Math.max((x1 - x0) * 0.04, DAY / 4); // keep the points off the edges
  x0 -= pad;
  x1 += pad;
  const top = Math.max(...points.map((p) => Math.max(p.value, typeof p.high === "number" ? p.high : 0)));
  const tick = niceStep((top * 1.05) / 4);
  const yMax = tick * 4;
  const plotW = width - m.left - m.right;
  const plotH = height - m.top - m.bottom;
  const x = (day) => m.left + ((day - x0) / (x1 - x0)) * plotW;
  const y = (v) => m.top + plotH - (Math.max(0, v) / yMax) * plotH;

  for (let i = 0; i <= 4; i++) {
    const v = tick * i;
    root.append(svg("line", { class: i ? "grid-line" : "axis", x1: m.left, x2: width - m.right, y1: y(v), y2: y(v) }));
    root.append(svg("text", { x: m.left - 8, y: y(v) + 4, "text-anchor": "end" }, shortNumber(v)));
  }
  if (data.unit) root.append(svg("text", { x: 4, y: m.top + 4 }, data.unit));
  const step = Math.max(1, Math.ceil(days / 6));
  for (let d = 0; d <= days; d += step) {
    const day = first + d * DAY;
    root.append(svg("text", { x: x(day), y: height - 10, "text-anchor": "middle" }, fmtDate(new Date(day).toISOString()).replace(/ \d{4}$/, "")));
  }

  for (const s of series) {
    const color = colorFor(sides, s.side);
    const pts = s.points
      .map((p) => ({ ...p, day: dayOf(p.date) }))
      .filter((p) => p.day !== null)
      .sort((a, b) => a.day - b.day);
    if (pts.length > 1) {
      root.append(svg("polyline", { class: "series-line", stroke: color, points: pts.map((p) => `${x(p.day)},${y(p.value)}`).join(" ") }));
    }
    for (const p of pts) {
      if (typeof p.low === "number" && typeof p.high === "number" && p.high > p.low) {
        root.append(svg("line", { class: "range", stroke: color, x1: x(p.day), x2: x(p.day), y1: y(p.low), y2: y(p.high) }));
      }
      const dot = svg("circle", { class: "point", cx: x(p.day), cy: y(p.value), r: 5, fill: color });
      dot.append(svg("title", {}, `${s.side}: ${p.figure_text || fmtNumber(p.value)} (${fmtDate(p.date)})`));
      root.append(dot);
    }
  }
  return root;
}

function legend(sides) {
  const box = el("div", { class: "legend" });
  for (const side of sides) {
    const swatch = el("i");
    swatch.style.background = colorFor(sides, side);
    box.append(el("span", {}, swatch, side));
  }
  return box;
}

function claimsTable(data, sides) {
  const body = el("tbody");
  for (const c of [...data.claims].reverse()) {
    const dot = el("i", { class: "side-dot" });
    dot.style.background = colorFor(sides, c.side);
    const denial = c.polarity === "negate" || c.kind === "rejection";
    body.append(
      el(
        "tr",
        {},
        el("td", { class: "num nowrap", text: fmtDate(c.date) }),
        el("td", {}, el("div", {}, dot, el("strong", { text: c.side || "—" })), el("div", { class: "muted", text: c.speaker || "" })),
        el("td", { text: c.source || "" }),
        el("td", {}, c.figure_text ? el("span", { class: "chip figure", text: c.figure_text }) : el("span", { class: "faint", text: c.kind }), denial ? el("span", { class: "chip", text: c.kind === "rejection" ? "rejects" : "denies" }) : null),
        el("td", { class: "sentence", text: c.text || "" }),
      ),
    );
  }
  return el(
    "table",
    { class: "data" },
    el("thead", {}, el("tr", {}, el("th", { text: "Said" }), el("th", { text: "Side" }), el("th", { text: "Source" }), el("th", { text: "Figure" }), el("th", { text: "Sentence" }))),
    body,
  );
}

function renderPartitions(p) {
  const note = document.getElementById("partition-note");
  if (!p) return;
  const list = (p.assigned || []).join(", ") || "none yet";
  note.classList.toggle("warn", !p.complete);
  note.textContent = p.complete
    ? `This worker holds all ${p.total} partitions of the claims table: the list below is complete.`
    : `Each worker holds only the claims of its own partitions of the claims table. This one holds partition(s) ${list} of ${p.total}; keys kept by other workers are not listed here — open their pages for those.`;
}

async function openDetail(key, push = true, refresh = false) {
  if (!refresh) shownClaims = -1;
  openKey = key;
  if (push) history.replaceState(null, "", `/claims?key=${encodeURIComponent(key)}`);
  for (const row of document.querySelectorAll("#results tbody tr")) row.classList.toggle("selected", row.dataset.key === key);
  const title = document.getElementById("detail-title");
  const sub = document.getElementById("detail-sub");
  const body = document.getElementById("detail-body");
  let data;
  try {
    data = await getJSON(`/api/claims/${encodeURIComponent(key)}`);
  } catch (err) {
    clear(body);
    title.textContent = key;
    sub.textContent = "";
    body.append(el("div", { class: "empty" }, el("strong", { text: "Not on this worker" }), String(err.message || err)));
    return;
  }
  if (openKey !== key || (refresh && data.claims.length === shownClaims)) return;
  shownClaims = data.claims.length;
  renderPartitions(data.partitions);
  const sides = [...new Set(data.claims.map((c) => c.side || ""))].sort();
  title.textContent = key;
  sub.textContent = `${plural(data.claims.length, "claim")} · ${plural(sides.length, "side")}`;
  clear(body);
  const chart = timelineChart(data, sides);
  body.append(
    el(
      "div",
      { class: "timeline-wrap" },
      chart ? legend(data.series.map((s) => s.side).filter((s) => sides.includes(s))) : null,
      chart || el("div", { class: "empty" }, el("strong", { text: "No figures to plot" }), "These claims are about acts, not numbers."),
    ),
  );
  if (chart) body.firstChild.append(chart);
  body.append(claimsTable(data, sides));
}

async function search() {
  const q = document.getElementById("q").value;
  const field = document.getElementById("field").value;
  const params = new URLSearchParams({ q, field, limit: "200" });
  let data;
  try {
    data = await getJSON(`/api/claims?${params}`);
  } catch (err) {
    document.getElementById("result-count").textContent = String(err.message || err);
    return;
  }
  renderPartitions(data.partitions);
  const body = document.querySelector("#results tbody");
  clear(body);
  for (const r of data.results) {
    const row = el(
      "tr",
      { class: `clickable${r.key === openKey ? " selected" : ""}`, data: { key: r.key } },
      el(
        "td",
        {},
        el("div", { class: "results-key", text: r.key }),
        el("div", { class: "result-sides", text: r.sides.join(" · ") }),
        el("div", { class: "muted sentence clamp2", text: r.latest_text }),
      ),
      el("td", { class: "r", text: fmtInt(r.claims) }),
      el("td", { class: "num nowrap", text: fmtDate(r.last) }),
    );
    row.addEventListener("click", () => openDetail(r.key));
    body.append(row);
  }
  document.getElementById("results-empty").classList.toggle("hidden", data.results.length > 0);
  document.getElementById("result-count").textContent =
    `${fmtInt(data.matched)} of ${fmtInt(data.scanned)} keys` + (data.matched > data.results.length ? ` (first ${data.results.length})` : "");
}

function main() {
  const params = new URLSearchParams(location.search);
  document.getElementById("q").value = params.get("q") || "";
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    search();
  });
  search();
  const key = params.get("key");
  if (key) openDetail(key, false);
  setInterval(() => {
    if (openKey) openDetail(openKey, false, true);
  }, REFRESH_MS);
  watchHealth();
}

main();
