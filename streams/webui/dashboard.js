// The dashboard: polls /api/stats every second, follows the alert stream for "Latest alerts".

import { clear, el, fmtDuration, fmtInt, fmtRate, followAlerts, getJSON, miniAlert, plural, setPill } from "./common.js";
import { drawTimeSeries, smooth } from "./chart.js";

const HISTORY_SECONDS = 600;
const MIN_WINDOW = 60; // seconds: the chart's narrowest time window
const LATEST_ALERTS = 12;
const AGENT_ROLES = {
  clean: "articles → cleaned",
  extract: "cleaned → claims",
  detect: "claims → alerts",
};
const SERIES = [
  { label: "Articles in", color: "#2563eb", fill: "rgba(37, 99, 235, 0.07)", pick: (p) => p.clean.in },
  { label: "Claims out", color: "#16a34a", pick: (p) => p.extract.out },
  { label: "Alerts out", color: "#f97316", width: 2.5, pick: (p) => p.detect.out },
];

let serverNow = Date.now() / 1000; // the worker's clock: the chart's right edge
let history = []; // [{t, clean: {in, out}, extract: {...}, detect: {...}}], oldest first
const seenAlerts = new Set();
let caughtUp = false; // the stream's backlog is in: highlight new alerts

function setText(id, text) {
  const node = document.getElementById(id);
  if (node) node.textContent = text;
}

function mergeHistory(points) {
  const last = history.length ? history[history.length - 1].t : 0;
  for (const p of points) if (p.t > last) history.push(p);
  const horizon = serverNow - HISTORY_SECONDS - 5;
  while (history.length && history[0].t < horizon) history.shift();
}

function renderLegend() {
  const legend = document.getElementById("chart-legend");
  clear(legend);
  for (const s of SERIES) {
    const swatch = el("i");
    swatch.style.background = s.color; // CSSOM, allowed by the CSP (no inline style attribute)
    legend.append(el("span", {}, swatch, s.label));
  }
}

function renderChart() {
  const canvas = document.getElementById("throughput-chart");
  const series = SERIES.map((s) => ({
    ...s,
    points: smooth(history.map((p) => [p.t, s.pick(p) || 0]), 5),
  }));
  // A young worker's few minutes fill the chart; from 10 minutes on, the window slides.
  const span = history.length ? serverNow - history[0].t : 0;
  const seconds = Math.min(HISTORY_SECONDS, Math.max(MIN_WINDOW, Math.ceil(span / 60) * 60));
  setText("chart-window", seconds === 60 ? "last minute" : `last ${seconds / 60} minutes`);
  drawTimeSeries(canvas, series, { seconds, now: serverNow });
}

function agentState(states, agent) {
  for (const [name, state] of Object.entries(states || {})) {
    if (name === agent || name.endsWith("." + agent)) return state;
  }
  return "—";
}

function renderAgents(stats) {
  const body = document.querySelector("#agents-table tbody");
  clear(body);
  for (const a of stats.agents) {
    const state = agentState(stats.worker.agents, a.agent);
    body.append(
      el(
        "tr",
        { data: { agent: a.agent } },
        el("td", { class: "agent" }, a.agent, el("small", { text: AGENT_ROLES[a.agent] || "" })),
        el("td", { class: "r", text: fmtRate(a.in_per_s) }),
        el("td", { class: "r", text: fmtRate(a.out_per_s) }),
        el("td", { class: "r", text: fmtInt(a.events_in), data: { field: "events_in" } }),
        el("td", { class: "r", text: fmtInt(a.events_out), data: { field: "events_out" } }),
        el("td", { class: a.errors ? "r bad" : "r", text: fmtInt(a.errors) }),
        el("td", { class: a.deadlettered ? "r warn" : "r", text: fmtInt(a.deadlettered) }),
        el("td", { class: state === "running" || state === "Running" ? "" : "warn", text: String(state).toLowerCase() }),
      ),
    );
  }
}

function renderLag(lag) {
  const body = document.querySelector("#lag-table tbody");
  clear(body);
  const parts = lag.partitions || [];
  document.getElementById("lag-empty").classList.toggle("hidden", parts.length > 0);
  const worst = Math.max(1, ...parts.map((p) => p.lag || 0));
  for (const p of parts) {
    const bar = el("span", { class: "lagbar" }, el("span"));
    bar.firstChild.style.width = `${Math.round(((p.lag || 0) / worst) * 100)}%`;
    body.append(
      el(
        "tr",
        {},
        el("td", { class: "mono", text: p.topic }),
        el("td", { class: "r", text: String(p.partition) }),
        el("td", { class: "r", text: fmtInt(p.committed) }),
        el("td", { class: "r", text: fmtInt(p.highwater) }),
        el("td", { class: p.lag ? "r warn" : "r" }, p.lag === null ? "—" : fmtInt(p.lag), bar),
      ),
    );
  }
}

function renderKpis(stats) {
  const by = Object.fromEntries(stats.agents.map((a) => [a.agent, a]));
  const dead = stats.agents.reduce((n, a) => n + a.deadlettered, 0);
  const errors = stats.agents.reduce((n, a) => n + a.errors, 0);
  setText("kpi-articles", fmtInt(by.clean.events_in));
  setText("kpi-articles-rate", fmtRate(by.clean.in_per_s));
  setText("kpi-claims", fmtInt(by.extract.events_out));
  setText("kpi-claims-rate", fmtRate(by.extract.out_per_s));
  setText("kpi-alerts", fmtInt(by.detect.events_out));
  setText("kpi-alerts-rate", fmtRate(by.detect.out_per_s));
  setText("kpi-dead", fmtInt(dead));
  setText("kpi-errors", fmtInt(errors));
  document.getElementById("kpi-dead-card").classList.toggle("bad", dead > 0 || errors > 0);
  setText("kpi-lag", fmtInt(stats.lag.total));
  setText("kpi-lag-parts", fmtInt((stats.lag.partitions || []).length));
}

function renderWorker(stats) {
  const w = stats.worker;
  if (w.status !== "ok") setPill("worker-pill", "bad", "Agent crashed");
  else if (!w.ready) setPill("worker-pill", "warn", "Worker starting");
  else setPill("worker-pill", "ok", "Worker ready");
  setText("worker-info", `${plural(w.partitions, "partition")} assigned · up ${fmtDuration(w.uptime)}`);
  const d = stats.detector || {};
  const note = document.getElementById("detector-note");
  clear(note);
  note.append(
    el("span", { text: `Detector: ${plural(d.claims_seen, "claim")} seen` }),
    el("span", { text: plural(d.comparisons, "comparison") }),
    el("span", { text: `${plural(d.suppressed_repeats, "repeat")} suppressed` }),
    el("span", { text: `${plural(d.expired, "claim")} expired` }),
    el("span", { text: `the alert feed holds ${plural(stats.alert_feed.alerts, "alert")} (all workers')` }),
  );
}

async function poll(first) {
  try {
    const stats = await getJSON(`/api/stats?history=${first ? HISTORY_SECONDS : 10}`);
    serverNow = stats.time;
    mergeHistory(stats.history || []);
    renderKpis(stats);
    renderAgents(stats);
    renderLag(stats.lag);
    renderWorker(stats);
    renderChart();
    setText("updated", `updated ${new Date().toLocaleTimeString()}`);
    return true;
  } catch (err) {
    setPill("worker-pill", "bad", "Worker unreachable");
    setText("updated", String(err.message || err));
    return false;
  }
}

function addAlert(alert) {
  if (seenAlerts.has(alert.alert_id)) return;
  seenAlerts.add(alert.alert_id);
  const list = document.getElementById("latest-alerts");
  list.prepend(miniAlert(alert, caughtUp));
  while (list.childElementCount > LATEST_ALERTS) list.lastElementChild.remove();
  document.getElementById("latest-empty").classList.toggle("hidden", list.childElementCount > 0);
}

async function main() {
  renderLegend();
  let first = true;
  const tick = async () => {
    if (await poll(first)) first = false;
    setTimeout(tick, 1000);
  };
  tick();
  followAlerts(`backlog=${LATEST_ALERTS}`, addAlert, (state) => {
    if (state === "ready") {
      caughtUp = true;
      return;
    }
    const labels = { live: ["ok", "Alerts live"], reconnecting: ["warn", "Reconnecting"], offline: ["bad", "Alerts offline"] };
    const [cls, text] = labels[state] || ["", state];
    setPill("feed-pill", cls, text);
  });
  window.addEventListener("resize", renderChart);
}

main();
