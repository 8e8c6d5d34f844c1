/**
 * A minimal Atom 1.0 feed (RFC 4287, https://www.rfc-editor.org/rfc/rfc4287).
 * Every entry has the required `id`, `title` and `updated`; the feed has
 * `id`, `title`, `updated`, an `author` and `self` and `alternate` links.
 */

/** One entry; `html` is an HTML fragment, escaped into `<content type="html">`. */
export interface AtomEntry {
  /** A permanent, unique IRI; here the entry's URL on /changes/, which includes the commit hash. */
  id: string;
  title: string;
  updated: Date;
  link: string;
  html: string;
}

export interface AtomFeed {
  /** Absolute URL of the feed itself. */
  self: string;
  /** Absolute URL of the HTML page the feed mirrors; also the feed's id. */
  alternate: string;
  title: string;
  author: string;
  entries: readonly AtomEntry[];
}

/** Escapes text for XML element content and attribute values. */
export function xmlEscape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The feed document. `updated` is the newest entry's date, or the epoch for an empty feed. */
export function atomFeed(feed: AtomFeed): string {
  const updated = feed.entries.reduce((newest, entry) => Math.max(newest, entry.updated.getTime()), 0);
  const entries = feed.entries.map((entry) =>
    [
      '  <entry>',
      `    <id>${xmlEscape(entry.id)}</id>`,
      `    <title>${xmlEscape(entry.title)}</title>`,
      `    <updated>${entry.updated.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${xmlEscape(entry.link)}"/>`,
      `    <content type="html">${xmlEscape(entry.html)}</content>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.alternate)}</id>`,
    `  <title>${xmlEscape(feed.title)}</title>`,
    `  <updated>${new Date(updated).toISOString()}</updated>`,
    `  <author><name>${xmlEscape(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlEscape(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xmlEscape(feed.alternate)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
