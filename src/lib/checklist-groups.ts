import type { ChecklistData, ChecklistItemData } from '../schemas/checklist.ts';

/**
 * How a checklist's items are grouped: into its sections on the page, and
 * into workflow stages on /checklists/.
 */

/** A checklist's items grouped by section; a checklist without sections is one untitled group. */
export function checklistGroups(data: ChecklistData): { title?: string; items: ChecklistItemData[] }[] {
  return data.sections ?? [{ items: data.items ?? [] }];
}

/** Every item of a checklist, in order. */
export function checklistItems(data: ChecklistData): ChecklistItemData[] {
  return checklistGroups(data).flatMap((group) => group.items);
}

/**
 * The filter value and label of a checklist's stage; onboarding checklists
 * have their own group.
 *
 * @param stageTitles Stage id → title, from the `workflow` collection
 *   (content/workflow/stages.yaml), e.g. `testing` → `Testing`.
 * @throws {Error} If `stageTitles` has no title for the checklist's stage.
 */
export function stageGroup(
  data: ChecklistData,
  stageTitles: ReadonlyMap<string, string>,
): { value: string; label: string } {
  if (!data.stage) return { value: 'onboarding', label: 'Onboarding' };
  const label = stageTitles.get(data.stage);
  if (label === undefined) {
    throw new Error(
      `content/checklists/${data.id}.yaml: stage "${data.stage}" has no entry in content/workflow/stages.yaml. Add the stage there.`,
    );
  }
  return { value: data.stage, label };
}
