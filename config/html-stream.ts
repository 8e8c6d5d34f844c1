import { Parser } from 'htmlparser2';

/** Where a tag is in the page: offsets of its `<` and of its `>`. */
export interface TagPosition {
  start: number;
  end: number;
}

/** What one step of a pass over a page reads from it: its tags and text, in document order. */
export interface PageReader {
  onopentag?(name: string, attributes: Record<string, string>, at: TagPosition): void;
  ontext?(text: string): void;
  onclosetag?(name: string, at: TagPosition): void;
}

/**
 * Streams one page through several readers in a single parse, with
 * htmlparser2 (entities in attribute values decoded, as browsers do;
 * `<script>` and `<style>` text left raw, as it is there). The build's last
 * pass reads every page once for all its steps (config/post-build.ts).
 */
export function readPage(html: string, readers: readonly PageReader[]): void {
  const at = (): TagPosition => ({ start: parser.startIndex, end: parser.endIndex });
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        for (const r of readers) r.onopentag?.(name, attributes, at());
      },
      ontext(text) {
        for (const r of readers) r.ontext?.(text);
      },
      onclosetag(name) {
        for (const r of readers) r.onclosetag?.(name, at());
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
}
