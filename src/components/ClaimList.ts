// A compact list of claims that follows the actor filter: for each claim its
// stance glyph, topic, the verbatim quote, speech mode and date, a link to the
// words in the article, and a disclosure that opens the full claim card (Enter
// or a click; Escape or the card's Close button closes it again and gives
// focus back). Grouped by actor, most claims first, or flat.
//
// Usage: ClaimList(claims, {actors, group: "actor", id})
//
// At scale (a corpus of thousands of claims) only the first `pageSize` rows are
// rendered, with "Show more" below; at story scale (fewer claims than a page)
// the output is exactly the full list.
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
import {compareActors, sameList, type StanceViewState} from "./stanceView.js";
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
  /**
   * Rows rendered at first, and added by each "Show more" (default 50). A
   * page of a 10,000-claim corpus must not hold 10,000 cards: creating and
   * laying them out on every filter change takes seconds. The count resets
   * to one page when the filter changes.
   */
  pageSize?: number;
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
/* The list sits below the charts: off screen it skips style and layout, so a filter change costs only what is in view. */
.wz-claim-list { content-visibility: auto; contain-intrinsic-size: auto 2400px; }
.wz-claim-list .wz-cl-summary { margin: 0 0 .5em; color: var(--wz-muted); }
.wz-claim-list .wz-cl-group-title { font-size: 1.02em; margin: 1em 0 .35em; }
.wz-claim-list .wz-cl-group-title .wz-muted { font-weight: 400; font-size: .9em; }
.wz-claim-list ul { list-style: none; margin: 0; padding: 0; max-width: none; }
.wz-claim-list .wz-cl-item { margin: 0 0 .6em; padding: .35em .5em .35em .6em; border-left: 3px solid var(--wz-rule); }
/* Long lists only (more claims than a page): rows off screen skip layout until scrolled to, so a
   page of rows below a long grid costs nothing on a filter change. Story-scale lists are unchanged. */
.wz-claim-list[data-paged] .wz-cl-item { content-visibility: auto; contain-intrinsic-size: auto 40em auto 7.5em; }
.wz-claim-list .wz-cl-item.wz-cl-hl { background: var(--wz-highlight); border-left-color: var(--wz-focus); border-left-width: 5px; }
.wz-claim-list .wz-cl-head { display: flex; flex-wrap: wrap; gap: .2em .6em; align-items: center; font-size: .9em; }
.wz-claim-list .wz-cl-stance { display: inline-flex; align-items: center; gap: .3em; font-weight: 600; }
.wz-claim-list .wz-cl-badge { font-variant-numeric: tabular-nums; border: 1px solid var(--wz-rule); border-radius: 4px; padding: 0 .35em; }
.wz-claim-list .wz-cl-quote { margin: .2em 0; font-family: Georgia, "Iowan Old Style", "Noto Serif", serif; font-size: 1.02em; overflow-wrap: anywhere; max-width: none; }
.wz-claim-list .wz-cl-meta { margin: 0; font-size: .88em; color: var(--wz-muted); max-width: none; }
.wz-claim-list .wz-cl-meta a { color: var(--wz-focus); text-decoration: underline; display: inline-block; min-height: 24px; padding: .15em 0; }
.wz-claim-list details > summary { cursor: pointer; display: inline-flex; align-items: center; min-height: 28px; color: var(--wz-focus); font-size: .9em; }
.wz-claim-list details[open] > summary { margin-bottom: .35em; }
.wz-claim-list .wz-cl-more { margin: .25em 0 1em; display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; }
.wz-claim-list .wz-cl-more p { margin: 0; color: var(--wz-muted); }
`;

export function ClaimList(claims: readonly ClaimRow[], options: ClaimListOptions = {}): ClaimListElement {
  useStyles("claim-list", CSS);
  const {group = "actor", headingLevel = 3, badge, sourceHref = "/source", emptyText = "No claims to show.", id = "claim-list", showActor = group === "none"} = options;
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 50));
  let actors: readonly string[] = options.state?.actors ?? [];
  let highlight: readonly string[] = options.state?.highlightClaims ?? [];
  let limit = pageSize;

  // Each actor's claims, in data order, computed once (not filtered per render).
  const byActor = new Map<string, ClaimRow[]>();
  for (const c of claims) {
    const mine = byActor.get(c.actor);
    if (mine) mine.push(c);
    else byActor.set(c.actor, [c]);
  }
  const counts = new Map([...byActor].map(([actor, mine]) => [actor, mine.length]));
  const actorRows: Pick<ActorRow, "id" | "name" | "n_claims">[] = options.actors
    ? options.actors.filter((a) => counts.has(a.id))
    : [...new Map(claims.map((c) => [c.actor, {id: c.actor, name: c.actor_name, n_claims: counts.get(c.actor) ?? 0}])).values()];
  const order = [...actorRows].sort(compareActors);

  const summary = el("p", {class: "wz-cl-summary", hidden: options.summary === false});
  const body = el("div", {});
  // "Show more": in the page only while rows are left out.
  const moreText = el("p", {});
  const moreButton = el("button", {type: "button", class: "wz-button", "data-action": "more"});
  const more = el("div", {class: "wz-cl-more"}, moreText, moreButton);
  const root = el("div", {class: "wz wz-claim-list", id, "data-paged": claims.length > pageSize}, summary, body) as unknown as ClaimListElement;

  // Each claim's row is built once and reused while its highlight is unchanged
  // (an open card stays open when the filter hides and shows the row again).
  const items = new Map<string, {hl: boolean; node: HTMLLIElement}>();
  function item(claim: ClaimRow): HTMLLIElement {
    const hl = highlight.includes(claim.id);
    const cached = items.get(claim.id);
    if (cached?.hl === hl) return cached.node;
    const node = buildItem(claim);
    items.set(claim.id, {hl, node});
    return node;
  }

  function buildItem(claim: ClaimRow): HTMLLIElement {
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
    const shown = chosen.size === 0 ? claims : claims.filter((c) => chosen.has(c.actor));
    const names = chosen.size ? [...new Set(shown.map((c) => c.actor_name))].join(", ") : "";
    const cut = shown.length > limit;
    summary.textContent =
      shown.length === 0
        ? emptyText
        : cut
          ? `Showing ${limit.toLocaleString("en")} of ${shown.length.toLocaleString("en")} claims${names ? ` by ${names}` : ""}.`
          : `${plural(shown.length, "claim")}${names ? ` by ${names}` : ""}.`;
    if (cut) {
      const next = Math.min(pageSize, shown.length - limit);
      moreText.textContent = `${(shown.length - limit).toLocaleString("en")} more not shown.`;
      moreButton.textContent = `Show ${plural(next, "more claim")}`;
      if (more.parentNode !== root) root.append(more);
    } else more.remove();
    if (group === "none") {
      replaceChildren(body, shown.length ? el("ul", {}, shown.slice(0, limit).map(item)) : null);
      return;
    }
    // Groups in actor order; the first `limit` claims of that order are rendered.
    let left = limit;
    replaceChildren(
      body,
      order
        .filter((a) => chosen.size === 0 || chosen.has(a.id))
        .map((a) => {
          const mine = byActor.get(a.id) ?? [];
          if (!mine.length || left <= 0) return null;
          const rendered = mine.slice(0, left);
          left -= rendered.length;
          return el(
            "section",
            {"data-actor": a.id, "aria-labelledby": `${id}-${a.id}`},
            el(`h${headingLevel}` as "h3", {class: "wz-cl-group-title", id: `${id}-${a.id}`}, a.name, " ", el("span", {class: "wz-muted"}, `(${plural(mine.length, "claim")})`)),
            el("ul", {}, rendered.map(item))
          );
        })
    );
  }

  moreButton.addEventListener("click", () => {
    const first = limit;
    limit += pageSize;
    render();
    // Focus moves to the first row just added, so keyboard readers carry on from there.
    root.querySelectorAll<HTMLElement>("li.wz-cl-item")[first]?.querySelector<HTMLElement>("a, summary")?.focus();
  });

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
    if (state.actors) {
      if (!sameList(state.actors, actors)) limit = pageSize;
      actors = [...state.actors];
    }
    if (state.highlightClaims) highlight = [...state.highlightClaims];
    render();
  };
  render();
  return root;
}
