/**
 * Where checklist progress lives in the browser: localStorage when the
 * browser allows it, memory when it does not. Every read and write of
 * checklist progress goes through a {@link ProgressStore}, so no caller
 * touches `localStorage` directly.
 *
 * - Reading `window.localStorage` throws a `SecurityError` when storage is
 *   blocked (for example, all cookies blocked); `setItem` throws a
 *   `QuotaExceededError` when storage is full. Either way the store keeps the
 *   value in memory for this page, reports `persistent: false`, and the
 *   checklist shows a notice that progress will not be saved.
 * - Other tabs learn of a change through the `storage` event; embeds on the
 *   same page through a {@link PROGRESS_EVENT} event on the same target.
 *
 * Spec: https://html.spec.whatwg.org/multipage/webstorage.html
 */

/** The event a store dispatches on its target after a write, for listeners in the same page. */
export const PROGRESS_EVENT = 'checklist-progress-change';

/** A localStorage-backed key-value store that never throws. */
export interface ProgressStore {
  /** The stored value for `key`, or `null` when there is none. */
  read(key: string): string | null;
  /** Stores `value` under `key`, in memory if storage refuses it, and tells listeners. */
  write(key: string, value: string): void;
  /** Deletes `key`, and tells listeners. */
  remove(key: string): void;
  /** False once storage has been found blocked or full: progress then lasts only as long as the page. */
  readonly persistent: boolean;
  /**
   * Calls `listener` when `key` changes in another tab (the `storage` event)
   * or through another store on the same target (e.g. an embed on the same page).
   *
   * @returns A function that removes the listener.
   */
  subscribe(key: string, listener: () => void): () => void;
}

interface Options {
  /** Returns the Storage to use; may throw (as `window.localStorage` does when blocked). */
  storage: () => Storage;
  /** Where `storage` and {@link PROGRESS_EVENT} events arrive: `window` in the browser. */
  target: EventTarget;
}

/**
 * Creates a store. Stores that share a `target` share one in-memory fallback
 * through the module-level map, so an embed and its checklist page agree even
 * when storage is blocked.
 */
export function createProgressStore({ storage, target }: Options): ProgressStore {
  let persistent = true;
  const backing = (): Storage | null => {
    if (!persistent) return null;
    try {
      return storage();
    } catch {
      persistent = false;
      return null;
    }
  };
  const changed = (key: string) => target.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: key }));

  return {
    get persistent() {
      return persistent;
    },
    read(key) {
      const store = backing();
      if (store) {
        try {
          return store.getItem(key);
        } catch {
          persistent = false;
        }
      }
      return memory.get(key) ?? null;
    },
    write(key, value) {
      memory.set(key, value);
      const store = backing();
      if (store) {
        try {
          store.setItem(key, value);
        } catch {
          persistent = false;
        }
      }
      changed(key);
    },
    remove(key) {
      memory.delete(key);
      try {
        backing()?.removeItem(key);
      } catch {
        persistent = false;
      }
      changed(key);
    },
    subscribe(key, listener) {
      const onStorage = (event: Event) => {
        const changedKey = (event as StorageEvent).key;
        if (changedKey === key || changedKey === null) listener();
      };
      const onLocal = (event: Event) => {
        if ((event as CustomEvent<string>).detail === key) listener();
      };
      target.addEventListener('storage', onStorage);
      target.addEventListener(PROGRESS_EVENT, onLocal);
      return () => {
        target.removeEventListener('storage', onStorage);
        target.removeEventListener(PROGRESS_EVENT, onLocal);
      };
    },
  };
}

/** The in-memory fallback, shared by every store in this page. */
const memory = new Map<string, string>();

let browserStore: ProgressStore | undefined;

/** The page's one store, on `window.localStorage` and `window`. Browser only. */
export function progressStore(): ProgressStore {
  browserStore ??= createProgressStore({ storage: () => window.localStorage, target: window });
  return browserStore;
}
