// The live alert feed: the stream's backlog, then each new alert as it is published.
// Filters apply in the browser (the stream carries every alert), and are kept in the URL
// (?kind=&source=&text=) so a filtered view can be bookmarked.

import { alertCard, clear, el, fmtInt, followAlerts, plural, setPill, watchHealth } from "./common.js";

const BACKLOG = 200;
const MAX_SHOWN = 500;

const alerts = new Map(); // alert_id -> {alert, card}, in arrival order
const sources = new Set();
let started = false;

function filters() {
  return {
    kind: document.getElementById("kind").value,
    source: document.getElementById("source").value,
    text: document.getElementById("text").value.trim().toLowerCase(),
  };
}

function haystack(alert) {
  const parts = [alert.explanation, alert.kind];
  for (const c of [alert.claim, alert.conflicts_with]) {
    if (!c) continue;
    parts.push(c.speaker, c.side, c.source, c.key, c.text, c.figure_text);
  }
  return parts.filter(Boolean).join("\n").toLowerCase();
}

function matches(alert, f) {
  if (f.kind && alert.kind !== f.kind) return false;
  if (f.source) {
    const names = [alert.claim && alert.claim.source, alert.conflicts_with && alert.conflicts_with.source];
    if (!names.includes(f.source)) return false;
  }
  return !f.text || haystack(alert).includes(f.text);
}

function applyFilters() {
  const f = filters();
  let shown = 0;
  for (const { alert, card } of alerts.values()) {
    const visible = matches(alert, f);
    card.classList.toggle("hidden", !visible);
    if (visible) shown++;
  }
  const total = alerts.size;
  document.getElementById("count").textContent =
    shown === total ? plural(total, "alert") : `${fmtInt(shown)} of ${plural(total, "alert")}`;
  document.getElementById("alerts-empty").classList.toggle("hidden", total > 0);
  document.getElementById("alerts-filtered").classList.toggle("hidden", total === 0 || shown > 0);
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) params.set(k, v);
  const query = params.toString();
  history.replaceState(null, "", query ? `/alerts?${query}` : "/alerts");
}

function addSource(name) {
  if (!name || sources.has(name)) return;
  sources.add(name);
  const select = document.getElementById("source");
  const current = select.value;
  const names = [...sources].sort((a, b) => a.localeCompare(b));
  clear(select);
  select.append(el("option", { value: "", text: "All sources" }));
  for (const n of names) select.append(el("option", { value: n, text: n }));
  select.value = current;
}

function addAlert(alert) {
  if (!alert || alerts.has(alert.alert_id)) return;
  const card = alertCard(alert, started);
  alerts.set(alert.alert_id, { alert, card });
  document.getElementById("alerts").prepend(card);
  addSource(alert.claim && alert.claim.source);
  addSource(alert.conflicts_with && alert.conflicts_with.source);
  if (alerts.size > MAX_SHOWN) {
    const [oldest] = alerts.keys();
    alerts.get(oldest).card.remove();
    alerts.delete(oldest);
  }
  applyFilters();
}

function restoreFilters() {
  const params = new URLSearchParams(location.search);
  const kind = params.get("kind");
  const source = params.get("source");
  if (kind) document.getElementById("kind").value = kind;
  if (source) {
    addSource(source);
    document.getElementById("source").value = source;
  }
  document.getElementById("text").value = params.get("text") || "";
}

function main() {
  restoreFilters();
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => event.preventDefault());
  form.addEventListener("input", applyFilters);
  form.addEventListener("change", applyFilters);
  applyFilters();
  followAlerts(`backlog=${BACKLOG}`, addAlert, (state) => {
    if (state === "ready") {
      started = true; // the backlog is in: highlight what arrives from now on
      return;
    }
    const labels = { live: ["ok", "Live"], reconnecting: ["warn", "Reconnecting"], offline: ["bad", "Offline"] };
    const [cls, text] = labels[state] || ["", state];
    setPill("feed-pill", cls, text);
  });
  watchHealth();
}

main();
