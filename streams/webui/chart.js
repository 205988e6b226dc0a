// A small time-series line chart on a <canvas>: no library, no network.

import { niceStep } from "./common.js";

function pad2(n) {
  return String(n).padStart(2, "0");
}

function clockLabel(t, seconds) {
  const d = new Date(t * 1000);
  const hm = `${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
  return seconds ? `${hm}:${pad2(d.getSeconds())}` : hm;
}

// series: [{label, color, points: [[unixSeconds, value], ...]}]; seconds: the span shown.
export function drawTimeSeries(canvas, series, { seconds = 600, now = Date.now() / 1000 } = {}) {
  const ratio = globalThis.devicePixelRatio || 1;
  const rect = canvas.getBoundingClientRect();
  const width = Math.max(200, Math.floor(rect.width));
  const height = Math.max(120, Math.floor(rect.height));
  if (canvas.width !== width * ratio || canvas.height !== height * ratio) {
    canvas.width = width * ratio;
    canvas.height = height * ratio;
  }
  const ctx = canvas.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);

  const left = 44, right = 10, top = 10, bottom = 24;
  const plotW = width - left - right, plotH = height - top - bottom;
  const start = now - seconds;
  let peak = 0;
  for (const s of series) for (const [t, v] of s.points) if (t >= start && v > peak) peak = v;
  const TICKS = 4;
  const tick = niceStep((peak * 1.05) / TICKS);
  const yMax = tick * TICKS;
  const x = (t) => left + ((t - start) / seconds) * plotW;
  const y = (v) => top + plotH - (v / yMax) * plotH;

  ctx.font = "11px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
  ctx.textBaseline = "middle";
  ctx.lineWidth = 1;
  for (let i = 0; i <= TICKS; i++) {
    const v = tick * i;
    const yy = Math.round(y(v)) + 0.5;
    ctx.strokeStyle = i === 0 ? "#d0d5dd" : "#eef0f3";
    ctx.beginPath();
    ctx.moveTo(left, yy);
    ctx.lineTo(width - right, yy);
    ctx.stroke();
    ctx.fillStyle = "#8a94a3";
    ctx.textAlign = "right";
    const label = Number.isInteger(tick) ? String(v) : v.toFixed(tick < 1 ? 2 : 1);
    ctx.fillText(label, left - 8, yy);
  }
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  const step = seconds > 300 ? 120 : seconds > 120 ? 60 : seconds > 60 ? 30 : 15;
  for (let t = Math.ceil(start / step) * step; t <= now; t += step) {
    const xx = Math.round(x(t)) + 0.5;
    if (xx > width - right - 24) break; // its label would be cut off at the edge
    ctx.strokeStyle = "#f2f4f7";
    ctx.beginPath();
    ctx.moveTo(xx, top);
    ctx.lineTo(xx, top + plotH);
    ctx.stroke();
    ctx.fillStyle = "#8a94a3";
    ctx.fillText(clockLabel(t, step < 60), xx, top + plotH + 7);
  }

  for (const s of series) {
    const pts = s.points.filter(([t]) => t >= start);
    if (!pts.length) continue;
    ctx.beginPath();
    pts.forEach(([t, v], i) => (i ? ctx.lineTo(x(t), y(v)) : ctx.moveTo(x(t), y(v))));
    if (s.fill) {
      ctx.lineTo(x(pts[pts.length - 1][0]), y(0));
      ctx.lineTo(x(pts[0][0]), y(0));
      ctx.closePath();
      ctx.fillStyle = s.fill;
      ctx.fill();
      ctx.beginPath();
      pts.forEach(([t, v], i) => (i ? ctx.lineTo(x(t), y(v)) : ctx.moveTo(x(t), y(v))));
    }
    ctx.strokeStyle = s.color;
    ctx.lineWidth = s.width || 2;
    ctx.lineJoin = "round";
    ctx.stroke();
  }
}

// Moving average over the last `span` points.
export function smooth(points, span = 5) {
  const out = [];
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    sum += points[i][1];
    if (i >= span) sum -= points[i - span][1];
    out.push([points[i][0], sum / Math.min(i + 1, span)]);
  }
  return out;
}
