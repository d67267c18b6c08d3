// The story's one graphic: the grid, the map and the timeline, each built once
// and kept; a story step only calls `update(state)`, which shows one view and
// hands the others' state to them, so nothing is rebuilt while scrolling and
// transitions can run. The stage has a fixed size (set by the page's CSS), so
// changing views never moves the text; a view taller than the stage is scaled
// down to fit rather than cut or allowed to push the page.
//
// State (every field optional; a field left out keeps its value, [] clears):
//   view:            "grid" | "map" | "timeline"
//   actors:          string[]   filter (stance views and timeline)
//   highlightActors: string[]   emphasise without hiding (stance views)
//   highlightClaims: string[]   emphasise these claims (stance views)
//   showArrows:      string[]   counterclaim arrows to draw (stance views)
//   highlightEvents: string[]   events to emphasise (timeline)
//   caption:         string     what the graphic shows now, in words (also read by screen readers)
import {el, replaceChildren} from "./dom.js";
import {StanceGrid} from "./StanceGrid.js";
import {StanceMap} from "./StanceMap.js";
import type {TimelineElement} from "./Timeline.js";
import {useStyles} from "./styles.js";
import type {ActorRow, ClaimRow, CounterclaimRow, EventRow, PositionRow, StanceRow, StoryMetaRow} from "../../loaders/tables.js";

export type StoryView = "grid" | "map" | "timeline";

export interface StoryState {
  view?: StoryView;
  actors?: readonly string[];
  highlightActors?: readonly string[];
  highlightClaims?: readonly string[];
  showArrows?: readonly string[];
  highlightEvents?: readonly string[];
  caption?: string;
}

export interface StoryGraphicData {
  actors: readonly ActorRow[];
  claims: readonly ClaimRow[];
  counterclaims: readonly CounterclaimRow[];
  stances: readonly StanceRow[];
  positions: readonly PositionRow[];
  events: readonly EventRow[];
  story: StoryMetaRow;
}

export interface StoryGraphicOptions {
  id?: string;
  sourceHref?: string;
  /** Width in px at creation; the views then follow their own width. */
  width?: number;
  /** Labels of the views, for the caption's prefix. */
  viewLabels?: Partial<Record<StoryView, string>>;
  /**
   * Where the current view can be explored full size. Shown when the view had
   * to be scaled down to fit: a scaled view is a picture (its controls would
   * be too small to touch), and this link leads to the interactive one.
   */
  exploreHref?: (state: Required<StoryState>) => string;
  /** Below this stage width the timeline shows only the step's highlighted events. */
  compactBelow?: number;
}

export type StoryGraphicElement = HTMLElement & {
  update(state: StoryState): void;
  state(): Required<StoryState>;
  /** Re-fits the active view to the stage (after the stage is resized). */
  fit(): void;
  destroy(): void;
};

const CSS = `
.wz-story-graphic { margin: 0; display: flex; flex-direction: column; height: 100%; background: var(--wz-bg); }
.wz-story-graphic .wz-story-caption { flex: none; font-weight: 600; margin: 0 0 .35em; line-height: 1.35; /* a title line and up to three caption lines, reserved so the stage never moves */ min-height: calc(1.35em + 3 * 1.35 * .85em); }
.wz-story-graphic .wz-story-caption small { display: block; font-weight: 400; color: var(--wz-muted); font-size: .85em; }
.wz-story-graphic .wz-story-explore { flex: none; align-self: flex-start; display: inline-block; min-height: 24px; margin: 0 0 .35em; color: var(--wz-focus); text-decoration: underline; }
.wz-story-graphic .wz-story-stage { position: relative; flex: 1 1 auto; min-height: 0; overflow: hidden; }
.wz-story-graphic .wz-story-view { position: absolute; left: 0; right: 0; top: 0; transform-origin: top center; opacity: 0; visibility: hidden; transition: opacity 400ms ease, visibility 0s linear 400ms; }
.wz-story-graphic .wz-story-view[data-active] { opacity: 1; visibility: visible; transition: opacity 400ms ease, visibility 0s; }
/* On small screens the timeline shows each step's own events, so its legend
   varies: its full height is reserved so the chart below never moves (CLS 0). */
@media (max-width: 640px) { .wz-story-graphic .wz-tl-legendslot { min-height: 9.5em; } }
/* The step's text explains the view, so the views' own how-to paragraphs give way to the marks; legends stay. */
.wz-story-graphic .wz-sg-intro, .wz-story-graphic .wz-sm-intro, .wz-story-graphic .wz-tl-help { display: none; }
@media (prefers-reduced-motion: reduce) { .wz-story-graphic .wz-story-view, .wz-story-graphic .wz-story-view[data-active] { transition: none; } }
`;

export function StoryGraphic(data: StoryGraphicData, options: StoryGraphicOptions = {}): StoryGraphicElement {
  useStyles("story-graphic", CSS);
  const {id = "story", sourceHref = "/source", width = 640, compactBelow = 600} = options;
  const labels: Record<StoryView, string> = {grid: "Where they stand", map: "The two axes", timeline: "Timeline", ...options.viewLabels};
  const {story} = data;
  const grid = StanceGrid(
    {actors: data.actors, stances: data.stances, claims: data.claims, topics: story.topics, axes: story.axes, counterclaims: data.counterclaims},
    {id: `${id}-grid`, sourceHref, width, headingLevel: 3}
  );
  const map = StanceMap({positions: data.positions, axes: story.axes, claims: data.claims, actors: data.actors, counterclaims: data.counterclaims}, {id: `${id}-map`, sourceHref, width, headingLevel: 3});
  // The timeline (and d3-time with it) is loaded the first time a step asks
  // for it: readers who stop early never pay for it, and the page's first
  // load stays within its weight budget.
  let timeline: TimelineElement | null = null;
  let timelineLoading = false;
  function ensureTimeline() {
    if (timeline || timelineLoading) return;
    timelineLoading = true;
    views.timeline.append(el("p", {class: "wz-muted"}, "Loading the timeline…"));
    void import("./Timeline.js").then(({Timeline}) => {
      // No width: the timeline follows its own container (a fixed width would freeze it).
      timeline = Timeline({events: data.events, claims: data.claims, actors: data.actors}, {id: `${id}-timeline`, sourceHref, list: false, headingLevel: 3, verticalBelow: 0});
      replaceChildren(views.timeline, timeline);
      root.update({});
    });
  }

  const views: Record<StoryView, HTMLElement> = {
    grid: el("div", {class: "wz-story-view", "data-view": "grid"}, grid),
    map: el("div", {class: "wz-story-view", "data-view": "map"}, map),
    timeline: el("div", {class: "wz-story-view", "data-view": "timeline"})
  };
  const title = el("span", {class: "wz-story-title"});
  const detail = el("small", {});
  // One polite live region: a screen reader hears what the graphic now shows, once per step.
  const caption = el("p", {class: "wz-story-caption", "aria-live": "polite", id: `${id}-caption`}, title, detail);
  const explore = el("a", {class: "wz-story-explore", href: "#", style: "visibility: hidden"}, "Open this view full size");
  const stage = el("div", {class: "wz-story-stage"}, views.grid, views.map, views.timeline);
  const root = el("figure", {class: "wz wz-story-graphic", id, "aria-labelledby": `${id}-caption`}, caption, explore, stage) as unknown as StoryGraphicElement;

  let state: Required<StoryState> = {view: "grid", actors: [], highlightActors: [], highlightClaims: [], showArrows: [], highlightEvents: [], caption: ""};

  function fit() {
    const view = views[state.view];
    view.style.transform = "";
    const available = stage.clientHeight;
    const natural = view.scrollHeight;
    // Scale down, never up: the stage is sized by the page, the views by their width.
    const scale = available > 0 && natural > available ? Math.max(0.45, available / natural) : 1;
    view.style.transform = scale < 1 ? `scale(${Math.round(scale * 1000) / 1000})` : "";
    // A scaled view is a picture: out of the tab order, with a link to the full-size one.
    const scaled = scale < 1;
    view.toggleAttribute("inert", scaled);
    // visibility, not display: the link's line is always reserved, so showing it moves nothing.
    explore.style.visibility = scaled && options.exploreHref ? "visible" : "hidden";
    if (options.exploreHref) explore.href = options.exploreHref(state);
  }

  root.update = (next) => {
    state = {
      view: next.view ?? state.view,
      actors: next.actors ?? state.actors,
      highlightActors: next.highlightActors ?? state.highlightActors,
      highlightClaims: next.highlightClaims ?? state.highlightClaims,
      showArrows: next.showArrows ?? state.showArrows,
      highlightEvents: next.highlightEvents ?? state.highlightEvents,
      caption: next.caption ?? state.caption
    };
    const stanceState = {actors: state.actors, highlightActors: state.highlightActors, highlightClaims: state.highlightClaims, showArrows: state.showArrows};
    grid.update(state.view === "grid" ? stanceState : {...stanceState, showArrows: []});
    map.update(state.view === "map" ? stanceState : {...stanceState, showArrows: []});
    // On a small stage the whole timeline would shrink past reading; show the step's own events.
    const compact = stage.clientWidth > 0 && stage.clientWidth < compactBelow;
    if (state.view === "timeline") ensureTimeline();
    timeline?.update({actors: state.actors, highlightEvents: state.highlightEvents, selected: null, only: compact ? state.highlightEvents : []});
    for (const [name, view] of Object.entries(views) as [StoryView, HTMLElement][]) {
      const active = name === state.view;
      view.toggleAttribute("data-active", active);
      // Hidden views leave the tab order and the accessibility tree.
      view.toggleAttribute("inert", !active);
      view.setAttribute("aria-hidden", String(!active));
    }
    title.textContent = labels[state.view];
    detail.textContent = state.caption;
    fit();
  };
  root.state = () => state;
  root.fit = fit;

  let wasCompact: boolean | undefined;
  const observer =
    typeof ResizeObserver === "undefined"
      ? null
      : new ResizeObserver(() => {
          const compact = stage.clientWidth < compactBelow;
          if (wasCompact !== undefined && compact !== wasCompact) root.update({});
          else fit();
          wasCompact = compact;
        });
  observer?.observe(stage);
  for (const view of Object.values(views)) observer?.observe(view);
  root.destroy = () => {
    observer?.disconnect();
    grid.destroy();
    map.destroy();
  };
  root.update({});
  return root;
}
