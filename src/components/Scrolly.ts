// Scrollytelling driven by position, not by a sequence of events: the active
// step is always the step most in view, recomputed from the layout on scroll
// and resize. A fast scroll, a reload in the middle of the story or a jump to
// `?step=N` therefore lands on the right step without playing the steps in
// between (Scrollama's #26, #56, #78). The URL follows the step (`?step=N`):
// one history entry per step the reader paused on, so Back and Forward move
// between steps. A `?step=` that names no step is ignored, and a notice before
// the first step says so (as text: the value comes from the URL).
import {parseStepParam} from "./urlState.js";

export interface ScrollyOptions {
  /** The step elements, in reading order. */
  steps: readonly HTMLElement[];
  /** Called with the 0-based index of the new active step (never for intermediate steps). */
  onStep: (index: number) => void;
  /**
   * The part of the viewport where text is read, as [top, bottom] in px from
   * the viewport's top: below a fixed header, or below a sticky graphic on a phone.
   */
  readingBand?: () => [number, number];
  /** Milliseconds on a step before a history entry is pushed. */
  settleMs?: number;
  win?: Window;
}

export interface Scrolly {
  current(): number;
  /** Scrolls to a step (instantly: nothing in between is played) and activates it. */
  goTo(index: number): void;
  dispose(): void;
}

/** The index of the step with the most visible height inside the band (ties: the earlier step). */
export function mostInView(rects: readonly {top: number; bottom: number}[], band: [number, number]): number {
  let best = 0;
  let bestVisible = -1;
  rects.forEach((r, i) => {
    const visible = Math.max(0, Math.min(r.bottom, band[1]) - Math.max(r.top, band[0]));
    if (visible > bestVisible) {
      best = i;
      bestVisible = visible;
    }
  });
  // Before the first step or past the last one, hold the nearest end.
  if (bestVisible === 0 && rects.length) {
    if (rects[0]!.top >= band[1]) return 0;
    if (rects[rects.length - 1]!.bottom <= band[0]) return rects.length - 1;
  }
  return best;
}

export function createScrolly({steps, onStep, readingBand, settleMs = 800, win = window}: ScrollyOptions): Scrolly {
  const band = readingBand ?? (() => [0, win.innerHeight] as [number, number]);
  let active = -1;
  let frame = 0;
  let settle = 0;
  let restoring = false;

  function setStep(index: number) {
    if (index === active) return;
    active = index;
    steps.forEach((s, i) => s.toggleAttribute("data-active", i === index));
    onStep(index);
    writeUrl(index);
  }

  function urlFor(index: number) {
    const params = new URLSearchParams(win.location.search);
    params.set("step", String(index + 1));
    return `${win.location.pathname}?${params.toString().replace(/%2C/g, ",")}${win.location.hash}`;
  }

  // The current history entry holds a step the reader stayed on: leaving it
  // pushes a new entry (so Back returns to it); until the new step settles,
  // further moves only replace that entry, keeping history one entry per pause.
  let settled = false;
  function writeUrl(index: number) {
    if (restoring) return;
    if (settled) win.history.pushState({step: index}, "", urlFor(index));
    else win.history.replaceState({step: index}, "", urlFor(index));
    settled = false;
    win.clearTimeout(settle);
    settle = win.setTimeout(() => (settled = true), settleMs);
  }

  function measure() {
    frame = 0;
    setStep(mostInView(steps.map((s) => s.getBoundingClientRect()), band()));
  }
  const schedule = () => {
    if (!frame) frame = win.requestAnimationFrame(measure);
  };

  function goTo(index: number) {
    const step = steps[Math.max(0, Math.min(steps.length - 1, index))];
    if (!step) return;
    const [top, bottom] = band();
    const rect = step.getBoundingClientRect();
    // Centre the step in the reading band; instant, so no intermediate step is seen.
    const target = win.scrollY + rect.top - top - Math.max(0, (bottom - top - rect.height) / 2);
    win.scrollTo({top: Math.max(0, target), behavior: "instant" as ScrollBehavior});
    setStep(steps.indexOf(step));
  }

  function onPop() {
    const index = parseStepParam(win.location.search, steps.length);
    if (index === null) return;
    restoring = true;
    goTo(index);
    restoring = false;
    settled = true;
  }

  // The browser would restore the scroll position it saved for a history
  // entry, which is where the reader was when the next entry was pushed (the
  // next step): the step in the URL decides instead.
  const restoration = win.history.scrollRestoration;
  win.history.scrollRestoration = "manual";
  win.addEventListener("scroll", schedule, {passive: true});
  win.addEventListener("resize", schedule);
  win.addEventListener("popstate", onPop);

  const initial = parseStepParam(win.location.search, steps.length);
  const raw = new URLSearchParams(win.location.search).get("step");
  let notice: HTMLElement | null = null;
  if (initial === null && raw && steps[0]) {
    notice = win.document.createElement("p");
    notice.className = "wz wz-notice";
    notice.setAttribute("role", "status");
    const shown = raw.length > 60 ? `${raw.slice(0, 57)}…` : raw;
    notice.textContent = `No step matches “${shown}” in the address, so it is ignored and the story starts at the beginning.`;
    steps[0].before(notice);
  }
  if (initial !== null) {
    restoring = true;
    goTo(initial);
    restoring = false;
    settled = true;
  } else measure();

  return {
    current: () => active,
    goTo,
    dispose() {
      win.removeEventListener("scroll", schedule);
      win.removeEventListener("resize", schedule);
      win.removeEventListener("popstate", onPop);
      win.history.scrollRestoration = restoration;
      if (frame) win.cancelAnimationFrame(frame);
      win.clearTimeout(settle);
      notice?.remove();
    }
  };
}
