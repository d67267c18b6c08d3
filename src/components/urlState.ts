// URL ⇄ filter state. The query string is the single source of truth for the
// actor filter (`?actor=a,b`) and the story step (`?step=N`): pages read it on
// load and on back/forward, and write it when the reader changes something.
// Anything in the URL that is not a known id is reported, never rendered as
// markup and never thrown on.

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ActorParam {
  /** Known actor ids, in the order given, without duplicates. */
  actors: string[];
  /** Values that are not known actor ids (shown to the reader as text in a notice). */
  unknown: string[];
}

export function parseActorParam(search: string, validIds: ReadonlySet<string> | readonly string[]): ActorParam {
  const valid = validIds instanceof Set ? validIds : new Set(validIds as readonly string[]);
  const raw = new URLSearchParams(search).getAll("actor").flatMap((v) => v.split(","));
  const actors: string[] = [];
  const unknown: string[] = [];
  for (const value of raw.map((v) => v.trim()).filter(Boolean)) {
    if (ID.test(value) && valid.has(value)) {
      if (!actors.includes(value)) actors.push(value);
    } else if (!unknown.includes(value)) {
      unknown.push(value.length > 60 ? `${value.slice(0, 57)}…` : value);
    }
  }
  return {actors, unknown};
}

/** Returns `search` with `?actor=` set to the given ids (removed when empty), other parameters kept. */
export function withActorParam(search: string, actors: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete("actor");
  if (actors.length) params.set("actor", actors.join(","));
  const s = params.toString().replace(/%2C/g, ",");
  return s ? `?${s}` : "";
}

/** Parses `?step=N` (1-based in the URL), clamped to the number of steps; null when absent or invalid. */
export function parseStepParam(search: string, nSteps: number): number | null {
  const raw = new URLSearchParams(search).get("step");
  if (raw === null || !/^\d{1,4}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= nSteps ? n - 1 : null;
}

export interface UrlBinding {
  /** Writes the actor filter to the URL as a new history entry (so Back restores the previous filter). */
  pushActors(actors: readonly string[]): void;
  /** Stops listening to back/forward. */
  dispose(): void;
}

/**
 * Binds the actor filter to the location: `onChange` is called with the parsed
 * parameter on back/forward. The page calls `pushActors` when the reader changes the filter.
 */
export function bindActorUrl(validIds: readonly string[], onChange: (param: ActorParam) => void, win: Window = window): UrlBinding {
  const onPop = () => onChange(parseActorParam(win.location.search, validIds));
  win.addEventListener("popstate", onPop);
  return {
    pushActors(actors) {
      const search = withActorParam(win.location.search, actors);
      if (search === win.location.search) return;
      win.history.pushState(null, "", `${win.location.pathname}${search}${win.location.hash}`);
    },
    dispose() {
      win.removeEventListener("popstate", onPop);
    }
  };
}

/** A link to another page carrying the actor filter: `exploreHref("./stance-map?view=map", ["xi"])` → "./stance-map?view=map&actor=xi". */
export function exploreHref(href: string, actors: readonly string[]): string {
  const [path = "", query = ""] = href.split("#")[0]!.split("?");
  return `${path}${withActorParam(query ? `?${query}` : "", actors)}`;
}
