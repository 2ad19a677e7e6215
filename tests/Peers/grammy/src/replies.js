import { escapeHtml as h, link } from "./html.js";
import { findEvents, findSpeakers } from "./catalog.js";

const MAX_CHOICES = 8;

// Replies are { html, buttons }: buttons are inline keyboard rows, as our bot attaches to its cards.
export function agendaReply(catalog, query) {
  if (!query.trim()) return text("Usage: /agenda &lt;event&gt;, e.g. <code>/agenda SOFAChannel#24</code>");
  const events = findEvents(catalog, query);
  if (events.length === 0) return text(`No event matches “${h(query)}”.`);
  if (events.length > 1) return choose(`Several events match “${h(query)}”:`, events.map((e) => [label(e), `a:${e.shortId}`]));
  return agenda(events[0]);
}

export function speakerReply(catalog, query) {
  if (!query.trim()) return text("Usage: /speaker &lt;name&gt;");
  const people = findSpeakers(catalog, query);
  if (people.length === 0) return text(`No speaker matches “${h(query)}”.`);
  if (people.length > 1) return text([`Several speakers match “${h(query)}”:`, ...people.slice(0, MAX_CHOICES).map((p) => `• ${h(p.name)}`)].join("\n"));
  return speaker(people[0]);
}

export function agenda(e) {
  const lines = [`<b>Agenda: ${h(e.title)}</b>`];
  lines.push(`🕒 ${e.start ? h(when(e.start, e.end)) : "date not given"}`);
  if (e.online === false && e.location) lines.push(`📍 ${h(e.location)}`);
  else if (e.online) lines.push(e.location ? `📍 ${h(e.location)} + live stream` : "📺 Live stream");
  if (e.liveUrl) lines.push(`▶️ ${link(e.liveUrl, e.liveUrl)}`);
  if (e.replayUrl) lines.push(`🎞 ${link(e.replayUrl, "Replay")}`);
  if (e.talks.length === 0) lines.push("", "No agenda published on the page.");
  for (const t of e.talks) {
    lines.push("", `<b>${h(t.title)}</b>`);
    if (t.speakers.length > 0) lines.push(`Speaker: ${t.speakers.map(h).join(", ")}`);
    if (t.slidesUrl) lines.push(link(t.slidesUrl, "Slides"));
  }
  return { html: lines.join("\n"), buttons: [[{ text: "Event", callback_data: `e:${e.shortId}` }]] };
}

export function eventCard(e) {
  const lines = [`<b>${h(e.title)}</b>`, `🕒 ${e.start ? h(when(e.start, e.end)) : "date not given"}`];
  if (e.location) lines.push(`📍 ${h(e.location)}`);
  if (e.liveUrl) lines.push(`▶️ ${link(e.liveUrl, "Live room")}`);
  if (e.replayUrl) lines.push(`🎞 ${link(e.replayUrl, "Replay")}`);
  lines.push(`${e.talks.length} talk(s)`);
  return { html: lines.join("\n"), buttons: [[{ text: "Agenda", callback_data: `a:${e.shortId}` }]] };
}

function speaker(p) {
  const aka = p.aliases.size > 0 ? ` (also: ${[...p.aliases].map(h).join(" / ")})` : "";
  const talks = p.talks.map(({ talk, event }) =>
    `• ${event.start ? h(event.start.slice(0, 10)) : "date not given"} ${h(talk.title)} — ${h(label(event))}` +
    (talk.slidesUrl ? ` · ${link(talk.slidesUrl, "Slides")}` : ""));
  const buttons = p.talks.slice(0, 6).map(({ talk, event }) => [{ text: short(talk.title, 40), callback_data: `a:${event.shortId}` }]);
  return { html: [`<b>${h(p.name)}</b>${aka}`, "", `<b>${p.talks.length} talk(s)</b>`, ...talks].join("\n"), buttons };
}

function label(e) {
  return e.series && e.number ? `${e.series}#${e.number}` : e.title;
}

function text(html) {
  return { html, buttons: [] };
}

function choose(html, options) {
  return { html, buttons: options.slice(0, MAX_CHOICES).map(([name, data]) => [{ text: short(name, 48), callback_data: data }]) };
}

function short(s, max) {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

// ISO-8601 with the event's own offset, shown as written: "2020-05-28 20:00–21:00 (UTC+08:00)".
function when(start, end) {
  const day = start.slice(0, 10);
  const from = start.slice(11, 16);
  const offset = start.length > 19 ? start.slice(19).replace(/^\.\d+/, "") : "";
  const to = end ? (end.slice(0, 10) === day ? `–${end.slice(11, 16)}` : ` – ${end.slice(0, 10)} ${end.slice(11, 16)}`) : "";
  return `${day} ${from}${to}${offset ? ` (UTC${offset === "Z" ? "+00:00" : offset})` : ""}`;
}
