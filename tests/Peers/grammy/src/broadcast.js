import { GrammyError } from "grammy";

// Sends one message to every chat, a few at a time (grammY's flood-limit advice); 429s are left to auto-retry
// (and, in set-up b, pacing to the throttler). A chat that blocked or removed the bot is unsubscribed.
export async function broadcast(api, chatIds, html, { concurrency, onGone, log }) {
  let next = 0;
  let sent = 0;
  let failed = 0;
  async function worker() {
    while (next < chatIds.length) {
      const chatId = chatIds[next++];
      try {
        await api.sendMessage(chatId, html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
        sent++;
      } catch (err) {
        failed++;
        if (err instanceof GrammyError && (err.error_code === 403 || /chat not found/i.test(err.description))) onGone(chatId);
        log(`broadcast to ${chatId} failed: ${err.message}`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { sent, failed };
}
