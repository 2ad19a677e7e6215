import { run } from "@grammyjs/runner";
import { readConfig } from "./config.js";
import { loadCatalog } from "./catalog.js";
import { Subscribers } from "./subscribers.js";
import { createBot } from "./bot.js";

const log = (line) => console.error(`[grammy-peer] ${line}`);

let config;
try {
  config = readConfig();
} catch (err) {
  log(err.message);
  process.exit(2);
}

const catalog = loadCatalog(config.catalogPath);
const subscribers = new Subscribers(config.subscribersPath);
const bot = createBot(config, catalog, subscribers, log);
const runner = run(bot);
log(`set-up ${config.setup}: ${catalog.events.length} events, ${subscribers.size} subscribers, polling ${new URL(config.apiRoot).host}`);

// The runner finishes in-flight updates on stop; a poll stuck retrying against a dead server must not keep us alive.
const stop = () => {
  setTimeout(() => process.exit(0), 3000).unref();
  Promise.resolve(runner.isRunning() ? runner.stop() : undefined).finally(() => process.exit(0));
};
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
