// An event card: what happened, when (with how precisely the date is known),
// where, who, the sources with their supporting sentences, the claims the
// event bears on (each linking to its words in the article), and whether the
// article mentions the event or it is context added from other sources.
import {el} from "./dom.js";
import {formatDate} from "./format.js";
import {useStyles} from "./styles.js";
import type {ActorRow, ClaimRow, EventRow} from "../../loaders/tables.js";

export interface EventCardOptions {
  /** The claims table (or a map by id), to quote the claims the event bears on. */
  claims?: readonly ClaimRow[] | ReadonlyMap<string, ClaimRow>;
  /** The actors table (or a map by id), to name the actors involved. */
  actors?: readonly ActorRow[] | ReadonlyMap<string, ActorRow>;
  /** The lane the event sits in, e.g. "Legal process" (defaults to its kind). */
  laneLabel?: string;
  /** Path of the source reader; claims link to `#claim-ID`, mentions to `#event-ID`. */
  sourceHref?: string;
  /** Heading level of the card's title (2–6). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Shows a Close button and calls this when it is pressed (Escape is the caller's job). */
  onClose?: () => void;
}

export type EventCardElement = HTMLElement & {update(state: Record<string, never>): void};

/** How precisely a date is known, in words. */
export const PRECISION_LABEL: Record<string, string> = {
  minute: "to the minute",
  hour: "to the hour",
  day: "to the day",
  month: "to the month",
  year: "to the year",
  approximate: "approximately"
};

const CSS = `
.wz-event-card { border: 1px solid var(--wz-rule); border-radius: 6px; padding: .75em 1em; margin: 0 0 .75em; background: var(--wz-bg); max-width: 46em; }
.wz-event-card:focus { outline: 3px solid var(--wz-focus); outline-offset: 2px; }
.wz-event-card .wz-ec-head { display: flex; justify-content: space-between; gap: .5em; align-items: baseline; }
.wz-event-card .wz-ec-title { font-size: 1.05em; margin: 0; font-weight: 650; }
.wz-event-card .wz-ec-origin { display: inline-flex; align-items: center; gap: .4em; margin: .35em 0 0; font-size: .92em; }
.wz-event-card .wz-ec-desc { margin: .5em 0; }
.wz-event-card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em .75em; margin: .5em 0; font-size: .92em; }
.wz-event-card dt { color: var(--wz-muted); }
.wz-event-card dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.wz-event-card h4 { font-size: .95em; margin: .75em 0 .25em; }
.wz-event-card ul { margin: .25em 0 0; padding-left: 1.1em; }
.wz-event-card li { margin: 0 0 .4em; overflow-wrap: anywhere; }
.wz-event-card a { color: var(--wz-focus); display: inline-block; min-height: 24px; padding: .1em 0; }
.wz-event-card .wz-ec-quote { display: block; font-family: Georgia, "Iowan Old Style", "Noto Serif", serif; }
.wz-event-card .wz-ec-mention { margin: .75em 0 0; }
@media (max-width: 480px) { .wz-event-card dl { grid-template-columns: 1fr; } .wz-event-card dt { margin-top: .3em; } }
`;

function asMap<T extends {id: string}>(rows: readonly T[] | ReadonlyMap<string, T> | undefined): ReadonlyMap<string, T> {
  if (!rows) return new Map();
  if (rows instanceof Map) return rows;
  return new Map((rows as readonly T[]).map((r) => [r.id, r]));
}

/** "19 November 2014 to 21 November 2014", or one date. */
export function formatEventDate(event: Pick<EventRow, "start" | "end" | "precision">): string {
  const start = formatDate(event.start, event.precision);
  if (!event.end || event.end === event.start) return start;
  return `${start} to ${formatDate(event.end, event.precision)}`;
}

/** A small icon for "in the article" (filled) or "added context" (outlined), as in the timeline's legend. */
export function originIcon(inArticle: boolean, size = 14): SVGSVGElement {
  const ns = "http://www.w3.org/2000/svg";
  const icon = document.createElementNS(ns, "svg");
  icon.setAttribute("width", String(size));
  icon.setAttribute("height", String(size));
  icon.setAttribute("viewBox", "-8 -8 16 16");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("focusable", "false");
  const c = document.createElementNS(ns, "circle");
  c.setAttribute("r", "5.5");
  c.setAttribute("fill", inArticle ? "var(--wz-mention)" : "var(--wz-bg)");
  c.setAttribute("stroke", inArticle ? "var(--wz-mention)" : "var(--wz-context)");
  c.setAttribute("stroke-width", "2");
  icon.append(c);
  return icon;
}

export function EventCard(event: EventRow, options: EventCardOptions = {}): EventCardElement {
  useStyles("event-card", CSS);
  const {sourceHref = "/source", headingLevel = 3, onClose, laneLabel = event.kind} = options;
  const claims = asMap(options.claims);
  const actors = asMap(options.actors);
  const titleId = `event-card-${event.id}`;
  const subLevel = Math.min(6, headingLevel + 1) as 3 | 4 | 5 | 6;
  const sub = (text: string) => el(`h${subLevel}` as "h4", {}, text);

  const close = onClose ? el("button", {type: "button", class: "wz-button", "data-action": "close", "aria-label": `Close the card for “${event.title}”`}, "Close") : null;
  close?.addEventListener("click", () => onClose?.());

  const who = event.actors.map((a) => actors.get(a)?.name ?? a);
  const citations = el(
    "ul",
    {class: "wz-ec-citations"},
    event.citations.map((c) =>
      el(
        "li",
        {},
        c.title ? `${c.title}: ` : null,
        el("a", {href: c.url, rel: "noopener noreferrer"}, c.url),
        el("span", {class: "wz-ec-quote"}, `“${c.quote}”`)
      )
    )
  );

  const linked = event.bears_on.map((claimId) => {
    const claim = claims.get(claimId);
    return el(
      "li",
      {"data-claim": claimId},
      el("a", {href: `${sourceHref}#claim-${claimId}`}, claim ? `“${claim.quote}”` : claimId),
      claim ? ` (${claim.actor_name})` : null
    );
  });

  const paragraphs = [...new Set(event.mentions.map((m) => m.paragraph))];
  const mention = event.in_article
    ? el(
        "p",
        {class: "wz-ec-mention"},
        el(
          "a",
          {href: `${sourceHref}#event-${event.id}`},
          "Read where the article mentions it",
          el("span", {class: "wz-sr"}, `: “${event.title}”`),
          paragraphs.length ? ` (paragraph${paragraphs.length > 1 ? "s" : ""} ${paragraphs.join(", ")})` : null
        )
      )
    : el("p", {class: "wz-ec-mention wz-muted"}, "The article does not mention this event: it is context from the sources above.");

  const card = el(
    "article",
    {class: "wz wz-event-card", "aria-labelledby": titleId, "data-event": event.id, tabindex: -1},
    el("div", {class: "wz-ec-head"}, el(`h${headingLevel}` as "h3", {class: "wz-ec-title", id: titleId}, event.title), close),
    el("p", {class: "wz-ec-origin", "data-origin": event.in_article ? "article" : "context"}, originIcon(event.in_article), event.in_article ? "In the article" : "Added context, not in the article"),
    el(
      "dl",
      {},
      el("dt", {}, "When"),
      el("dd", {class: "wz-ec-when"}, formatEventDate(event), el("span", {class: "wz-muted"}, ` (date known ${PRECISION_LABEL[event.precision] ?? event.precision})`)),
      el("dt", {}, "Where"),
      el("dd", {}, event.place),
      el("dt", {}, "Lane"),
      el("dd", {}, laneLabel),
      who.length ? [el("dt", {}, "Who"), el("dd", {}, who.join(", "))] : null,
      event.note ? [el("dt", {}, "Note"), el("dd", {class: "wz-ec-note"}, event.note)] : null
    ),
    el("p", {class: "wz-ec-desc"}, event.description),
    sub(`Sources (${event.citations.length})`),
    citations,
    linked.length ? [sub(`Claims it bears on (${linked.length})`), el("ul", {class: "wz-ec-claims"}, linked)] : null,
    mention
  ) as unknown as EventCardElement;
  card.update = () => {};
  return card;
}
