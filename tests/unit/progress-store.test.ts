import { describe, expect, it, vi } from 'vitest';
import { createProgressStore, PROGRESS_EVENT } from '../../src/lib/progress-store.ts';

/** A minimal Storage over a Map, whose setItem can be made to fail like a full quota. */
function fakeStorage({ full = false } = {}): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const blocked = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

describe('createProgressStore', () => {
  it('reads, writes and removes through storage when it works', () => {
    const storage = fakeStorage();
    const store = createProgressStore({ storage: () => storage, target: new EventTarget() });
    expect(store.read('checklist:a')).toBeNull();
    store.write('checklist:a', '{"v":1}');
    expect(storage.getItem('checklist:a')).toBe('{"v":1}');
    expect(store.read('checklist:a')).toBe('{"v":1}');
    store.remove('checklist:a');
    expect(storage.getItem('checklist:a')).toBeNull();
    expect(store.persistent).toBe(true);
  });

  it('keeps progress in memory and reports it when storage is blocked', () => {
    const store = createProgressStore({ storage: blocked, target: new EventTarget() });
    expect(store.read('checklist:blocked')).toBeNull();
    expect(store.persistent).toBe(false);
    store.write('checklist:blocked', 'x');
    expect(store.read('checklist:blocked')).toBe('x');
    store.remove('checklist:blocked');
    expect(store.read('checklist:blocked')).toBeNull();
  });

  it('keeps the tick in memory when storage is full, instead of losing it', () => {
    const store = createProgressStore({
      storage: () => fakeStorage({ full: true }),
      target: new EventTarget(),
    });
    store.write('checklist:full', 'ticked');
    expect(store.persistent).toBe(false);
    expect(store.read('checklist:full')).toBe('ticked');
  });

  it('survives a storage whose reads and removals throw', () => {
    const broken = { ...fakeStorage(), getItem: blocked, removeItem: blocked } as Storage;
    const store = createProgressStore({ storage: () => broken, target: new EventTarget() });
    expect(store.read('checklist:broken')).toBeNull();
    expect(store.persistent).toBe(false);
    const other = createProgressStore({ storage: () => broken, target: new EventTarget() });
    expect(() => other.remove('checklist:broken')).not.toThrow();
    expect(other.persistent).toBe(false);
  });

  it('tells subscribers of its own writes, of other stores on the target, and of other tabs', () => {
    const target = new EventTarget();
    const storage = fakeStorage();
    const a = createProgressStore({ storage: () => storage, target });
    const b = createProgressStore({ storage: () => storage, target });
    const listener = vi.fn();
    const unsubscribe = b.subscribe('checklist:x', listener);

    a.write('checklist:x', '1');
    a.write('checklist:other', '1');
    expect(listener).toHaveBeenCalledTimes(1);

    // Another tab: the browser fires `storage` with the key (or null after clear()).
    const storageEvent = (key: string | null) => Object.assign(new Event('storage'), { key });
    target.dispatchEvent(storageEvent('checklist:x'));
    target.dispatchEvent(storageEvent('checklist:other'));
    target.dispatchEvent(storageEvent(null));
    expect(listener).toHaveBeenCalledTimes(3);

    unsubscribe();
    a.remove('checklist:x');
    target.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: 'checklist:x' }));
    expect(listener).toHaveBeenCalledTimes(3);
  });
});
