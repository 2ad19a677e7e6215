import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { buildCatalog } from "../src/catalog.js";
import { agendaReply, speakerReply } from "../src/replies.js";
import { escapeHtml } from "../src/html.js";
import { pageId, shortId } from "../src/ids.js";

const catalog = buildCatalog(JSON.parse(readFileSync(new URL("./sample-catalog.json", import.meta.url), "utf8")));

test("non-events are not in the catalog and ids are our page slugs", () => {
  assert.deepEqual(catalog.events.map((e) => e.id), ["zh-demo-channel-7", "zh-demo-meetup-2"]);
  assert.equal(pageId("zh/blog/Some_Page/index.md"), "some-page");
});

test("short ids are eight base-36 characters and stable", () => {
  assert.match(shortId("zh-demo-channel-7"), /^[0-9a-z]{8}$/);
  assert.equal(shortId("x"), shortId("x"));
});

test("escaping covers the four characters Telegram HTML needs", () => {
  assert.equal(escapeHtml(`<a href="x">&</a>`), "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;");
});

test("an agenda shows title, time, link and talks, escaped, with an event button", () => {
  const { html, buttons } = agendaReply(catalog, "zh-demo-channel-7");
  assert.match(html, /^<b>Agenda: DemoChannel#7: Tracing &lt;in&gt; practice &amp; more<\/b>/);
  assert.match(html, /2021-03-18 19:00–20:00 \(UTC\+08:00\)/);
  assert.match(html, /href="https:\/\/example.org\/live\?a=1&amp;b=2"/);
  assert.match(html, /<b>Tracing &quot;at scale&quot;<\/b>\nSpeaker: Zhang Wei/);
  assert.equal(buttons[0][0].callback_data, `e:${shortId("zh-demo-channel-7")}`);
});

test("an agenda is found by series and number or by words of its title", () => {
  assert.match(agendaReply(catalog, "demomeetup 2").html, /Hangzhou, Room 1/);
  assert.match(agendaReply(catalog, "DemoChannel#7").html, /Tracing/);
  assert.match(agendaReply(catalog, "hangzhou").html, /Hangzhou, Room 1/);
});

test("several matches give a choice", () => {
  const { html, buttons } = agendaReply(catalog, "demo");
  assert.match(html, /^Several events match/);
  assert.equal(buttons.length, 2);
});

test("a speaker is found under either name with all their talks", () => {
  const { html } = speakerReply(catalog, "ah wei");
  assert.match(html, /^<b>Zhang Wei<\/b> \(also: Ah Wei\)/);
  assert.match(html, /2 talk\(s\)/);
  assert.match(html, /Service mesh in production — DemoMeetup#2/);
});

test("unknown names and empty arguments get a clear answer", () => {
  assert.match(speakerReply(catalog, "<nobody>").html, /No speaker matches “&lt;nobody&gt;”/);
  assert.match(agendaReply(catalog, "  ").html, /^Usage/);
});
