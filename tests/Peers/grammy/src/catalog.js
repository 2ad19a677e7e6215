import { readFileSync } from "node:fs";
import { key } from "./keys.js";
import { pageId, shortId } from "./ids.js";

// Reads what `dotnet run --project src/Bot -- check DIR --json` writes (docs/PAGE-FORMAT.md §12): one entry per page.
export function loadCatalog(path) {
  return buildCatalog(JSON.parse(readFileSync(path, "utf8")));
}

export function buildCatalog(json) {
  const entries = Array.isArray(json) ? json : json.pages ?? json.events ?? [];
  const events = entries.map(toEvent).filter((e) => e !== null);
  return { events, speakers: indexSpeakers(events), byShortId: new Map(events.map((e) => [e.shortId, e])) };
}

function toEvent(entry) {
  if (entry.isEvent === false) return null;
  const id = pageId(entry.file ?? entry.id);
  const aliases = entry.aliases ?? {};
  const talks = (entry.talks ?? []).map((t) => ({
    title: t.title ?? "",
    speakers: t.speakers ?? [],
    slidesUrl: t.slidesUrl ?? null,
  }));
  return {
    id,
    shortId: shortId(id),
    series: entry.series ?? null,
    number: entry.number ?? null,
    title: entry.title ?? id,
    start: entry.start ?? null,
    end: entry.end ?? null,
    online: entry.online ?? null,
    location: entry.location ?? null,
    liveUrl: entry.liveUrl ?? null,
    replayUrl: entry.replayUrl ?? null,
    talks,
    aliases,
    keys: [key(id), key(entry.title), key(id.replace(/^(zh|en)-/, "")), seriesKey(entry.series)],
  };
}

// Speaker name key → { name, aliases, talks: [{ talk, event }] }; the same person under any of their names.
function indexSpeakers(events) {
  const byKey = new Map();
  for (const event of events) {
    for (const talk of event.talks) {
      for (const name of talk.speakers) {
        const names = [name, ...(event.aliases[name] ?? [])];
        let person = names.map((n) => byKey.get(key(n))).find((p) => p !== undefined);
        if (!person) person = { name, aliases: new Set(), talks: [] };
        for (const n of names) {
          if (n !== person.name) person.aliases.add(n);
          byKey.set(key(n), person);
        }
        person.talks.push({ talk, event });
      }
    }
  }
  return byKey;
}

const SERIES = /^(?<series>\p{L}[\p{L}-]*?)?[-#]?(?<number>\d{1,6})$/u;

function seriesKey(series) {
  const k = key(series);
  return k.startsWith("sofa") && k.length > 4 ? k.slice(4) : k;
}

// An event by id (`zh-sofa-channel-24`), series and number (`SOFAChannel#24`, `channel 24`, `#24`) or words of its title.
export function findEvents(catalog, query) {
  const q = key(query);
  if (q.length === 0) return [];
  const exact = catalog.events.filter((e) => e.keys[0] === q || e.keys[2] === q || e.shortId === q);
  if (exact.length > 0) return exact;
  const m = SERIES.exec(q);
  if (m) {
    const series = seriesKey(m.groups.series);
    const bySeries = catalog.events.filter((e) => e.number === Number(m.groups.number) && (series === "" || e.keys[3] === series));
    if (bySeries.length > 0) return bySeries;
  }
  return catalog.events.filter((e) => e.keys[1].includes(q) || e.keys[2].includes(q));
}

export function findSpeakers(catalog, query) {
  const q = key(query);
  if (q.length === 0) return [];
  const exact = catalog.speakers.get(q);
  if (exact) return [exact];
  const found = new Set();
  for (const [k, person] of catalog.speakers) if (k.includes(q)) found.add(person);
  return [...found];
}
