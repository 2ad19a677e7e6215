import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";

// Subscribed chat ids in a JSON file (an array of numbers), rewritten atomically on every change.
export class Subscribers {
  #path;
  #ids;

  constructor(path) {
    this.#path = path;
    this.#ids = new Set(path && existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : []);
  }

  get size() { return this.#ids.size; }
  list() { return [...this.#ids]; }
  add(chatId) { return this.#change(() => this.#ids.add(chatId)); }
  remove(chatId) { return this.#change(() => this.#ids.delete(chatId)); }

  #change(apply) {
    const before = this.#ids.size;
    apply();
    if (this.#ids.size !== before && this.#path) {
      writeFileSync(`${this.#path}.tmp`, JSON.stringify(this.list()));
      renameSync(`${this.#path}.tmp`, this.#path);
    }
    return this.#ids.size !== before;
  }
}
