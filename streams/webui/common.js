// Shared helpers of the claimwatch pages.
//
// Article text is untrusted: every value from the server goes into the page through
// textContent (el() below) or an SVG text node, never parsed as HTML, nor as a URL it did
// not build itself. The Content-Security-Policy header backs this up.

export const KIND_LABELS = {
  figure_mismatch: "Figure mismatch",
  denial: "Denial",
  negation: "Negation",
  revision: "Revision",
};

// el("div", {class: "x", text: "hello"}, child, "text", ...): an element built safely.
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = String(value);
    else if (name === "href") node.setAttribute("href", safeHref(value));
    else if (name === "title") node.title = String(value);
    else if (name === "data") Object.assign(node.dataset, value);
    else node.setAttribute(name, String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

// Only links to this server's own pages: anything else becomes "#".
function safeHref(value) {
  const s = String(value);
  return s.startsWith("/") && !s.startsWith("//") ? s : "#";
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
  if (!response.ok) {
    let reason = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body && body.error) reason = body.error;
    } catch (_) {
      // not JSON: keep the status line
    }
    const error = new Error(reason);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

const intFormat = new Intl.NumberFormat("en-US");
export function fmtInt(n) {
  return n === null || n === undefined ? "—" : intFormat.format(n);
}

// "1 alert", "2 alerts"
export function plural(n, word) {
  return `${fmtInt(n)} ${word}${n === 1 ? "" : "s"}`;
}

export function fmtRate(x) {
  if (!x) return "0";
  if (x >= 100) return intFormat.format(Math.round(x));
  if (x >= 10) return x.toFixed(1);
  return x.toFixed(2).replace(/0$/, "");
}

export function fmtNumber(x) {
  if (x === null || x === undefined) return "—";
  if (Math.abs(x) >= 1000) return intFormat.format(Math.round(x));
  return String(Math.round(x * 100) / 100);
}

// The smallest "nice" axis step (1, 2, 2.5 or 5 times a power of ten) of at least `value`.
export function niceStep(value) {
  if (!(value > 0)) return 0.25;
  const exp = Math.pow(10, Math.floor(Math.log10(value)));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (value <= step * exp) return step * exp;
  }
  return 10 * exp;
}

export function fmtDuration(seconds) {
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  const h = Math.floor(s / 3600);
  return `${h} h ${Math.floor((s % 3600) / 60)} min`;
}

// "2022-03-02T12:00:00Z" -> "2 Mar 2022, 12:00" (UTC: the wire's own times).
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
export function fmtDate(iso, withTime = false) {
  if (!iso) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(String(iso));
  if (!m) return String(iso);
  const day = `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] || m[2]} ${m[1]}`;
  return withTime && m[4] ? `${day}, ${m[4]}:${m[5]}` : day;
}

export function kindBadge(kind) {
  const known = Object.prototype.hasOwnProperty.call(KIND_LABELS, kind);
  return el("span", {
    class: `badge ${known ? "kind-" + kind : "kind-other"}`,
    text: known ? KIND_LABELS[kind] : String(kind || "alert"),
  });
}

export function claimsLink(key, children) {
  return el("a", { href: `/claims?key=${encodeURIComponent(key || "")}` }, children);
}

function claimBlock(role, claim) {
  const c = claim || {};
  const where = el("div", { class: "where" });
  const parts = [];
  if (c.source) parts.push(el("span", { text: c.source }));
  if (c.as_of || c.published_at) parts.push(el("span", { text: `said ${fmtDate(c.as_of || c.published_at)}` }));
  if (c.event_date && c.event_date !== c.as_of) parts.push(el("span", { text: `event ${fmtDate(c.event_date)}` }));
  if (c.period) parts.push(el("span", { text: `period ${c.period}` }));
  parts.forEach((part, i) => {
    if (i) where.append(el("span", { class: "sep", text: "·" }));
    where.append(part);
  });
  const denial = c.polarity === "negate" || c.kind === "rejection";
  return el(
    "div",
    { class: "claim" },
    el("div", { class: "role", text: role }),
    el(
      "div",
      { class: "who" },
      el("span", { class: "speaker", text: c.speaker || "Unattributed" }),
      c.side ? el("span", { class: "chip side", text: c.side, title: "side" }) : null,
      c.figure_text ? el("span", { class: "chip figure", text: c.figure_text, title: "figure" }) : null,
      denial ? el("span", { class: "chip", text: c.kind === "rejection" ? "rejects" : "denies" }) : null,
    ),
    where,
    el("blockquote", { class: "evidence", text: c.text || "" }),
  );
}

// A full alert: explanation on top, the earlier and the new claim side by side.
export function alertCard(alert, fresh = false) {
  const kind = String(alert.kind || "");
  const key = (alert.claim && alert.claim.key) || (alert.conflicts_with && alert.conflicts_with.key) || "";
  const confidence = typeof alert.confidence === "number" ? alert.confidence.toFixed(2) : "";
  return el(
    "article",
    {
      class: `alert-card k-${kind.replace(/[^a-z_]/g, "")}${fresh ? " fresh" : ""}`,
      data: { alertId: String(alert.alert_id || "") },
    },
    el(
      "div",
      { class: "alert-top" },
      kindBadge(kind),
      el("div", { class: "explanation", text: alert.explanation || "" }),
      el(
        "div",
        { class: "meta" },
        el("div", { text: fmtDate(alert.detected_at || (alert.claim && alert.claim.published_at), true) }),
        confidence ? el("div", { class: "conf", text: `confidence ${confidence}` }) : null,
      ),
    ),
    el(
      "div",
      { class: "claims-pair" },
      claimBlock("Earlier claim", alert.conflicts_with),
      el("div", { class: "vs", text: "VS" }),
      claimBlock("New claim", alert.claim),
    ),
    el(
      "div",
      { class: "alert-foot" },
      el("span", {}, "About ", claimsLink(key, el("span", { class: "chip key", text: key || "?" }))),
      el("span", { class: "right mono faint", text: alert.alert_id || "" }),
    ),
  );
}

// One line per alert, for the dashboard.
export function miniAlert(alert, fresh = false) {
  const a = alert.claim || {};
  const b = alert.conflicts_with || {};
  return el(
    "li",
    { class: fresh ? "fresh" : "", data: { alertId: String(alert.alert_id || "") } },
    el(
      "div",
      { class: "line1" },
      kindBadge(alert.kind),
      claimsLink(a.key, el("span", { class: "chip key", text: a.key || "?" })),
      el("span", { class: "when", text: fmtDate(alert.detected_at || a.published_at, true) }),
    ),
    el("div", { class: "expl", text: alert.explanation || "" }),
    el("div", {
      class: "who",
      text: `${b.speaker || "?"} (${b.source || "?"}) vs ${a.speaker || "?"} (${a.source || "?"})`,
    }),
  );
}

// Follow /api/alerts/stream; EventSource reconnects by itself (resuming with Last-Event-ID),
// and if the server refused the stream we open a new one after a pause. onState gets
// "live" (connected), "ready" (the backlog is in; what follows is new), "reconnecting" or
// "offline".
export function followAlerts(query, onAlert, onState) {
  let source = null;
  const open = () => {
    source = new EventSource(`/api/alerts/stream${query ? "?" + query : ""}`);
    source.addEventListener("alert", (event) => {
      try {
        onAlert(JSON.parse(event.data));
      } catch (err) {
        console.warn("unreadable alert event", err);
      }
    });
    source.addEventListener("ready", () => onState("ready"));
    source.onopen = () => onState("live");
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        onState("offline");
        setTimeout(open, 3000);
      } else {
        onState("reconnecting");
      }
    };
  };
  open();
  return () => source && source.close();
}

// The status pill in the top bar.
export function setPill(id, state, text) {
  const pill = document.getElementById(id);
  if (!pill) return;
  pill.className = `pill ${state}`;
  pill.textContent = text;
}

// Pages without their own stats polling show the worker's health in the top bar.
export function watchHealth(pillId = "worker-pill", every = 5000) {
  const check = async () => {
    try {
      const response = await fetch("/health", { cache: "no-store" });
      const health = await response.json();
      if (health.status !== "ok") setPill(pillId, "bad", "Agent crashed");
      else if (!health.ready) setPill(pillId, "warn", "Worker starting");
      else setPill(pillId, "ok", "Worker ready");
    } catch (_) {
      setPill(pillId, "bad", "Worker unreachable");
    }
  };
  check();
  setInterval(check, every);
}
