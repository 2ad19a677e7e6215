// Telegram HTML needs exactly these four escaped (the named entities Telegram supports); the same set our bot escapes.
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

export function escapeHtml(text) {
  return String(text ?? "").replace(/[&<>"]/g, (c) => ENTITIES[c]);
}

export function link(url, text) {
  return `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>`;
}
