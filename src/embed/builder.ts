// The /embed page's builder: choose a chart, actors and a theme; see a live
// preview (an iframe of the chosen embed, resized by /embed/host.js) and copy
// the snippet for an iframe or for the exported module. Snippets use the
// site's absolute URL so they can be pasted anywhere; they are shown as text.
import {ActorFilter, type ActorOption} from "../components/ActorFilter.js";
import {el, replaceChildren} from "../components/dom.js";
import {EMBED_THEMES, siteRoot, type EmbedTheme} from "../components/embedFrame.js";
import {useStyles} from "../components/styles.js";
import {EMBED_TITLES, type ChartKind} from "./render.js";
import "./host.js"; // resizes the preview, as it would on another site

export const CHARTS: readonly {id: ChartKind; label: string; exportName: string; height: number}[] = [
  {id: "grid", label: "Grid: where they stand", exportName: "StanceGrid", height: 900},
  {id: "map", label: "Map: two axes", exportName: "StanceMap", height: 900},
  {id: "timeline", label: "Timeline", exportName: "Timeline", height: 900}
];

const THEME_LABEL: Record<EmbedTheme, string> = {auto: "Auto (the reader’s setting)", light: "Light", dark: "Dark"};

export interface SnippetOptions {
  /** The site's root URL, ending in "/". */
  site: string;
  chart: ChartKind;
  actors: readonly string[];
  theme: EmbedTheme;
}

const escapeAttr = (text: string) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The iframe page's URL for these options. */
export function embedUrl({site, chart, actors, theme}: SnippetOptions): string {
  const params = new URLSearchParams();
  if (actors.length) params.set("actor", actors.join(","));
  if (theme !== "auto") params.set("theme", theme);
  const query = params.toString().replace(/%2C/g, ",");
  return new URL(`embed/${chart}${query ? `?${query}` : ""}`, site).href;
}

/** HTML to paste: the iframe and the host script that sizes it. */
export function iframeSnippet(options: SnippetOptions): string {
  const chart = CHARTS.find((c) => c.id === options.chart) ?? CHARTS[0]!;
  const src = embedUrl(options);
  const title = EMBED_TITLES[options.chart];
  return [
    `<iframe data-wz-embed src="${escapeAttr(src)}" title="${escapeAttr(title)}"`,
    `  style="display:block;width:100%;height:${chart.height}px;border:0" loading="lazy"></iframe>`,
    `<script type="module" src="${escapeAttr(new URL("embed/host.js", options.site).href)}"></script>`
  ].join("\n");
}

/** HTML to paste: a container and a module script that imports the chart function. */
export function moduleSnippet(options: SnippetOptions): string {
  const chart = CHARTS.find((c) => c.id === options.chart) ?? CHARTS[0]!;
  const args: string[] = [];
  if (options.actors.length) args.push(`actor: ${JSON.stringify(options.actors.length === 1 ? options.actors[0] : options.actors)}`);
  if (options.theme !== "auto") args.push(`theme: ${JSON.stringify(options.theme)}`);
  const id = `wuzhen-${options.chart}`;
  return [
    `<div id="${id}"></div>`,
    `<script type="module">`,
    `  const {${chart.exportName}} = await import(${JSON.stringify(new URL(`embed/${chart.id}.js`, options.site).href)});`,
    `  document.getElementById(${JSON.stringify(id)}).append(await ${chart.exportName}(${args.length ? `{${args.join(", ")}}` : ""}));`,
    `</script>`
  ].join("\n");
}

const CSS = `
.wz-embed-builder { margin: 0 0 2em; }
.wz-embed-builder fieldset.wz-eb-choice { border: 1px solid var(--wz-rule); border-radius: 6px; padding: .5em .75em .75em; margin: 0 0 1em; min-width: 0; }
.wz-embed-builder .wz-eb-choice legend { font-weight: 600; padding: 0 .25em; }
.wz-embed-builder .wz-eb-options { display: flex; flex-wrap: wrap; gap: .4em .6em; }
.wz-embed-builder .wz-eb-options label { display: inline-flex; align-items: center; gap: .4em; min-height: 32px; padding: .1em .7em .1em .45em; border: 1px solid var(--wz-rule); border-radius: 16px; cursor: pointer; }
.wz-embed-builder .wz-eb-options label:has(input:checked) { background: var(--wz-fg); color: var(--wz-bg); border-color: var(--wz-fg); }
.wz-embed-builder .wz-eb-options input { width: 18px; height: 18px; margin: 0; accent-color: var(--wz-focus); }
.wz-embed-builder h2 { font-size: 1.2em; margin: 1.4em 0 .4em; }
.wz-embed-builder .wz-eb-preview { border: 1px dashed var(--wz-rule); border-radius: 6px; padding: 4px; }
.wz-embed-builder iframe { display: block; width: 100%; border: 0; height: 700px; }
.wz-embed-builder pre { margin: .4em 0; padding: .6em .75em; border: 1px solid var(--wz-rule); border-radius: 6px; background: var(--wz-faint); overflow-x: auto; max-width: 100%; font-size: 13px; line-height: 1.5; white-space: pre-wrap; overflow-wrap: anywhere; }
.wz-embed-builder pre code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; color: var(--wz-fg); }
.wz-embed-builder .wz-eb-copy { display: flex; flex-wrap: wrap; align-items: center; gap: .75em; }
.wz-embed-builder .wz-eb-status { min-height: 1.45em; margin: 0; color: var(--wz-fg); font-weight: 600; }
.wz-embed-builder p { max-width: 48em; }
.wz-embed-builder code { overflow-wrap: anywhere; }
`;

/** Selects the text of a node (the fallback when the clipboard API is refused). */
function selectText(node: Node): boolean {
  const selection = node.ownerDocument?.getSelection();
  if (!selection) return false;
  const range = node.ownerDocument!.createRange();
  range.selectNodeContents(node);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

function copyBlock(id: string, heading: string, intro: string): {section: HTMLElement; code: HTMLElement; set(text: string): void} {
  const code = el("code", {id: `${id}-code`});
  const status = el("p", {class: "wz-eb-status", role: "status", "aria-live": "polite"});
  const button = el("button", {type: "button", class: "wz-button", "aria-describedby": `${id}-heading`}, "Copy");
  button.addEventListener("click", async () => {
    const text = code.textContent ?? "";
    status.textContent = "";
    try {
      if (!navigator.clipboard?.writeText) throw new Error("no clipboard API");
      await navigator.clipboard.writeText(text);
      status.textContent = "Copied";
    } catch {
      // No clipboard access (an insecure origin, or permission refused): select the text for the reader.
      selectText(code);
      let copied = false;
      try {
        copied = document.execCommand("copy");
      } catch {
        copied = false;
      }
      status.textContent = copied ? "Copied" : "Selected: press Ctrl+C (⌘C on a Mac) to copy";
    }
  });
  const section = el(
    "section",
    {class: "wz-eb-snippet", "aria-labelledby": `${id}-heading`, "data-snippet": id},
    el("h2", {id: `${id}-heading`}, heading),
    el("p", {}, intro),
    el("pre", {}, code),
    el("div", {class: "wz-eb-copy"}, button, status)
  );
  return {
    section,
    code,
    set(text) {
      code.textContent = text;
      status.textContent = "";
    }
  };
}

function radioGroup<T extends string>(id: string, legend: string, options: readonly {id: T; label: string}[], initial: T, onChange: (value: T) => void): HTMLFieldSetElement {
  const group = el(
    "fieldset",
    {class: "wz-eb-choice", id},
    el("legend", {}, legend),
    el(
      "div",
      {class: "wz-eb-options"},
      options.map((o) => el("label", {for: `${id}-${o.id}`}, el("input", {type: "radio", name: id, id: `${id}-${o.id}`, value: o.id, checked: o.id === initial}), el("span", {}, o.label)))
    )
  );
  group.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.checked) onChange(input.value as T);
  });
  return group;
}

/** The builder. `actors` are the filter's options (id, name, count). */
export function EmbedBuilder(actors: readonly ActorOption[], {site = siteRoot(import.meta.url).href}: {site?: string} = {}): HTMLElement {
  useStyles("embed-builder", CSS);
  const state: {chart: ChartKind; actors: string[]; theme: EmbedTheme} = {chart: "grid", actors: [], theme: "auto"};

  const chartGroup = radioGroup("embed-chart", "Chart", CHARTS, state.chart, (chart) => ((state.chart = chart), render()));
  const filter = ActorFilter(actors, {id: "embed-actors", legend: "Actors (none chosen: everyone)", onChange: (next) => ((state.actors = next), render())});
  const themeGroup = radioGroup(
    "embed-theme",
    "Theme",
    EMBED_THEMES.map((t) => ({id: t, label: THEME_LABEL[t]})),
    state.theme,
    (theme) => ((state.theme = theme), render())
  );
  const iframe = el("iframe", {"data-wz-embed": "", title: "", src: "about:blank", loading: "eager"});
  const previewNote = el("p", {class: "wz-muted"});
  const iframeBlock = copyBlock(
    "embed-iframe",
    "Embed with an iframe",
    "Paste this where the chart should go. The iframe is isolated from your page; the small script sets its height to fit the chart and ignores messages from any other frame."
  );
  const moduleBlock = copyBlock(
    "embed-module",
    "Embed as a JavaScript module",
    "Or render the chart into your page. It draws inside a shadow root with its own styles, so your stylesheet cannot break it, and loads its data from this site."
  );

  const root = el(
    "div",
    {class: "wz wz-embed-builder"},
    chartGroup,
    filter,
    themeGroup,
    el("h2", {id: "embed-preview-heading"}, "Preview"),
    previewNote,
    el("div", {class: "wz-eb-preview"}, iframe),
    iframeBlock.section,
    moduleBlock.section
  );

  function render() {
    const options: SnippetOptions = {site, ...state};
    const src = embedUrl(options);
    if (iframe.src !== src) iframe.src = src;
    iframe.title = `Preview: ${EMBED_TITLES[state.chart]}`;
    replaceChildren(previewNote, `The ${CHARTS.find((c) => c.id === state.chart)?.label.toLowerCase() ?? state.chart} as it will appear, at this page’s width. Its address: `, el("code", {}, src));
    iframeBlock.set(iframeSnippet(options));
    moduleBlock.set(moduleSnippet(options));
  }
  render();
  return root;
}
