// A key for comparing names and titles, like our TextNormalizer.Key: no whitespace (incl. U+00A0, U+3000),
// no zero-width characters, full-width ASCII folded to half-width, lower-case.
export function key(text) {
  let out = "";
  for (const ch of String(text ?? "")) {
    const code = ch.codePointAt(0);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += String.fromCodePoint(code - 0xfee0).toLowerCase();
    } else if (!/[\s\u200b-\u200d\ufeff]/u.test(ch)) {
      out += ch.toLowerCase();
    }
  }
  return out;
}
