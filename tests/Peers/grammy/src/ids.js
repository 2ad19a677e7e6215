// Page ids as our bot makes them (PageId.FromSource): the slug of the file name, or of its folder for index.md.
export function pageId(source) {
  const parts = String(source ?? "").replace(/\\/g, "/").split("/").filter(Boolean);
  let name = parts.at(-1) ?? "";
  if (/^_?index\.md$/i.test(name)) name = parts.length > 1 ? parts.at(-2) : "index";
  else name = name.replace(/\.md$/i, "");
  let slug = "";
  for (const ch of name.toLowerCase()) {
    const keep = /[a-z0-9]/.test(ch) || (ch.codePointAt(0) > 0x7f && /[\p{L}\p{N}]/u.test(ch));
    if (keep) slug += ch;
    else if (slug.length > 0 && !slug.endsWith("-")) slug += "-";
  }
  slug = slug.replace(/^-+|-+$/g, "");
  return slug || "page";
}

// 8 characters of FNV-1a 64 in base 36, like our ShortId: callback data must stay within 64 bytes.
export function shortId(text) {
  let hash = 14695981039346656037n;
  for (let i = 0; i < text.length; i++) hash = BigInt.asUintN(64, (hash ^ BigInt(text.charCodeAt(i))) * 1099511628211n);
  let id = "";
  for (let i = 0; i < 8; i++) {
    id += "0123456789abcdefghijklmnopqrstuvwxyz"[Number(hash % 36n)];
    hash /= 36n;
  }
  return id;
}
