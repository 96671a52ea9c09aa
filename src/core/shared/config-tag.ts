/**
 * A config as a ready-to-paste tag, and back: what the config editor copies (`<coop-questionnaire config='…'>`)
 * and what it reads when an editor pastes a tag from a page. Pure string work, no DOM parser: a page with
 * Trusted Types may not hand HTML to one.
 */

/** Escapes text for an HTML attribute value in single quotes. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `<tag config='{…}'></tag>`: the config as compact JSON in an attribute, escaped. */
export function configTag(tag: string, config: unknown): string {
  return `<${tag} config='${escapeAttribute(JSON.stringify(config))}'></${tag}>`;
}

/** `<tag><script type="application/json">…</script></tag>`: the config as a child, `</` made harmless. */
export function configScriptTag(tag: string, config: unknown): string {
  const json = JSON.stringify(config, null, 2).replace(/<\//g, '<\\/');
  return `<${tag}>\n<script type="application/json">\n${json}\n</script>\n</${tag}>`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references of an attribute value (`&amp;`, `&#39;`, `&#x27;`, `&quot;`…). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * The config text of a pasted tag: its `config` attribute (quoted either way), else its
 * `<script type="application/json">` child; text that is already JSON is returned as it is. `undefined` when
 * there is none.
 */
export function readConfigTag(html: string): string | undefined {
  const trimmed = html.trim();
  if (trimmed.startsWith('{')) return trimmed;
  const open = /<coop-[a-z-]+\b([^>]*)>/i.exec(trimmed);
  if (open) {
    const attribute = /\sconfig\s*=\s*(?:'([^']*)'|"([^"]*)")/i.exec(open[1] ?? '');
    if (attribute) return decodeEntities(attribute[1] ?? attribute[2] ?? '');
  }
  const script = /<script\b[^>]*type\s*=\s*["']?application\/json["']?[^>]*>([\s\S]*?)<\/script\s*>/i.exec(trimmed);
  return script ? (script[1] ?? '').trim() : undefined;
}
