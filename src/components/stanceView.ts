// What the stance views (StanceGrid, StanceMap, CounterclaimArrows, ClaimList)
// share: the state a page or a story step hands them, how a partial update is
// merged, the order of actors, and how a component follows its own width.
//
// State shape (every field optional; a field left out keeps its last value,
// an empty array clears it):
//
//   {
//     actors?: string[]           // the actor filter: only these actors are shown; [] = everyone
//     highlightActors?: string[]  // emphasise these actors (tinted row / ring) without hiding others
//     highlightClaims?: string[]  // emphasise the cells, dots and list rows that hold these claims
//     showArrows?: string[]       // counterclaim ids whose arrows are drawn, in this order; [] = none
//     view?: "grid" | "map"       // which view a page or story shows (ViewSwitch uses it; charts ignore it)
//     width?: number              // the container width in px (followed automatically in a browser)
//   }
//
// An actor at the other end of a drawn arrow is shown even when the filter
// hides it (marked "shown for an arrow"), so an arrow never points at nothing.
import type {ActorRow} from "../../loaders/tables.js";
import {el} from "./dom.js";
import {useStyles} from "./styles.js";

export interface StanceViewState {
  /** The actor filter: only these actors are shown. Empty: everyone. */
  actors?: readonly string[];
  /** Actors to emphasise without hiding the others. */
  highlightActors?: readonly string[];
  /** Claims to emphasise: the cells, dots and rows that hold them. */
  highlightClaims?: readonly string[];
  /** Counterclaim ids whose arrows are drawn, in this order. Empty: none. */
  showArrows?: readonly string[];
  /** Which view is shown ("grid" or "map"); used by ViewSwitch, ignored by the charts. */
  view?: string;
  /** The container's width in px; followed automatically where ResizeObserver exists. */
  width?: number;
}

export interface ResolvedViewState {
  actors: readonly string[];
  highlightActors: readonly string[];
  highlightClaims: readonly string[];
  showArrows: readonly string[];
  view: string | undefined;
  width: number;
}

/** Merges a partial update into the current state: absent fields keep their value. */
export function mergeViewState(current: ResolvedViewState, next: StanceViewState): ResolvedViewState {
  return {
    actors: next.actors ? [...next.actors] : current.actors,
    highlightActors: next.highlightActors ? [...next.highlightActors] : current.highlightActors,
    highlightClaims: next.highlightClaims ? [...next.highlightClaims] : current.highlightClaims,
    showArrows: next.showArrows ? [...next.showArrows] : current.showArrows,
    view: next.view ?? current.view,
    width: next.width !== undefined && next.width > 0 ? Math.round(next.width) : current.width
  };
}

export function initialViewState(width: number, state: StanceViewState = {}): ResolvedViewState {
  return mergeViewState({actors: [], highlightActors: [], highlightClaims: [], showArrows: [], view: undefined, width}, state);
}

/** Most claims first, then by name: the order of rows, strip entries and lists. */
export function compareActors(a: Pick<ActorRow, "n_claims" | "name">, b: Pick<ActorRow, "n_claims" | "name">): number {
  if (a.n_claims !== b.n_claims) return b.n_claims - a.n_claims;
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Options for the actor filter: every actor with claims, most claims first, counting claims. */
export function actorOptions(actors: readonly ActorRow[]): {id: string; name: string; count: number}[] {
  return actors
    .filter((a) => a.n_claims > 0)
    .sort(compareActors)
    .map((a) => ({id: a.id, name: a.name, count: a.n_claims}));
}

/**
 * Calls `onResize(width)` when the element's width changes (never with 0, i.e.
 * while hidden) and `onResize(undefined)` when only its height changes. The
 * callback runs in the next animation frame, so that re-laying out inside it
 * cannot cause a ResizeObserver loop. Without ResizeObserver (jsdom) nothing
 * is observed and the component keeps the width it was given.
 */
export function observeSize(element: Element, onResize: (width: number | undefined) => void): () => void {
  if (typeof ResizeObserver === "undefined") return () => {};
  let lastWidth = 0;
  let lastHeight = 0;
  let frame = 0;
  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const width = Math.round(entry.contentRect.width);
    const height = Math.round(entry.contentRect.height);
    if (width === 0) return;
    const widthChanged = width !== lastWidth;
    if (!widthChanged && height === lastHeight) return;
    lastWidth = width;
    lastHeight = height;
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => onResize(widthChanged ? width : undefined));
  });
  observer.observe(element);
  return () => {
    cancelAnimationFrame(frame);
    observer.disconnect();
  };
}

/** Dispatched (not bubbling) on a view's element when ViewSwitch shows it. */
export const SHOWN_EVENT = "wz-shown";

/**
 * Runs `fn` now, unless `element` is inside a `hidden` ancestor (the view a
 * ViewSwitch is not showing): then once, when it is shown again (ViewSwitch's
 * SHOWN_EVENT, or its size becoming non-zero). A hidden view costs nothing on
 * a filter change, which matters with thousands of claims. Outside a browser
 * (no ResizeObserver) and for detached elements, `fn` always runs now.
 */
export function deferWhileHidden(element: Element, fn: () => void): {run(): void; dispose(): void} {
  let pending = false;
  const flush = () => {
    if (!pending) return;
    pending = false;
    fn();
  };
  const observer =
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver((entries) => {
          // Shown by other means than ViewSwitch: render in the next frame (never inside the observer).
          if (pending && (entries[entries.length - 1]?.contentRect.width ?? 0) > 0) requestAnimationFrame(flush);
        });
  observer?.observe(element);
  element.addEventListener(SHOWN_EVENT, flush);
  return {
    run() {
      if (observer && element.isConnected && element.closest("[hidden]")) pending = true;
      else {
        pending = false;
        fn();
      }
    },
    dispose() {
      observer?.disconnect();
      element.removeEventListener(SHOWN_EVENT, flush);
    }
  };
}

export function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** "Rule of law" → "rule of law" (leaves acronyms alone). */
export function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
}

/** Moves focus without scrolling the page when the element is already in view. */
export function focusElement(node: HTMLElement | SVGElement | null | undefined): void {
  if (!node) return;
  node.focus({preventScroll: false});
}

// ---------------------------------------------------------------------------
// ViewSwitch: two (or more) toggle buttons that show one view at a time. The
// choice is kept in the URL (`?view=map`, replaced rather than pushed, so the
// filter's history entries stay the ones Back walks through) and restored on
// load and on back/forward. A `?view=` that names no view is ignored, with a
// notice (as text) saying so.

export interface ViewOption {
  id: string;
  label: string;
  element: Element;
}

export interface ViewSwitchOptions {
  /** The view shown when the URL names none (default: the first). */
  initial?: string;
  /** Query parameter that keeps the view; null keeps nothing in the URL. */
  param?: string | null;
  /** Accessible name of the button group. */
  label?: string;
  onChange?: (view: string) => void;
  id?: string;
}

export type ViewSwitchElement = HTMLElement & {update(state: {view?: string}): void; view(): string; destroy(): void};

const SWITCH_CSS = `
.wz-view-switch .wz-vs-bar { display: flex; flex-wrap: wrap; gap: .5em; align-items: center; margin: 0 0 .75em; }
.wz-view-switch .wz-vs-buttons { display: inline-flex; border: 1px solid var(--wz-rule); border-radius: 6px; overflow: hidden; }
.wz-view-switch .wz-vs-buttons button { min-height: 36px; min-width: 64px; padding: .25em 1em; border: 0; background: transparent; cursor: pointer; }
.wz-view-switch .wz-vs-buttons button + button { border-left: 1px solid var(--wz-rule); }
.wz-view-switch .wz-vs-buttons button[aria-pressed="true"] { background: var(--wz-fg); color: var(--wz-bg); font-weight: 650; }
.wz-view-switch .wz-vs-buttons button:focus-visible { outline-offset: -4px; }
`;

export function ViewSwitch(views: readonly ViewOption[], options: ViewSwitchOptions = {}): ViewSwitchElement {
  useStyles("view-switch", SWITCH_CSS);
  const {param = "view", label = "Show as", onChange, id = "view-switch"} = options;
  const ids = views.map((v) => v.id);
  const fallback = options.initial && ids.includes(options.initial) ? options.initial : (ids[0] ?? "");
  const fromUrl = (): string => {
    if (!param || typeof location === "undefined") return fallback;
    const value = new URLSearchParams(location.search).get(param);
    return value && ids.includes(value) ? value : fallback;
  };
  let current = fromUrl();
  // Shown only while the address holds a `?view=` that names no view.
  const notice = el("p", {class: "wz wz-notice", role: "status", id: `${id}-notice`});
  function checkUrl() {
    const value = param && typeof location !== "undefined" ? new URLSearchParams(location.search).get(param) : null;
    if (value && !ids.includes(value)) {
      const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
      notice.textContent = `No view matches “${shown}” in the address, so it is ignored. Showing ${views.find((v) => v.id === fallback)?.label ?? fallback}.`;
      if (notice.parentNode !== root) root.prepend(notice);
    } else notice.remove();
  }

  const buttons = views.map((v) => el("button", {type: "button", "data-view": v.id, "aria-controls": `${id}-${v.id}`}, v.label));
  const panes = views.map((v) => el("div", {class: "wz-vs-pane", id: `${id}-${v.id}`, "data-view": v.id}, v.element));
  const root = el(
    "div",
    {class: "wz wz-view-switch", id},
    el("div", {class: "wz-vs-bar"}, el("span", {id: `${id}-label`}, label), el("div", {class: "wz-vs-buttons", role: "group", "aria-labelledby": `${id}-label`}, buttons)),
    panes
  ) as unknown as ViewSwitchElement;

  function render() {
    buttons.forEach((b, i) => b.setAttribute("aria-pressed", String(ids[i] === current)));
    panes.forEach((p, i) => {
      const shown = p.hidden && ids[i] === current;
      p.hidden = ids[i] !== current;
      // A view that skipped updates while hidden catches up before it is painted.
      if (shown) views[i]!.element.dispatchEvent(new Event(SHOWN_EVENT));
    });
  }
  function set(view: string, origin: "reader" | "url" | "update") {
    if (!ids.includes(view) || view === current) return;
    current = view;
    render();
    if (origin === "reader" && param && typeof history !== "undefined") {
      const params = new URLSearchParams(location.search);
      if (view === fallback) params.delete(param);
      else params.set(param, view);
      const search = params.toString().replace(/%2C/g, ",");
      history.replaceState(history.state, "", `${location.pathname}${search ? `?${search}` : ""}${location.hash}`);
      checkUrl();
    }
    onChange?.(view);
  }
  buttons.forEach((b, i) => b.addEventListener("click", () => set(ids[i]!, "reader")));
  const onPop = () => {
    checkUrl();
    set(fromUrl(), "url");
  };
  if (param && typeof window !== "undefined") window.addEventListener("popstate", onPop);

  root.update = ({view}) => {
    if (view) set(view, "update");
  };
  root.view = () => current;
  checkUrl();
  root.destroy = () => {
    if (typeof window !== "undefined") window.removeEventListener("popstate", onPop);
  };
  render();
  return root;
}
