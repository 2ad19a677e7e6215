import { escapeHtml as h, link } from "./html.js";
import { findEvents, findSpeakers } from "./catalog.js";

const MAX_CHOICES = 10;

export function agendaReply(catalog, query) {
  if (!query.trim()) return "Usage: /agenda &lt;event&gt;, e.g. <code>/agenda SOFAChannel#24</code>";
  const events = findEvents(catalog, query);
  if (events.length === 0) return `No event matches “${h(query)}”.`;
  if (events.length > 1) return choices(`Several events match “${h(query)}”:`, events.map((e) => `${h(e.title)} — <code>/agenda ${h(e.id)}</code>`));
  return agenda(events[0]);
}

export function speakerReply(catalog, query) {
  if (!query.trim()) return "Usage: /speaker &lt;name&gt;";
  const people = findSpeakers(catalog, query);
  if (people.length === 0) return `No speaker matches “${h(query)}”.`;
  if (people.length > 1) return choices(`Several speakers match “${h(query)}”:`, people.map((p) => `${h(p.name)} — <code>/speaker ${h(p.name)}</code>`));
  return speaker(people[0]);
}

function agenda(e) {
  const lines = [`<b>${h(e.title)}</b>`];
  if (e.start) lines.push(`🕒 ${h(when(e.start, e.end))}`);
  if (e.online === false && e.location) lines.push(`📍 ${h(e.location)}`);
  else if (e.online) lines.push(e.location ? `📍 ${h(e.location)} + live stream` : "📺 Live stream");
  if (e.liveUrl) lines.push(`▶️ ${link(e.liveUrl, "Live room")}`);
  if (e.replayUrl) lines.push(`🎞 ${link(e.replayUrl, "Replay")}`);
  if (e.talks.length === 0) lines.push("", "No agenda published on the page.");
  else lines.push("", ...e.talks.map((t, i) => `${i + 1}. ${talkLine(t)}`));
  return lines.join("\n");
}

function speaker(p) {
  const aka = p.aliases.size > 0 ? ` (${[...p.aliases].map(h).join(", ")})` : "";
  const talks = p.talks.map(({ talk, event }) =>
    `• <b>${h(talk.title)}</b>\n  ${h(event.title)}${event.start ? `, ${h(event.start.slice(0, 10))}` : ""}` +
    (talk.slidesUrl ? ` — ${link(talk.slidesUrl, "slides")}` : ""));
  return [`<b>${h(p.name)}</b>${aka}`, `${p.talks.length} talk(s):`, ...talks].join("\n");
}

function talkLine(t) {
  const who = t.speakers.length > 0 ? ` — ${t.speakers.map(h).join(", ")}` : "";
  const slides = t.slidesUrl ? ` (${link(t.slidesUrl, "slides")})` : "";
  return `<b>${h(t.title)}</b>${who}${slides}`;
}

function choices(head, items) {
  const shown = items.slice(0, MAX_CHOICES);
  const more = items.length > shown.length ? [`…and ${items.length - shown.length} more`] : [];
  return [head, ...shown.map((s) => `• ${s}`), ...more].join("\n");
}

// ISO-8601 with the event's own offset, shown as written: "2020-05-28 20:00–21:00 (UTC+08:00)".
function when(start, end) {
  const day = start.slice(0, 10);
  const from = start.slice(11, 16);
  const offset = start.length > 19 ? start.slice(19).replace(/^\.\d+/, "") : "";
  const to = end ? (end.slice(0, 10) === day ? `–${end.slice(11, 16)}` : ` – ${end.slice(0, 10)} ${end.slice(11, 16)}`) : "";
  return `${day} ${from}${to}${offset ? ` (UTC${offset === "Z" ? "" : offset})` : ""}`;
}
