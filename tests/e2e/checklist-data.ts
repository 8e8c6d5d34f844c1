import { fileURLToPath } from 'node:url';
import { checklistGroups, checklistItems } from '../../src/lib/checklist-groups.ts';
import { loadChecklists } from '../../src/lib/load-checklists.ts';
import type { ChecklistData } from '../../src/schemas/checklist.ts';

/**
 * The checklists in content/checklists/, read and validated with the site's
 * own loader (src/lib/load-checklists.ts), for browser tests that derive
 * their expectations from the data instead of naming items or counts.
 */
export const CHECKLISTS: ChecklistData[] = loadChecklists(
  fileURLToPath(new URL('../../content/checklists/', import.meta.url)),
);

/** Items a test of a checklist page ticks and names: at least this many. */
export const MIN_ITEMS = 4;

/**
 * The checklist the page tests run on: the first (by id) with a workflow
 * stage, at least two titled sections and {@link MIN_ITEMS} items, so that
 * section headings, several ticks and the stage link are all exercised.
 *
 * @throws {Error} If no checklist has that shape, naming what is missing, so
 *   the tests fail instead of passing without checking anything.
 */
export function pageChecklist(): ChecklistData {
  const found = CHECKLISTS.find(
    (c) =>
      c.stage !== undefined &&
      checklistGroups(c).filter((g) => g.title).length >= 2 &&
      checklistItems(c).length >= MIN_ITEMS,
  );
  if (!found) {
    throw new Error(
      `content/checklists/ needs a checklist with a stage, two or more sections and at least ${MIN_ITEMS} items for the checklist page tests`,
    );
  }
  return found;
}

/** The checklist with this id; throws naming the id if it is gone. */
export function checklistById(id: string): ChecklistData {
  const found = CHECKLISTS.find((c) => c.id === id);
  if (!found) throw new Error(`content/checklists/${id}.yaml is missing, but a page embeds it`);
  return found;
}
