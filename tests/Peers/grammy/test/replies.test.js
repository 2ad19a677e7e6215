import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { buildCatalog } from "../src/catalog.js";
import { agendaReply, speakerReply } from "../src/replies.js";
import { escapeHtml } from "../src/html.js";

const catalog = buildCatalog(JSON.parse(readFileSync(new URL("./sample-catalog.json", import.meta.url), "utf8")));

test("non-events are not in the catalog", () => {
  assert.deepEqual(catalog.events.map((e) => e.id), ["zh-demo-channel-7", "zh-demo-meetup-2"]);
});

test("escaping covers the four characters Telegram HTML needs", () => {
  assert.equal(escapeHtml(`<a href="x">&</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
});

test("an agenda shows title, time, link and talks, escaped", () => {
  const html = agendaReply(catalog, "demo-channel-7");
  assert.match(html, /^<b>DemoChannel#7: Tracing &lt;in&gt; practice &amp; more<\/b>/);
  assert.match(html, /2021-03-18 19:00–20:00 \(UTC\+08:00\)/);
  assert.match(html, /href="https:\/\/example.org\/live\?a=1&amp;b=2"/);
  assert.match(html, /1\. <b>Tracing &quot;at scale&quot;<\/b> — Zhang Wei/);
});

test("an agenda is found by words of its title", () => {
  assert.match(agendaReply(catalog, "demomeetup#2"), /Hangzhou, Room 1/);
});

test("several matches give a choice", () => {
  assert.match(agendaReply(catalog, "demo"), /^Several events match/);
});

test("a speaker is found under either name with all their talks", () => {
  const html = speakerReply(catalog, "ah wei");
  assert.match(html, /^<b>Zhang Wei<\/b> \(Ah Wei\)/);
  assert.match(html, /2 talk\(s\)/);
  assert.match(html, /Service mesh in production/);
});

test("unknown names and empty arguments get a clear answer", () => {
  assert.match(speakerReply(catalog, "<nobody>"), /No speaker matches “&lt;nobody&gt;”/);
  assert.match(agendaReply(catalog, "  "), /^Usage/);
});
