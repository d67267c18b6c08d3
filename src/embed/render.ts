// What the three embeds of this story share, as iframe pages (/embed/grid,
// /embed/map, /embed/timeline) and as exported modules (/embed/grid.js, …):
// load the data, read the actor filter and the theme, build the chart and
// wrap it in the embed frame (credit, links, notices).
//
// Rules that keep the exported modules working on another origin:
//   - data is loaded with FileAttachment from observablehq:stdlib, whose URLs
//     Framework bakes relative to this module's URL (absolute at run time);
//   - nothing that imports from node_modules is imported statically: the
//     components (Timeline imports d3-time) are imported inside the functions
//     (Framework issue #1916 breaks static bare imports in exported modules);
//   - links are absolute, built from the site's root (see siteRoot).
import {FileAttachment} from "observablehq:stdlib";
import {
  EmbedFrame,
  embedNotices,
  parseActorOption,
  parseTheme,
  shadowHost,
  siteRoot,
  startHeightMessages,
  themePage,
  type EmbedCredit,
  type EmbedTheme
} from "../components/embedFrame.js";
import {parseActorParam, type ActorParam} from "../components/urlState.js";
import type {ActorRow, ClaimRow, EventRow, PositionRow, StanceRow, StoryMetaRow} from "../../loaders/tables.js";

export type ChartKind = "grid" | "map" | "timeline";

/** Options of the exported functions (StanceGrid, StanceMap, Timeline). */
export interface EmbedOptions {
  /** Actor id(s) to show: "amnesty", "amnesty,xi-jinping" or ["amnesty", "xi-jinping"]. Default: everyone. */
  actor?: string | readonly string[];
  /** "light", "dark" or "auto" (default: follow the reader's colour scheme). */
  theme?: EmbedTheme;
  /** A fixed width in px; by default the chart fills its container and follows its width. */
  width?: number;
  /** Level of the chart's title heading (default 2). */
  headingLevel?: 1 | 2 | 3 | 4;
}

/** Titles of the charts (this story's words; the components name nothing). */
export const EMBED_TITLES: Record<ChartKind, string> = {
  grid: "Where they stand: who argued what about governing the internet",
  map: "Where they stand, on two axes: sovereignty and rights",
  timeline: "Two conferences, a trial and their context"
};

/** The embed frame's horizontal padding (embedFrame.ts CSS), for the chart's first layout. */
const FRAME_PADDING = 12;
const STORY_TITLE = "Every country its own internet? Xi at Wuzhen, 2015";
const CODED_BY = "hand, by a single annotator (see the methodology)";
const DATA: Record<ChartKind, string> = {
  grid: "the stances and claims tables, built from the annotations",
  map: "the positions and claims tables, built from the annotations",
  timeline: "the events table, with citations for every date"
};

interface Context {
  actors: {search: string} | {option: unknown};
  where: "address" | "options";
  theme: EmbedTheme;
  invalidTheme: string | null;
  headingLevel: 1 | 2 | 3 | 4;
  newTab: boolean;
  /** A fixed width for the whole embed (modules only). */
  width: number | undefined;
  /** The chart's width at creation; it then follows its container. */
  chartWidth: number | undefined;
}

// Literal paths: Framework finds them at build time and bakes the hashed URLs.
const files = {
  actors: () => FileAttachment("../data/wuzhen-2015/actors.json"),
  claims: () => FileAttachment("../data/wuzhen-2015/claims.json"),
  stances: () => FileAttachment("../data/wuzhen-2015/stances.json"),
  positions: () => FileAttachment("../data/wuzhen-2015/positions.json"),
  events: () => FileAttachment("../data/wuzhen-2015/events.json"),
  story: () => FileAttachment("../data/wuzhen-2015/story.json")
};

function chosenActors(ctx: Context, validIds: readonly string[]): ActorParam {
  return "search" in ctx.actors ? parseActorParam(ctx.actors.search, validIds) : parseActorOption(ctx.actors.option, validIds);
}

function subtitle(actors: readonly ActorRow[], chosen: readonly string[], kind: ChartKind): string | null {
  if (!chosen.length) return null;
  const names = chosen.map((id) => actors.find((a) => a.id === id)?.name ?? id).join(", ");
  return kind === "timeline" ? `Events involving ${names}, or bearing on their claims` : `Showing: ${names}`;
}

async function build(kind: ChartKind, ctx: Context): Promise<HTMLElement> {
  const root = siteRoot(import.meta.url);
  const href = (path: string) => new URL(path, root).href;
  const sourceHref = href("source");
  const chartHeading = (ctx.headingLevel + 1) as 2 | 3 | 4 | 5;
  const [story, actors, claims] = (await Promise.all([files.story().json(), files.actors().json(), files.claims().json()])) as [StoryMetaRow, ActorRow[], ClaimRow[]];

  let chart: Element;
  let chosen: ActorParam;
  let file: {label: string; href: string};
  if (kind === "grid") {
    const [{StanceGrid}, {actorOptions}, stances] = await Promise.all([
      import("../components/StanceGrid.js"),
      import("../components/stanceView.js"),
      files.stances().json() as Promise<StanceRow[]>
    ]);
    chosen = chosenActors(ctx, actorOptions(actors).map((a) => a.id));
    chart = StanceGrid(
      {actors, stances, claims, topics: story.topics, axes: story.axes},
      {id: `embed-grid`, sourceHref, width: ctx.chartWidth, headingLevel: chartHeading, state: {actors: chosen.actors}}
    );
    file = {label: "stances.json", href: files.stances().href};
  } else if (kind === "map") {
    const [{StanceMap}, {actorOptions}, positions] = await Promise.all([
      import("../components/StanceMap.js"),
      import("../components/stanceView.js"),
      files.positions().json() as Promise<PositionRow[]>
    ]);
    chosen = chosenActors(ctx, actorOptions(actors).map((a) => a.id));
    chart = StanceMap(
      {positions, axes: story.axes, claims, actors},
      {id: `embed-map`, sourceHref, width: ctx.chartWidth, headingLevel: chartHeading, state: {actors: chosen.actors}}
    );
    file = {label: "positions.json", href: files.positions().href};
  } else {
    const [{Timeline, timelineActorOptions}, events] = await Promise.all([
      import("../components/Timeline.js"),
      files.events().json() as Promise<EventRow[]>
    ]);
    chosen = chosenActors(ctx, timelineActorOptions({events, claims, actors}).map((a) => a.id));
    // initialWidth: drawn once at the frame's width, not at a default and then again (layout shift).
    chart = Timeline({events, claims, actors}, {id: `embed-timeline`, sourceHref, headingLevel: chartHeading, initialWidth: ctx.chartWidth, state: {actors: chosen.actors}});
    file = {label: "events.json", href: files.events().href};
  }

  const source = story.sources[0];
  const credit: EmbedCredit = {
    sourceTitle: source?.title ?? STORY_TITLE,
    sourceOutlet: source?.outlet,
    codedBy: CODED_BY,
    data: DATA[kind],
    storyHref: root.href,
    storyTitle: STORY_TITLE,
    dataHref: href("data"),
    files: [file]
  };
  return EmbedFrame({
    kind,
    title: EMBED_TITLES[kind],
    headingLevel: ctx.headingLevel,
    subtitle: subtitle(actors, chosen.actors, kind),
    chart,
    notices: embedNotices({unknownActors: chosen.unknown, invalidTheme: ctx.invalidTheme, where: ctx.where}),
    credit,
    theme: ctx.theme,
    newTab: ctx.newTab,
    width: ctx.width
  });
}

/** An exported module's chart: a div whose shadow root holds the chart and its styles. */
export async function embedModule(kind: ChartKind, options: EmbedOptions = {}): Promise<HTMLElement> {
  const opts = (options ?? {}) as EmbedOptions;
  // First the shadow root, then the components: their styles must go there, not into the host page.
  const {mount} = shadowHost(kind);
  const {theme, invalid} = parseTheme(opts.theme);
  const width = typeof opts.width === "number" && Number.isFinite(opts.width) && opts.width > 0 ? opts.width : undefined;
  const frame = await build(kind, {
    actors: {option: opts.actor},
    where: "options",
    theme,
    invalidTheme: invalid,
    headingLevel: opts.headingLevel ?? 2,
    newTab: false,
    width,
    chartWidth: width ? width - 2 * FRAME_PADDING : undefined
  });
  return mount(frame);
}

/** An iframe page's chart: reads ?actor= and ?theme=, themes the page and posts its height to the parent. */
export async function embedPage(kind: ChartKind): Promise<HTMLElement> {
  const {theme, invalid} = parseTheme(new URLSearchParams(location.search).get("theme"));
  themePage(theme);
  const frame = await build(kind, {
    actors: {search: location.search},
    where: "address",
    theme,
    invalidTheme: invalid,
    headingLevel: 1,
    newTab: true,
    width: undefined,
    chartWidth: document.body.clientWidth ? document.body.clientWidth - 2 * FRAME_PADDING : undefined
  });
  startHeightMessages({id: kind});
  return frame;
}
