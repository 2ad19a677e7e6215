// Everything comes from the environment so the benchmark harness can start the peer like our bot.
export function readConfig(env = process.env) {
  const setup = (env.PEER_SETUP ?? "a").toLowerCase();
  if (setup !== "a" && setup !== "b") throw new Error(`PEER_SETUP must be "a" (runner + auto-retry) or "b" (runner + throttler + auto-retry), not "${setup}"`);
  const token = env.BOT_TOKEN;
  if (!token || !/^\d+:[\w-]+$/.test(token)) throw new Error("BOT_TOKEN is missing or malformed (expected <digits>:<secret>)");
  const catalogPath = env.CATALOG_JSON;
  if (!catalogPath) throw new Error("CATALOG_JSON must name the file written by `check DIR --json`");
  return {
    setup,
    token,
    apiRoot: env.API_ROOT || "https://api.telegram.org",
    catalogPath,
    subscribersPath: env.SUBSCRIBERS_PATH || null,
    adminIds: new Set((env.ADMIN_IDS ?? "").split(",").map((s) => s.trim()).filter(Boolean).map(Number)),
    broadcastConcurrency: positive(env.BROADCAST_CONCURRENCY, 3, "BROADCAST_CONCURRENCY"),
    // Telegram's limits by default (the throttler's own defaults); the benchmark scales them like the server does.
    limits: {
      globalPerSecond: positive(env.LIMIT_GLOBAL_PER_SECOND, 30, "LIMIT_GLOBAL_PER_SECOND"),
      chatPerSecond: positive(env.LIMIT_CHAT_PER_SECOND, 1, "LIMIT_CHAT_PER_SECOND"),
      groupPerMinute: positive(env.LIMIT_GROUP_PER_MINUTE, 20, "LIMIT_GROUP_PER_MINUTE"),
    },
  };
}

function positive(value, fallback, name) {
  if (value === undefined || value === "") return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, not "${value}"`);
  return n;
}
