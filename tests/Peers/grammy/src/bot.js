import { Bot } from "grammy";
import { sequentialize } from "@grammyjs/runner";
import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { agenda, agendaReply, eventCard, speakerReply } from "./replies.js";
import { broadcast } from "./broadcast.js";

// The two set-ups grammY's docs describe: (a) auto-retry alone, (b) throttler with auto-retry outside it, so a
// retried request queues through the throttler again (transformers installed later wrap earlier ones).
export function createBot(config, catalog, subscribers, log = console.error) {
  const bot = new Bot(config.token, { client: { apiRoot: config.apiRoot } });
  if (config.setup === "b") bot.api.config.use(apiThrottler(throttlerOptions(config.limits)));
  bot.api.config.use(autoRetry());

  // Updates from one chat in order, as our bot does; the runner's documented way.
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));

  const reply = (ctx, answer) => ctx.reply(typeof answer === "string" ? answer : answer.html, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(answer.buttons?.length ? { reply_markup: { inline_keyboard: answer.buttons } } : {}),
    ...(ctx.chat.type === "private" ? {} : { reply_parameters: { message_id: ctx.msg.message_id, allow_sending_without_reply: true } }),
  });

  bot.command("agenda", (ctx) => reply(ctx, agendaReply(catalog, ctx.match)));
  bot.command("speaker", (ctx) => reply(ctx, speakerReply(catalog, ctx.match)));
  bot.callbackQuery(/^([ae]):(\w+)$/, async (ctx) => {
    const event = catalog.byShortId.get(ctx.match[2]);
    await ctx.answerCallbackQuery();
    if (!event) return;
    const card = ctx.match[1] === "a" ? agenda(event) : eventCard(event);
    await ctx.editMessageText(card.html, { parse_mode: "HTML", link_preview_options: { is_disabled: true }, reply_markup: { inline_keyboard: card.buttons } });
  });
  bot.command("subscribe", (ctx) => reply(ctx, subscribers.add(ctx.chat.id) ? "Subscribed." : "Already subscribed."));
  bot.command("unsubscribe", (ctx) => reply(ctx, subscribers.remove(ctx.chat.id) ? "Unsubscribed." : "Not subscribed."));
  bot.command("broadcast", (ctx) => startBroadcast(ctx, bot, config, subscribers, reply, log));

  bot.catch((err) => log(`update ${err.ctx?.update?.update_id} in chat ${err.ctx?.chat?.id} failed: ${err.error?.message ?? err.message}`));
  return bot;
}

// Runs in the background so the admin's chat (sequentialised) is not blocked for the whole broadcast.
function startBroadcast(ctx, bot, config, subscribers, reply, log) {
  if (!config.adminIds.has(ctx.from?.id)) return reply(ctx, "Not allowed.");
  const html = ctx.match.trim();
  if (!html) return reply(ctx, "Usage: /broadcast &lt;HTML text&gt;");
  const chatIds = subscribers.list();
  const started = performance.now();
  broadcast(bot.api, chatIds, html, { concurrency: config.broadcastConcurrency, onGone: (id) => subscribers.remove(id), log })
    .then(({ sent, failed }) => reply(ctx, `Broadcast done: ${sent} sent, ${failed} failed in ${((performance.now() - started) / 1000).toFixed(1)} s.`))
    .catch((err) => log(`broadcast failed: ${err.message}`));
  return reply(ctx, `Broadcasting to ${chatIds.length} chats…`);
}

function throttlerOptions({ globalPerSecond, chatPerSecond, groupPerMinute }) {
  const minTime = Math.ceil(1000 / chatPerSecond);
  return {
    global: { reservoir: globalPerSecond, reservoirRefreshAmount: globalPerSecond, reservoirRefreshInterval: 1000 },
    group: { maxConcurrent: 1, minTime, reservoir: groupPerMinute, reservoirRefreshAmount: groupPerMinute, reservoirRefreshInterval: 60_000 },
    out: { maxConcurrent: 1, minTime },
  };
}
