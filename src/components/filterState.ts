// One piece of state flows one way: URL → filter state → every view. Views
// call `set` when the reader changes the filter; they never talk to each other.

export interface FilterState {
  actors: readonly string[];
}

export interface FilterStore {
  get(): FilterState;
  /** Replaces the state and notifies subscribers (unless nothing changed). */
  set(next: FilterState, origin?: string): void;
  /** Calls `fn` now and on every change; returns an unsubscribe function. */
  subscribe(fn: (state: FilterState, origin: string | undefined) => void): () => void;
}

export function createFilterStore(initial: FilterState): FilterStore {
  let state = initial;
  const listeners = new Set<(state: FilterState, origin: string | undefined) => void>();
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return {
    get: () => state,
    set(next, origin) {
      if (same(next.actors, state.actors)) return;
      state = {actors: [...next.actors]};
      for (const fn of listeners) fn(state, origin);
    },
    subscribe(fn) {
      listeners.add(fn);
      fn(state, undefined);
      return () => listeners.delete(fn);
    }
  };
}
