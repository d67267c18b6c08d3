// The chrome every embed shares, whether it is an iframe page (/embed/grid)
// or an exported module (/embed/grid.js) rendered on someone else's site:
//   - a title, notices (unknown actors, unknown theme) and the chart;
//   - a credit line ("Source: …, coded by …; data: …"), a link back to the
//     story and a "get the data" link;
//   - the theme: `data-theme` on every `.wz` root, so that the tokens in
//     styles.ts force light or dark (auto = the reader's colour scheme);
//   - for modules, a Shadow DOM root that carries the styles: the host page's
//     CSS cannot reach in, and ours cannot leak out;
//   - for iframe pages, the height messages that newsroom resizers (pym.js,
//     AMP) and our own /embed/host.js understand.
// Nothing here names a story: titles, credit and links come from the caller.
// Imports are local and free of node_modules on purpose: exported modules
// import this file statically (Framework issue #1916, see the notes).
import {el, replaceChildren, type Child} from "./dom.js";
import {followStyles, useStyles} from "./styles.js";
import {parseActorParam, type ActorParam} from "./urlState.js";

export type EmbedTheme = "light" | "dark" | "auto";
export const EMBED_THEMES: readonly EmbedTheme[] = ["auto", "light", "dark"];

export interface ThemeParam {
  theme: EmbedTheme;
  /** The value given when it was not a theme (shown in a notice), else null. */
  invalid: string | null;
}

const clip = (value: string, n = 40) => (value.length > n ? `${value.slice(0, n - 1)}…` : value);

/** `light`, `dark` or `auto`; a missing value is auto, anything else is auto plus a notice. */
export function parseTheme(value: unknown): ThemeParam {
  if (value === null || value === undefined || value === "") return {theme: "auto", invalid: null};
  const text = String(value).trim().toLowerCase();
  return (EMBED_THEMES as readonly string[]).includes(text) ? {theme: text as EmbedTheme, invalid: null} : {theme: "auto", invalid: clip(String(value))};
}

/** The `actor` option of a module (`"a"`, `"a,b"` or `["a", "b"]`), checked like `?actor=`. */
export function parseActorOption(actor: unknown, validIds: readonly string[]): ActorParam {
  const values = actor === undefined || actor === null ? [] : Array.isArray(actor) ? actor.map(String) : [String(actor)];
  const search = new URLSearchParams(values.map((v) => ["actor", v] as [string, string])).toString();
  return parseActorParam(search, validIds);
}

/** The notices an embed shows for what it was given but could not use (text only). */
export function embedNotices({unknownActors, invalidTheme, where}: {unknownActors: readonly string[]; invalidTheme: string | null; where: "address" | "options"}): string[] {
  const from = where === "address" ? "in the address" : "given to the embed";
  const notices: string[] = [];
  if (unknownActors.length) {
    const list = unknownActors.map((u) => `“${clip(u)}”`).join(", ");
    notices.push(`No actor matches ${list} ${from}, so ${unknownActors.length === 1 ? "it is" : "they are"} ignored. Showing the other actors chosen, or everyone.`);
  }
  if (invalidTheme !== null) notices.push(`The theme “${invalidTheme}” ${from} is not light, dark or auto, so the chart follows your colour scheme.`);
  return notices;
}

/**
 * The site's root URL, from the URL of a module that Framework built into
 * `/_import/…` (this one, or an exported embed). Works for a site under a
 * sub-path too. Outside a build, the parent of the module's directory.
 */
export function siteRoot(moduleUrl: string = import.meta.url): URL {
  const url = new URL(moduleUrl);
  const at = url.pathname.indexOf("/_import/");
  return at >= 0 ? new URL(url.pathname.slice(0, at + 1), url) : new URL("../", url);
}

export interface EmbedCredit {
  /** Title of the source article, quoted in the credit line. */
  sourceTitle: string;
  /** Who published it. */
  sourceOutlet?: string;
  /** Who coded it ("coded by …"). */
  codedBy: string;
  /** What the data is ("data: …"). */
  data: string;
  /** Absolute (modules) or relative (iframes) URL of the story. */
  storyHref: string;
  /** The story's name, for the link text. */
  storyTitle: string;
  /** The data page ("get the data"). */
  dataHref: string;
  /** The JSON file(s) the chart is drawn from. */
  files?: readonly {label: string; href: string}[];
}

export interface EmbedFrameOptions {
  /** The chart's title. */
  title: string;
  /** Level of the title heading (1 in an iframe page, 2 by default in a module). */
  headingLevel?: 1 | 2 | 3 | 4 | 5;
  /** A line under the title saying what the filter shows, e.g. "Showing: Amnesty International". */
  subtitle?: string | null;
  chart: Element;
  notices?: readonly string[];
  credit: EmbedCredit;
  theme: EmbedTheme;
  /** Open links in a new tab (inside an iframe: never navigate the frame away from the chart). */
  newTab?: boolean;
  /** A fixed width in px (modules); by default the embed fills its container. */
  width?: number;
  /** Which chart, for styling and tests. */
  kind?: string;
}

const CSS = `
:host { all: initial !important; display: block !important; width: auto !important; max-width: 100% !important; }
.wz.wz-embed { display: block; box-sizing: border-box; max-width: 100%; padding: 12px 12px 10px; background: var(--wz-bg); color: var(--wz-fg); text-align: left; color-scheme: light dark; }
.wz.wz-embed[data-theme="light"] { color-scheme: light; }
.wz.wz-embed[data-theme="dark"] { color-scheme: dark; }
.wz-embed .wz-embed-title { margin: 0 0 .2em; font-size: 1.25em; line-height: 1.25; font-weight: 700; }
.wz-embed .wz-embed-subtitle { margin: 0 0 .6em; color: var(--wz-muted); font-size: .92em; }
.wz-embed .wz-notice { margin: .25em 0 .75em; }
.wz-embed .wz-embed-chart { margin: .5em 0 0; min-width: 0; }
.wz-embed .wz-embed-credit { margin: .9em 0 0; padding: .6em 0 0; border-top: 1px solid var(--wz-rule); font-size: 13px; line-height: 1.45; color: var(--wz-muted); }
.wz-embed .wz-embed-credit p { margin: 0 0 .35em; max-width: none; }
.wz-embed .wz-embed-links { display: flex; flex-wrap: wrap; gap: .25em 1.25em; }
.wz-embed a { color: var(--wz-focus); text-decoration: underline; text-underline-offset: 2px; }
.wz-embed .wz-embed-links a { display: inline-flex; align-items: center; min-height: 24px; font-weight: 600; }
/* An iframe page: the embed is the whole document (no site chrome, no Framework CSS). */
html.wz-embed-page { background: var(--wz-bg); color-scheme: light dark; }
html.wz-embed-page[data-theme="light"] { color-scheme: light; }
html.wz-embed-page[data-theme="dark"] { color-scheme: dark; }
html.wz-embed-page, html.wz-embed-page body { margin: 0; padding: 0; }
html.wz-embed-page body { display: flow-root; }
html.wz-embed-page #observablehq-center, html.wz-embed-page #observablehq-main { margin: 0; padding: 0; max-width: none; }
`;

/** The embed's frame: title, notices, chart, credit and links, themed. */
export function EmbedFrame(options: EmbedFrameOptions): HTMLElement {
  useStyles("embed", CSS);
  const {title, headingLevel = 2, subtitle, chart, notices = [], credit, theme, newTab = false, width, kind} = options;
  const linkAttrs = newTab ? {target: "_blank", rel: "noopener"} : {};
  const link = (href: string, ...text: Child[]) => el("a", {href, ...linkAttrs}, ...text);
  const files = credit.files ?? [];
  const sourceText = credit.sourceOutlet ? `“${credit.sourceTitle}”, ${credit.sourceOutlet}` : `“${credit.sourceTitle}”`;
  const root = el(
    "div",
    {class: "wz wz-embed", "data-embed": kind ?? null, style: width ? `width: ${Math.round(width)}px` : null},
    el(`h${headingLevel}` as "h2", {class: "wz-embed-title"}, title),
    subtitle ? el("p", {class: "wz-embed-subtitle"}, subtitle) : null,
    notices.map((text) => el("p", {class: "wz wz-notice", role: "status"}, text)),
    el("div", {class: "wz-embed-chart"}, chart),
    el(
      "div",
      {class: "wz-embed-credit"},
      el("p", {class: "wz-embed-source"}, `Source: ${sourceText}, coded by ${credit.codedBy}; data: ${credit.data}.`),
      el(
        "p",
        {class: "wz-embed-links"},
        link(credit.storyHref, `Read the story: ${credit.storyTitle}`),
        link(credit.dataHref, "Get the data"),
        files.map((f) => link(f.href, f.label))
      )
    )
  );
  if (newTab) {
    // Links the chart itself draws (claim cards' "read it in the article")
    // must not navigate the frame either.
    root.addEventListener("click", (event) => {
      const a = (event.target as Element | null)?.closest?.("a[href]");
      if (a instanceof HTMLAnchorElement && !a.target) {
        a.target = "_blank";
        a.rel = "noopener";
      }
    });
  }
  applyTheme(root, theme);
  return root;
}

/** Sets (light, dark) or removes (auto) `data-theme` on a root and every `.wz` inside it. */
export function applyTheme(root: Element, theme: EmbedTheme): void {
  for (const node of [root, ...root.querySelectorAll(".wz")]) {
    if (theme === "auto") node.removeAttribute("data-theme");
    else node.setAttribute("data-theme", theme);
  }
}

/**
 * For exported modules: a wrapper div with an open shadow root that receives
 * every component stylesheet (see `followStyles`). Call it before creating the
 * components, so that their styles go into the shadow root and never into
 * the host document; then `mount` the frame.
 */
export function shadowHost(kind: string): {host: HTMLDivElement; mount(content: Element): HTMLDivElement} {
  const host = document.createElement("div");
  host.setAttribute("data-wz-module", kind);
  const shadow = host.attachShadow({mode: "open"});
  useStyles("embed", CSS, shadow);
  followStyles(shadow);
  return {
    host,
    mount(content) {
      replaceChildren(shadow, ...shadow.querySelectorAll("style"), content);
      return host;
    }
  };
}

// ------------------------------------------------------------ iframe pages --

export interface PageParams {
  /** pym.js adds `childId` to the iframe's URL; its height message must carry it. */
  childId: string | null;
  /** `?parent=https://host.example`: post messages to that origin only. */
  parentOrigin: string | null;
}

/** Reads `childId` (pym.js) and `parent` (an origin) from a query string. */
export function pageParams(search: string): PageParams {
  const params = new URLSearchParams(search);
  const childId = params.get("childId");
  const parent = params.get("parent");
  let parentOrigin: string | null = null;
  if (parent) {
    try {
      const url = new URL(parent);
      if (url.protocol === "https:" || url.protocol === "http:") parentOrigin = url.origin;
    } catch {
      parentOrigin = null;
    }
  }
  return {childId: childId && /^[\w-]{1,100}$/.test(childId) ? childId : null, parentOrigin};
}

export const HEIGHT_MESSAGE = "wz-embed-height";
/** What /embed/host.js sends to ask a frame for its height again (it may have missed the first message). */
export const MEASURE_REQUEST = "wz-embed-measure";

/**
 * The height messages, in the formats resizers already understand:
 * pym.js (`pymxPYMx{id}xPYMxheightxPYMx{height}`: pym.js joins
 * ["pym", id, type, message] with "xPYMx"), AMP's `embed-size`, and ours.
 */
export function heightMessages(height: number, {childId, id}: {childId: string | null; id: string}): unknown[] {
  const h = Math.ceil(height);
  return [
    ...(childId ? [["pym", childId, "height", String(h)].join("xPYMx")] : []),
    {sentinel: "amp", type: "embed-size", height: h},
    {type: HEIGHT_MESSAGE, id: childId ?? id, height: h}
  ];
}

/** The height of an iframe page's content: the body, which is a block formatting context with no margin. */
export function contentHeight(doc: Document = document): number {
  return Math.ceil(doc.body.getBoundingClientRect().height);
}

/**
 * Posts the page's height to the parent window on start, on every resize of
 * the document (ResizeObserver on the root element and the body) and when the
 * parent asks again. Returns a function that stops.
 */
export function startHeightMessages({id, search = location.search, win = window}: {id: string; search?: string; win?: Window}): () => void {
  if (win.parent === win) return () => {};
  const {childId, parentOrigin} = pageParams(search);
  // The messages carry nothing but a number and the id the parent gave us: no
  // secret, nothing a third party could misuse. So "*" is acceptable when the
  // host did not name its origin with ?parent= (the host, not the child, must
  // check where a message comes from: /embed/host.js does).
  const targetOrigin = parentOrigin ?? "*";
  let last = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let forced = false;
  const post = () => {
    const height = contentHeight(win.document); // forces layout: works even while the frame is not rendered
    if (!forced && height === last) return;
    forced = false;
    last = height;
    for (const message of heightMessages(height, {childId, id})) win.parent.postMessage(message, targetOrigin);
  };
  // A timer, not requestAnimationFrame: browsers stop rendering (and so rAF and
  // ResizeObserver) in cross-origin frames that are off screen, yet the host
  // should learn the height before the reader scrolls to the frame.
  const schedule = (force = false) => {
    forced ||= force;
    clearTimeout(timer);
    timer = setTimeout(post, 0);
  };
  const observer = new ResizeObserver(() => schedule());
  observer.observe(win.document.documentElement);
  observer.observe(win.document.body);
  const onMessage = (event: MessageEvent) => {
    // Only the parent may ask, and it learns nothing but the height.
    if (event.source !== win.parent) return;
    const data = event.data as {type?: unknown} | null;
    if (data && typeof data === "object" && data.type === MEASURE_REQUEST) schedule(true);
  };
  const onLoad = () => schedule(true);
  const onResize = () => schedule();
  win.addEventListener("message", onMessage);
  win.addEventListener("load", onLoad);
  win.addEventListener("resize", onResize);
  schedule(true);
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    win.removeEventListener("message", onMessage);
    win.removeEventListener("load", onLoad);
    win.removeEventListener("resize", onResize);
  };
}

/** Marks the document as an embed page (no site chrome) and themes its background. */
export function themePage(theme: EmbedTheme, doc: Document = document): void {
  useStyles("embed", CSS);
  doc.documentElement.classList.add("wz", "wz-embed-page");
  if (theme === "auto") doc.documentElement.removeAttribute("data-theme");
  else doc.documentElement.setAttribute("data-theme", theme);
}
