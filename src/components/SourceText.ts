// The source reader: a text exactly as published, paragraph by paragraph, with
// every coded claim highlighted by actor (a tint AND an underline style per
// actor, so colour is never the only cue), every correction marked [sic], and
// every event mention addressable as #event-ID. Spans may nest and overlap, so
// the text is cut at every span boundary into segments and each segment is
// wrapped in all the spans that cover it (`segmentText`).
//
// Keyboard: each claim has one focusable handle (its first segment, id
// `claim-ID`, role button). Enter, Space or a click opens the claim card in a
// panel below the paragraph; Escape or Close shuts it and returns focus.
import {ClaimCard} from "./ClaimCard.js";
import {el, replaceChildren, type Child} from "./dom.js";
import {formatDate} from "./format.js";
import {useStyles} from "./styles.js";
import type {ActorRow, ClaimRow, CorrectionRow, EventRow, SourceMeta} from "../../loaders/tables.js";

// ── Segmentation (pure) ──────────────────────────────────────────────────────

export interface Range {
  start: number;
  end: number;
}

export interface Segment<S extends Range> {
  start: number;
  end: number;
  /** The spans covering the whole segment, outermost first (earlier start, then later end, then input order). */
  covers: S[];
}

/**
 * Cuts `range` at every boundary of `spans` (clipped to the range) and lists,
 * for each piece, the spans that cover it. Empty spans and spans outside the
 * range are ignored; pieces that no span covers are included with `covers: []`,
 * so the segments tile the range exactly.
 */
export function segmentText<S extends Range>(range: Range, spans: readonly S[]): Segment<S>[] {
  const inside = spans
    .map((span, index) => ({span, index, start: Math.max(span.start, range.start), end: Math.min(span.end, range.end)}))
    .filter((s) => s.start < s.end);
  inside.sort((a, b) => a.start - b.start || b.end - a.end || a.index - b.index);
  const cuts = [...new Set([range.start, range.end, ...inside.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const segments: Segment<S>[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    segments.push({start, end, covers: inside.filter((s) => s.start <= start && s.end >= end).map((s) => s.span)});
  }
  return segments;
}

// ── Actor styles ─────────────────────────────────────────────────────────────

/** Underline styles, cycled per actor; the thickness changes on each cycle. */
export const UNDERLINE_STYLES = ["solid", "dashed", "dotted", "double", "wavy"] as const;
// [light tint, light line, dark tint, dark line]: text on the tints is ≥ 4.5:1
// in both themes, the lines are ≥ 3:1 against the page and the tint.
const HUES: readonly [string, string, string, string, string][] = [
  ["amber", "#fdecc8", "#7d5200", "#4a3a12", "#f2c35e"],
  ["blue", "#dbe8ff", "#1f5fbf", "#1d2f4d", "#8ab4f8"],
  ["green", "#d8f0dc", "#1e7a34", "#1b3a22", "#81c995"],
  ["rose", "#fde0e6", "#b0264a", "#4a1f2a", "#f28ba8"],
  ["purple", "#ece0fb", "#6f3bb5", "#33254a", "#c9a8f5"],
  ["teal", "#d4f1f0", "#0f6e6a", "#173a39", "#78d9d2"],
  ["orange", "#ffe2cc", "#a34700", "#4a2a14", "#f5a56a"],
  ["grey", "#e6e8eb", "#4b5563", "#2e3238", "#b8c0cc"],
  ["olive", "#eef3c8", "#5a6600", "#363b14", "#c9d66a"],
  ["brown", "#f1e3d8", "#7a4a2a", "#3d2b20", "#d9a88a"]
];

export interface ActorStyle {
  index: number;
  hue: string;
  line: (typeof UNDERLINE_STYLES)[number];
  thick: boolean;
  /** In words, for the legend: "amber tint, solid underline". */
  label: string;
}

/** The style of the i-th actor: the pair (hue, underline) is unique for the first 50 actors. */
export function actorStyle(i: number): ActorStyle {
  const line = UNDERLINE_STYLES[i % UNDERLINE_STYLES.length]!;
  const thick = Math.floor(i / UNDERLINE_STYLES.length) % 2 === 1;
  const hue = HUES[(i + Math.floor(i / HUES.length) * 3) % HUES.length]![0];
  return {index: i, hue, line, thick, label: `${hue} tint, ${thick ? "thick " : ""}${line} underline`};
}

/** Actors with claims, most claims first (ties by id), each with its style. */
export function styledActors(actors: readonly ActorRow[], claims: readonly ClaimRow[]): {actor: ActorRow; n: number; style: ActorStyle}[] {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
  return actors
    .filter((a) => counts.has(a.id))
    .map((actor) => ({actor, n: counts.get(actor.id)!}))
    .sort((a, b) => b.n - a.n || (a.actor.id < b.actor.id ? -1 : a.actor.id > b.actor.id ? 1 : 0))
    .map((x, i) => ({...x, style: actorStyle(i)}));
}

function styleCss(): string {
  const rules: string[] = [];
  const n = HUES.length * UNDERLINE_STYLES.length;
  for (let i = 0; i < n; i++) {
    const s = actorStyle(i);
    const [, tint, line, darkTint, darkLine] = HUES.find((h) => h[0] === s.hue)!;
    const cls = `.wz-st-a${i}`;
    const light = `--st-tint:${tint};--st-line:${line}`;
    const dark = `--st-tint:${darkTint};--st-line:${darkLine}`;
    // Same precedence as the base tokens: the reader's scheme, unless a data-theme forces one.
    rules.push(
      `.wz ${cls}{${light};text-decoration-style:${s.line};text-decoration-thickness:${s.thick || s.line === "double" ? "3px" : "2px"}}`,
      `@media (prefers-color-scheme: dark){.wz ${cls}{${dark}}}`,
      `.wz[data-theme="light"] ${cls}{${light}}`,
      `.wz[data-theme="dark"] ${cls}{${dark}}`
    );
  }
  return rules.join("\n");
}

const CSS = `
.wz-st { max-width: 44em; }
.wz-st .wz-st-legend { list-style: none; margin: .5em 0 1.25em; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); gap: .45em 1.25em; max-width: none; }
.wz-st .wz-st-legend li { margin: 0; }
.wz-st .wz-st-keytitle { margin: 0; font-weight: 650; }
.wz-st .wz-st-legend li.is-dimmed { opacity: 1; color: var(--wz-muted); }
.wz-st .wz-st-legend .wz-st-how { color: var(--wz-muted); font-size: .9em; }
.wz-st .wz-st-status { margin: 0 0 1em; color: var(--wz-muted); }
.wz-st .wz-st-text { font-family: Georgia, "Iowan Old Style", "Noto Serif", "Noto Serif CJK SC", serif; font-size: 1.08em; line-height: 1.75; }
.wz-st .wz-st-para { display: grid; grid-template-columns: 2.2em minmax(0, 1fr); align-items: baseline; }
.wz-st .wz-st-pn { font-family: var(--wz-sans); font-size: .75em; color: var(--wz-muted); font-variant-numeric: tabular-nums; }
.wz-st .wz-st-para p { margin: 0 0 1em; white-space: pre-wrap; overflow-wrap: anywhere; max-width: none; }
.wz-st .wz-st-claim {
  background: var(--st-tint); color: var(--wz-fg); cursor: pointer; border-radius: 2px;
  text-decoration-line: underline; text-decoration-color: var(--st-line); text-decoration-skip-ink: none; text-underline-offset: .2em;
  -webkit-box-decoration-break: clone; box-decoration-break: clone;
}
.wz-st .wz-st-claim .wz-st-claim { text-underline-offset: .45em; }
.wz-st .wz-st-claim.is-dimmed { background: none; text-decoration-line: none; }
.wz-st .wz-st-claim.is-active { box-shadow: 0 0 0 2px var(--st-line); }
.wz-st .wz-st-handle:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-st .wz-st-corr { border-bottom: 0; box-shadow: inset 0 0 0 1px var(--wz-rule); border-radius: 2px; padding: 0 1px; }
.wz-st .wz-st-sic { font-family: var(--wz-sans); font-size: .72em; line-height: 1; vertical-align: .45em; margin-left: 1px; }
.wz-st .wz-st-sic button {
  min-width: 24px; min-height: 24px; padding: 0 .2em; margin: -4px 0; border: 1px solid var(--wz-rule); border-radius: 3px;
  background: var(--wz-bg); color: var(--wz-fg); cursor: pointer; line-height: 1; font-style: italic;
}
.wz-st .wz-st-sic button[aria-expanded="true"] { background: var(--wz-fg); color: var(--wz-bg); }
.wz-st .wz-st-event.is-target, .wz-st .wz-st-handle.is-target { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-st .wz-st-detail { margin: -.25em 0 1.25em 2.2em; font-family: var(--wz-sans); font-size: .95rem; line-height: 1.45; }
.wz-st .wz-st-detail:focus { outline: none; }
.wz-st .wz-st-detail:focus-visible { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-st .wz-st-detail-bar { display: flex; justify-content: flex-end; margin-bottom: .35em; }
.wz-st .wz-st-note { border: 1px solid var(--wz-rule); border-radius: 6px; padding: .75em 1em; background: var(--wz-bg); }
.wz-st .wz-st-note h3, .wz-st .wz-st-note h4 { margin: 0 0 .35em; font-size: 1em; }
.wz-st .wz-st-note dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15em .75em; margin: .25em 0; }
.wz-st .wz-st-note dt { color: var(--wz-muted); }
.wz-st .wz-st-note dd { margin: 0; overflow-wrap: anywhere; }
.wz-st .wz-st-note a { color: var(--wz-focus); text-decoration: underline; }
.wz-st .wz-st-note ul { margin: .25em 0 0; padding-left: 1.1em; }
@media (max-width: 480px) {
  .wz-st .wz-st-para { grid-template-columns: 1.7em minmax(0, 1fr); }
  .wz-st .wz-st-detail { margin-left: 0; }
  .wz-st .wz-st-note dl { grid-template-columns: 1fr; }
}
.wz-st-header dl { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .2em .9em; margin: .5em 0 1em; }
.wz-st-header dt { color: var(--wz-muted); }
.wz-st-header dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.wz-st-header code { font-size: .85em; overflow-wrap: anywhere; word-break: break-all; }
.wz-st-header a { color: var(--wz-focus); text-decoration: underline; }
@media (max-width: 480px) { .wz-st-header dl { grid-template-columns: 1fr; } .wz-st-header dt { margin-top: .35em; } }
`;

// ── Rendering ────────────────────────────────────────────────────────────────

export interface SourceTextData {
  source: SourceMeta;
  claims: readonly ClaimRow[];
  corrections: readonly CorrectionRow[];
  /** Events whose mentions (offsets in this source) become #event-ID targets. */
  events?: readonly EventRow[];
  actors: readonly ActorRow[];
}

export interface SourceTextOptions {
  /** Prefix for the ids of panels and descriptions (claim-ID and event-ID ids are global by design). */
  id?: string;
  /** Where the claim card's "read it in the article" link points; "" links within this page. */
  sourceHref?: string;
  /** Heading level of the panels' titles. */
  headingLevel?: 3 | 4 | 5 | 6;
}

export interface SourceTextState {
  actors: readonly string[];
}

export type SourceTextElement = HTMLElement & {
  update(state: SourceTextState): void;
  /** Focuses and scrolls to `#claim-ID` or `#event-ID`; false when the hash names nothing here. */
  reveal(hash: string): boolean;
};

type Mark =
  | (Range & {kind: "claim"; claim: ClaimRow})
  | (Range & {kind: "correction"; correction: CorrectionRow})
  | (Range & {kind: "event"; event: EventRow});

const HAN = /(\p{Script=Han}+)/u;

/** Text, with runs of Chinese characters marked lang="zh" (WCAG 3.1.2). */
function textWithLang(text: string): Child[] {
  return text.split(HAN).map((part, i) => (i % 2 === 1 ? el("span", {lang: "zh"}, part) : part)).filter((p) => p !== "");
}

function citationList(citations: readonly {url: string; quote: string; title?: string}[]): HTMLElement | null {
  if (!citations.length) return null;
  return el(
    "ul",
    {},
    citations.map((c) => el("li", {}, el("a", {href: c.url, rel: "noopener noreferrer"}, c.title ?? hostname(c.url)), `: “${c.quote}”`))
  );
}

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

export function SourceText(data: SourceTextData, options: SourceTextOptions = {}): SourceTextElement {
  useStyles("source-text", CSS + styleCss());
  const {id = "source", sourceHref = "", headingLevel = 3} = options;
  const {source} = data;
  const claims = data.claims.filter((c) => c.source === source.id);
  const corrections = data.corrections.filter((c) => c.source === source.id);
  const styled = styledActors(data.actors, claims);
  const styleOf = new Map(styled.map((s) => [s.actor.id, s.style]));
  const nameOf = new Map(data.actors.map((a) => [a.id, a.name]));
  const claimById = new Map(claims.map((c) => [c.id, c]));
  const correctionById = new Map(corrections.map((c) => [c.id, c]));
  const eventById = new Map((data.events ?? []).map((e) => [e.id, e]));

  const marks: Mark[] = [
    ...claims.map((c) => ({start: c.start, end: c.end, kind: "claim" as const, claim: c})),
    ...corrections.map((c) => ({start: c.start, end: c.end, kind: "correction" as const, correction: c})),
    ...(data.events ?? []).flatMap((e) => e.mentions.map((m) => ({start: m.start, end: m.end, kind: "event" as const, event: e})))
  ];
  // The first segment of each claim holds its handle; the first segment of an
  // event's earliest mention holds its #event-ID target.
  const claimStarted = new Set<string>();
  const eventStarted = new Set<string>();
  const firstMention = new Map<string, number>();
  for (const e of data.events ?? []) if (e.mentions.length) firstMention.set(e.id, Math.min(...e.mentions.map((m) => m.start)));

  // Hidden descriptions that tell screen readers whose claim a handle is.
  const descriptions = el(
    "div",
    {hidden: true},
    styled.map((s) => el("span", {id: `${id}-by-${s.actor.id}`}, `Claim by ${s.actor.name}. Opens its card.`))
  );

  const legendTitle = el("p", {class: "wz-st-keytitle", id: `${id}-key`}, "Key: whose claim each highlight is");
  const legend = el(
    "ul",
    {class: "wz-st-legend", "aria-labelledby": `${id}-key`},
    styled.map((s) =>
      el(
        "li",
        {"data-actor": s.actor.id},
        el("span", {class: `wz-st-claim wz-st-a${s.style.index}`}, s.actor.name),
        " ",
        el("span", {class: "wz-st-how"}, `${s.style.label}; ${s.n} claim${s.n === 1 ? "" : "s"}`)
      )
    ),
    corrections.length
      ? el(
          "li",
          {},
          el("span", {class: "wz-st-corr"}, "boxed text"),
          el("span", {class: "wz-st-sic", "aria-hidden": "true"}, " [sic]"),
          " ",
          el("span", {class: "wz-st-how"}, `an error or doubt in the original; ${corrections.length} noted`)
        )
      : null
  );
  const status = el("p", {class: "wz-st-status", role: "status", "aria-live": "polite"});

  const handles = new Map<string, HTMLElement>(); // claim id → its focusable handle
  const claimPieces = new Map<string, HTMLElement[]>(); // claim id → every wrapper of it
  const detailOf = new Map<number, HTMLElement>(); // paragraph → its panel
  const paragraphs: HTMLElement[] = [];

  for (const p of source.paragraphs) {
    const text = el("p", {id: `${id}-p${p.n}`});
    const cuts = segmentText(p, marks);
    for (const seg of cuts) {
      const firstHere = seg.covers.filter((m): m is Extract<Mark, {kind: "claim"}> => m.kind === "claim" && !claimStarted.has(m.claim.id));
      const leafText = textWithLang(source.text.slice(seg.start, seg.end));
      let content: Child[] = leafText;
      if (firstHere.length) {
        const primary = firstHere[0]!.claim;
        const handle = el(
          "span",
          {
            class: "wz-st-handle",
            id: `claim-${primary.id}`,
            role: "button",
            tabindex: 0,
            "aria-expanded": "false",
            "aria-controls": `${id}-detail-${p.n}`,
            "aria-describedby": `${id}-by-${primary.actor}`,
            "data-claims": firstHere.map((m) => m.claim.id).join(" ")
          },
          leafText
        );
        for (const m of firstHere) {
          claimStarted.add(m.claim.id);
          handles.set(m.claim.id, handle);
        }
        content = [handle];
      }
      // Wrap from the innermost span outwards.
      for (let i = seg.covers.length - 1; i >= 0; i--) {
        const m = seg.covers[i]!;
        let wrapper: HTMLElement;
        if (m.kind === "claim") {
          const style = styleOf.get(m.claim.actor)!;
          // Claims that start with the same words as another share its handle; they keep their id on their wrapper.
          const sharesHandle = firstHere.some((f) => f === m) && firstHere[0] !== m;
          wrapper = el("span", {class: `wz-st-claim wz-st-a${style.index}`, "data-claim": m.claim.id, "data-actor": m.claim.actor, id: sharesHandle ? `claim-${m.claim.id}` : null}, content);
          const list = claimPieces.get(m.claim.id) ?? [];
          list.push(wrapper);
          claimPieces.set(m.claim.id, list);
        } else if (m.kind === "correction") {
          wrapper = el("span", {class: "wz-st-corr", "data-correction": m.correction.id}, content);
        } else {
          const target = !eventStarted.has(m.event.id) && firstMention.get(m.event.id) === m.start;
          if (target) eventStarted.add(m.event.id);
          wrapper = el("span", {class: "wz-st-event", "data-event": m.event.id, id: target ? `event-${m.event.id}` : null, tabindex: target ? -1 : null}, content);
        }
        content = [wrapper];
      }
      text.append(...el("span", {}, content).childNodes);
      // [sic] buttons follow the corrections that end here, outside every highlight.
      for (const m of seg.covers) {
        if (m.kind !== "correction" || m.end !== seg.end) continue;
        const c = m.correction;
        text.append(
          el(
            "span",
            {class: "wz-st-sic"},
            el(
              "button",
              {type: "button", "aria-expanded": "false", "aria-controls": `${id}-detail-${p.n}`, "data-correction": c.id},
              "[sic]",
              el("span", {class: "wz-sr"}, `: note on “${c.text}”`)
            )
          )
        );
      }
    }
    const detail = el("section", {class: "wz-st-detail", id: `${id}-detail-${p.n}`, tabindex: -1, hidden: true, "data-paragraph": p.n});
    detailOf.set(p.n, detail);
    paragraphs.push(el("div", {class: "wz-st-para", "data-paragraph": p.n}, el("span", {class: "wz-st-pn"}, el("span", {class: "wz-sr"}, "Paragraph "), String(p.n)), text), detail);
  }

  const article = el("div", {class: "wz-st-text", lang: source.language}, paragraphs);
  const root = el("div", {class: "wz wz-st", id}, legendTitle, legend, status, descriptions, article) as unknown as SourceTextElement;

  // ── Panels ──
  let open: {detail: HTMLElement; invoker: HTMLElement} | null = null;

  function close(returnFocus = true) {
    if (!open) return;
    const {detail, invoker} = open;
    detail.hidden = true;
    replaceChildren(detail);
    detail.removeAttribute("aria-label");
    root.querySelectorAll('[aria-expanded="true"]').forEach((n) => n.setAttribute("aria-expanded", "false"));
    root.querySelectorAll(".wz-st-claim.is-active").forEach((n) => n.classList.remove("is-active"));
    open = null;
    if (returnFocus) invoker.focus();
  }

  function show(paragraph: number, invoker: HTMLElement, label: string, body: Child[]) {
    close(false);
    const detail = detailOf.get(paragraph)!;
    const closeButton = el("button", {type: "button", class: "wz-button"}, "Close");
    closeButton.addEventListener("click", () => close());
    replaceChildren(detail, el("div", {class: "wz-st-detail-bar"}, closeButton), body);
    detail.setAttribute("aria-label", label);
    detail.hidden = false;
    invoker.setAttribute("aria-expanded", "true");
    open = {detail, invoker};
    detail.focus({preventScroll: true});
    detail.scrollIntoView?.({block: "nearest"});
  }

  function openClaims(ids: readonly string[]) {
    const list = ids.map((c) => claimById.get(c)).filter((c): c is ClaimRow => c !== undefined);
    if (!list.length) return;
    const handle = handles.get(list[0]!.id)!;
    const cards = list.map((c) => ClaimCard(c, {sourceHref, headingLevel}));
    show(list[0]!.paragraph, handle, `Claim by ${list.map((c) => c.actor_name).join(", ")}`, cards);
    for (const c of list) claimPieces.get(c.id)?.forEach((n) => n.classList.add("is-active"));
  }

  function openCorrection(button: HTMLElement) {
    const c = correctionById.get(button.dataset.correction ?? "");
    if (!c) return;
    const H = `h${headingLevel}` as "h3";
    show(c.paragraph, button, `Note on “${c.text}”`, [
      el(
        "div",
        {class: "wz wz-st-note"},
        el(H, {}, "[sic] ", el("q", {}, ...textWithLang(c.text))),
        el("dl", {}, el("dt", {}, "Means"), el("dd", {}, ...textWithLang(c.means)), el("dt", {}, "Kind"), el("dd", {}, c.kind), el("dt", {}, "Note"), el("dd", {}, c.note), c.citations.length ? [el("dt", {}, "Sources"), el("dd", {}, citationList(c.citations))] : null)
      )
    ]);
  }

  root.addEventListener("click", (event) => {
    const target = event.target as HTMLElement;
    if (target.closest(".wz-st-detail")) return;
    root.querySelectorAll(".is-target").forEach((n) => n.classList.remove("is-target"));
    const sic = target.closest<HTMLElement>(".wz-st-sic button");
    if (sic) {
      if (open?.invoker === sic) close();
      else openCorrection(sic);
      return;
    }
    const handle = target.closest<HTMLElement>(".wz-st-handle");
    const claim = target.closest<HTMLElement>(".wz-st-claim");
    if (handle && (!claim || claim.contains(handle))) {
      openClaims((handle.dataset.claims ?? "").split(" "));
    } else if (claim?.dataset.claim) {
      openClaims([claim.dataset.claim]);
    }
  });
  root.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    if (event.key === "Escape" && open) {
      event.preventDefault();
      close();
      return;
    }
    if ((event.key === "Enter" || event.key === " ") && target.classList.contains("wz-st-handle")) {
      event.preventDefault();
      openClaims((target.dataset.claims ?? "").split(" "));
    }
  });

  // ── Filter ──
  root.update = ({actors}) => {
    const chosen = new Set(actors);
    const on = (actor: string) => chosen.size === 0 || chosen.has(actor);
    for (const [claimId, pieces] of claimPieces) {
      const c = claimById.get(claimId)!;
      for (const piece of pieces) piece.classList.toggle("is-dimmed", !on(c.actor));
      const handle = handles.get(claimId)!;
      // A handle is reachable with Tab only while its claim is highlighted.
      const ids = (handle.dataset.claims ?? "").split(" ");
      handle.tabIndex = ids.some((x) => on(claimById.get(x)!.actor)) ? 0 : -1;
    }
    for (const li of legend.querySelectorAll<HTMLElement>("li[data-actor]")) {
      const dim = !on(li.dataset.actor ?? "");
      li.classList.toggle("is-dimmed", dim);
      li.querySelector(".wz-st-claim")?.classList.toggle("is-dimmed", dim);
    }
    const shown = claims.filter((c) => on(c.actor)).length;
    status.textContent =
      chosen.size === 0
        ? `${claims.length} claims highlighted, by ${styled.length} actors.`
        : `Highlighting ${shown} of ${claims.length} claims: those by ${actors.map((a) => nameOf.get(a) ?? a).join(", ")}. The others are shown as plain text.`;
  };

  root.reveal = (hash: string) => {
    let targetId: string;
    try {
      targetId = decodeURIComponent(hash.replace(/^#/, ""));
    } catch {
      return false;
    }
    if (!/^(claim|event)-[a-z0-9-]+$/.test(targetId)) return false;
    const found = root.querySelector<HTMLElement>(`[id="${targetId}"]`);
    if (!found) return false;
    root.querySelectorAll(".is-target").forEach((n) => n.classList.remove("is-target"));
    // A claim that shares its first words with another is reached through the shared handle.
    const target = targetId.startsWith("claim-") ? (handles.get(targetId.slice(6)) ?? found) : found;
    target.classList.add("is-target");
    target.focus({preventScroll: true});
    target.scrollIntoView?.({block: "center"});
    return true;
  };

  root.update({actors: []});
  return root;
}

/** Calls `reader.reveal` for the current hash (after layout) and on every hash change; returns a function that stops listening. */
export function followHash(reader: SourceTextElement, win: Window = window): () => void {
  const onHash = () => reader.reveal(win.location.hash);
  const frame = win.requestAnimationFrame(onHash);
  win.addEventListener("hashchange", onHash);
  return () => {
    win.cancelAnimationFrame(frame);
    win.removeEventListener("hashchange", onHash);
  };
}

/** The header of the reader: what the text is, where it comes from, how far to trust it, its checksum. */
export function SourceHeader(source: SourceMeta): HTMLElement {
  useStyles("source-text", CSS + styleCss());
  return el(
    "div",
    {class: "wz wz-st-header"},
    el(
      "dl",
      {},
      el("dt", {}, "Headline"),
      el("dd", {}, ...textWithLang(source.title)),
      el("dt", {}, "Published by"),
      el("dd", {}, source.outlet, ", ", el("a", {href: source.url, rel: "noopener noreferrer"}, hostname(source.url))),
      el("dt", {}, "Date"),
      el("dd", {}, formatDate(source.published, source.published_precision)),
      el("dt", {}, "What it is"),
      el("dd", {}, ...textWithLang(source.notes)),
      el("dt", {}, "SHA-256"),
      el("dd", {}, el("code", {}, source.sha256), el("span", {class: "wz-muted"}, ` of ${source.text_file}, checked at every build`))
    )
  );
}
