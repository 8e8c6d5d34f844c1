import { getCollection } from 'astro:content';
import { site } from '../../config/site.ts';
import { pagePath } from './entry-markdown.ts';
import { handbookChanges, type Change } from './git-changes.ts';

/** A file a change touched, as /changes/ shows it. */
export interface ChangedPage {
  /** Page title; the file path for a page that no longer exists. */
  title: string;
  /** Root-relative URL, absent for a page that no longer exists. */
  href?: string;
}

/** A change with its pages resolved against the docs collection. */
export interface ChangeView extends Change {
  /** The first 7 characters of the hash, the anchor of the change on /changes/. */
  short: string;
  pages: ChangedPage[];
}

/** The handbook's last 100 changes, with page titles and URLs. */
export async function changeViews(): Promise<{ changes: ChangeView[]; shallow: boolean }> {
  const entries = await getCollection('docs');
  const byFile = new Map(entries.map((entry) => [entry.filePath, entry]));
  const { changes, shallow } = handbookChanges();
  return {
    shallow,
    changes: changes.map((change) => ({
      ...change,
      short: change.hash.slice(0, 7),
      pages: change.files.map((file) => {
        const entry = byFile.get(file);
        return entry ? { title: entry.data.title, href: pagePath(entry.id) } : { title: file };
      }),
    })),
  };
}

/** Absolute URL of a change on /changes/. */
export function changeUrl(change: Pick<ChangeView, 'short'>): string {
  return new URL(`/changes/#change-${change.short}`, site.url).href;
}
