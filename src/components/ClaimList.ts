// A compact list of claims that follows the actor filter: for each claim its
// stance glyph, topic, the verbatim quote, speech mode and date, a link to the
// words in the article, and a disclosure that opens the full claim card (Enter
// or a click; Escape or the card's Close button closes it again and gives
// focus back). Grouped by actor, most claims first, or flat.
//
// Usage: ClaimList(claims, {actors, group: "actor", id})
//
// State (update; absent fields keep their value):
//   {
//     actors?: string[]           // only these actors' claims ([] = all)
//     highlightClaims?: string[]  // tint these rows
//   }
import {ClaimCard} from "./ClaimCard.js";
import {el, replaceChildren} from "./dom.js";
import {formatDate, MODE_LABEL, plural} from "./format.js";
import {stanceIcon, STANCE_LABEL} from "./glyphs.js";
import {compareActors, type StanceViewState} from "./stanceView.js";
import {useStyles} from "./styles.js";
import type {ActorRow, ClaimRow} from "../../loaders/tables.js";

export interface ClaimListOptions {
  /** Actor rows, for group order and counts; without them, groups follow the claims. */
  actors?: readonly ActorRow[];
  /** "actor" groups rows under a heading per actor; "none" is one flat list. */
  group?: "actor" | "none";
  /** Heading level of the group headings (2–5; cards use the next level). */
  headingLevel?: 2 | 3 | 4 | 5;
  /** A short text before each quote, e.g. the claim's position on an axis. */
  badge?: (claim: ClaimRow) => string | null;
  sourceHref?: string;
  /** Shown when no claim matches. */
  emptyText?: string;
  /** Start with a line counting the claims shown (default true). */
  summary?: boolean;
  /** Name the actor in each row (default: only in a flat list). */
  showActor?: boolean;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /** Initial state. */
  state?: Pick<StanceViewState, "actors" | "highlightClaims">;
}

/**
 * A ClaimCard whose element ids carry a prefix, so that the same claim can be
 * open in two places on one page (a grid panel and a list) without duplicate ids.
 */
export function prefixedClaimCard(claim: ClaimRow, prefix: string, options: Parameters<typeof ClaimCard>[1] = {}): HTMLElement {
  const card = ClaimCard(claim, options);
  const title = card.querySelector<HTMLElement>(`[id="claim-card-${claim.id}"]`);
  if (title) {
    title.id = `${prefix}-card-${claim.id}`;
    card.setAttribute("aria-labelledby", title.id);
  }
  return card;
}

export type ClaimListElement = HTMLElement & {update(state: Pick<StanceViewState, "actors" | "highlightClaims">): void};

const CSS = `
.wz-claim-list { max-width: 48em; }
.wz-claim-list .wz-cl-summary { margin: 0 0 .5em; color: var(--wz-muted); }
.wz-claim-list .wz-cl-group-title { font-size: 1.02em; margin: 1em 0 .35em; }
.wz-claim-list .wz-cl-group-title .wz-muted { font-weight: 400; font-size: .9em; }
.wz-claim-list ul { list-style: none; margin: 0; padding: 0; max-width: none; }
.wz-claim-list .wz-cl-item { margin: 0 0 .6em; padding: .35em .5em .35em .6em; border-left: 3px solid var(--wz-rule); }
.wz-claim-list .wz-cl-item.wz-cl-hl { background: var(--wz-highlight); border-left-color: var(--wz-focus); border-left-width: 5px; }
.wz-claim-list .wz-cl-head { display: flex; flex-wrap: wrap; gap: .2em .6em; align-items: center; font-size: .9em; }
.wz-claim-list .wz-cl-stance { display: inline-flex; align-items: center; gap: .3em; font-weight: 600; }
.wz-claim-list .wz-cl-badge { font-variant-numeric: tabular-nums; border: 1px solid var(--wz-rule); border-radius: 4px; padding: 0 .35em; }
.wz-claim-list .wz-cl-quote { margin: .2em 0; font-family: Georgia, "Iowan Old Style", "Noto Serif", serif; font-size: 1.02em; overflow-wrap: anywhere; max-width: none; }
.wz-claim-list .wz-cl-meta { margin: 0; font-size: .88em; color: var(--wz-muted); max-width: none; }
.wz-claim-list .wz-cl-meta a { color: var(--wz-focus); text-decoration: underline; display: inline-block; min-height: 24px; padding: .15em 0; }
.wz-claim-list details > summary { cursor: pointer; display: inline-flex; align-items: center; min-height: 28px; color: var(--wz-focus); font-size: .9em; }
.wz-claim-list details[open] > summary { margin-bottom: .35em; }
`;

export function ClaimList(claims: readonly ClaimRow[], options: ClaimListOptions = {}): ClaimListElement {
  useStyles("claim-list", CSS);
  const {group = "actor", headingLevel = 3, badge, sourceHref = "/source", emptyText = "No claims to show.", id = "claim-list", showActor = group === "none"} = options;
  let actors: readonly string[] = options.state?.actors ?? [];
  let highlight: readonly string[] = options.state?.highlightClaims ?? [];

  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.actor, (counts.get(c.actor) ?? 0) + 1);
  const actorRows: Pick<ActorRow, "id" | "name" | "n_claims">[] = options.actors
    ? options.actors.filter((a) => counts.has(a.id))
    : [...new Map(claims.map((c) => [c.actor, {id: c.actor, name: c.actor_name, n_claims: counts.get(c.actor) ?? 0}])).values()];
  const order = [...actorRows].sort(compareActors);

  const summary = el("p", {class: "wz-cl-summary", hidden: options.summary === false});
  const body = el("div", {});
  const root = el("div", {class: "wz wz-claim-list", id}, summary, body) as unknown as ClaimListElement;

  function item(claim: ClaimRow): HTMLLIElement {
    const details = el("details", {"data-claim": claim.id});
    const summaryEl = el("summary", {}, "Full claim card", el("span", {class: "wz-sr"}, `: ${claim.actor_name}, ${claim.topic_label}`));
    details.append(summaryEl);
    details.addEventListener("toggle", () => {
      if (details.open && details.childElementCount === 1) {
        details.append(
          prefixedClaimCard(claim, id, {
            sourceHref,
            headingLevel: Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6,
            onClose: () => {
              details.open = false;
              summaryEl.focus();
            }
          })
        );
      }
    });
    const note = badge?.(claim);
    return el(
      "li",
      {class: highlight.includes(claim.id) ? "wz-cl-item wz-cl-hl" : "wz-cl-item", "data-claim": claim.id},
      el(
        "div",
        {class: "wz-cl-head"},
        note ? el("span", {class: "wz-cl-badge"}, note) : null,
        el("span", {class: "wz-cl-stance"}, stanceIcon(claim.stance, 14), STANCE_LABEL[claim.stance]),
        el("span", {}, claim.topic_label),
        showActor ? el("span", {class: "wz-muted"}, `· ${claim.actor_name}`) : null
      ),
      el("p", {class: "wz-cl-quote"}, `“${claim.quote}”`),
      el(
        "p",
        {class: "wz-cl-meta"},
        `${claim.cue} · ${MODE_LABEL[claim.mode] ?? claim.mode} · ${formatDate(claim.date, claim.date_precision)} · `,
        el("a", {href: `${sourceHref}#claim-${claim.id}`}, "Read it in the article", el("span", {class: "wz-sr"}, ` (${claim.actor_name}, paragraph ${claim.paragraph})`))
      ),
      details
    );
  }

  function render() {
    const chosen = new Set(actors);
    const shown = claims.filter((c) => chosen.size === 0 || chosen.has(c.actor));
    summary.textContent = shown.length === 0 ? emptyText : `${plural(shown.length, "claim")}${chosen.size ? ` by ${[...new Set(shown.map((c) => c.actor_name))].join(", ")}` : ""}.`;
    if (group === "none") {
      replaceChildren(body, shown.length ? el("ul", {}, shown.map(item)) : null);
      return;
    }
    replaceChildren(
      body,
      order
        .filter((a) => chosen.size === 0 || chosen.has(a.id))
        .map((a) => {
          const mine = shown.filter((c) => c.actor === a.id);
          if (!mine.length) return null;
          return el(
            "section",
            {"data-actor": a.id, "aria-labelledby": `${id}-${a.id}`},
            el(`h${headingLevel}` as "h3", {class: "wz-cl-group-title", id: `${id}-${a.id}`}, a.name, " ", el("span", {class: "wz-muted"}, `(${plural(mine.length, "claim")})`)),
            el("ul", {}, mine.map(item))
          );
        })
    );
  }

  // Escape closes the card the focus is in (and only that one).
  root.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const details = (event.target as Element).closest?.("details");
    if (!details || !(details as HTMLDetailsElement).open || !root.contains(details)) return;
    event.preventDefault();
    event.stopPropagation();
    (details as HTMLDetailsElement).open = false;
    details.querySelector<HTMLElement>("summary")?.focus();
  });

  root.update = (state) => {
    if (state.actors) actors = [...state.actors];
    if (state.highlightClaims) highlight = [...state.highlightClaims];
    render();
  };
  render();
  return root;
}
