// A claim card: the verbatim quote and everything needed to judge it: who,
// the cue verb, speech mode, date, the coded stance, verification with its
// sources, and a link to the words in the article.
import {el} from "./dom.js";
import {formatDate, MODE_LABEL, VERIFICATION_LABEL} from "./format.js";
import {stanceIcon, STANCE_LABEL} from "./glyphs.js";
import {useStyles} from "./styles.js";
import type {ClaimRow} from "../../loaders/tables.js";

export interface ClaimCardOptions {
  /** Path of the source reader; the card links to `${sourceHref}#claim-ID`. */
  sourceHref?: string;
  /** Heading level of the card's title (2–6). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Shows a close button and calls this when it is pressed (Escape is the page's job). */
  onClose?: () => void;
  /** Show the coder's rationale (off in compact lists). */
  rationale?: boolean;
}

export type ClaimCardElement = HTMLElement & {update(state: Record<string, never>): void};

const CSS = `
.wz-claim-card { border: 1px solid var(--wz-rule); border-radius: 6px; padding: .75em 1em; margin: 0 0 .75em; background: var(--wz-bg); max-width: 44em; }
.wz-claim-card .wz-cc-head { display: flex; justify-content: space-between; gap: .5em; align-items: baseline; }
.wz-claim-card .wz-cc-title { font-size: 1em; margin: 0; font-weight: 650; }
.wz-claim-card blockquote { margin: .5em 0; padding: 0 0 0 .75em; border-left: 3px solid var(--wz-rule); font-family: Georgia, "Iowan Old Style", "Noto Serif", serif; font-size: 1.05em; }
.wz-claim-card dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em .75em; margin: .5em 0; font-size: .92em; }
.wz-claim-card dt { color: var(--wz-muted); }
.wz-claim-card dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
.wz-claim-card .wz-cc-stance { display: inline-flex; gap: .35em; align-items: center; }
.wz-claim-card .wz-cc-status-unconfirmed, .wz-claim-card .wz-cc-status-disputed { font-weight: 650; }
.wz-claim-card ul { margin: .25em 0 0; padding-left: 1.1em; }
.wz-claim-card a { color: var(--wz-focus); text-decoration: underline; }
.wz-claim-card .wz-cc-link { display: inline-block; min-height: 24px; padding: .2em 0; }
@media (max-width: 480px) { .wz-claim-card dl { grid-template-columns: 1fr; } .wz-claim-card dt { margin-top: .3em; } }
`;

export function ClaimCard(claim: ClaimRow, options: ClaimCardOptions = {}): ClaimCardElement {
  useStyles("claim-card", CSS);
  const {sourceHref = "/source", headingLevel = 3, onClose, rationale = true} = options;
  const titleId = `claim-card-${claim.id}`;
  const heading = el(`h${headingLevel}` as "h3", {class: "wz-cc-title", id: titleId}, `${claim.actor_name} ${claim.cue.startsWith("(") ? "" : claim.cue}`.trim());
  const close = onClose ? el("button", {type: "button", class: "wz-button", "aria-label": `Close the card for ${claim.actor_name}’s claim`}, "Close") : null;
  close?.addEventListener("click", () => onClose?.());

  const citations = claim.citations.length
    ? el(
        "ul",
        {},
        claim.citations.map((c) => el("li", {}, el("a", {href: c.url, rel: "noopener noreferrer"}, c.title ?? new URL(c.url).hostname), ": ", `“${c.quote}”`))
      )
    : null;

  const card = el(
    "article",
    {class: "wz wz-claim-card", "aria-labelledby": titleId, "data-claim": claim.id},
    el("div", {class: "wz-cc-head"}, heading, close),
    el("blockquote", {}, `“${claim.quote}”`),
    el(
      "dl",
      {},
      el("dt", {}, "Proposition"),
      el("dd", {}, claim.proposition),
      el("dt", {}, "Stance"),
      el("dd", {}, el("span", {class: "wz-cc-stance"}, stanceIcon(claim.stance), `${STANCE_LABEL[claim.stance]} (${claim.intensity > 0 ? "+" : ""}${claim.intensity})`), ` on “${claim.topic_label}”`),
      el("dt", {}, "Cue"),
      el("dd", {}, claim.cue),
      el("dt", {}, "Speech"),
      el("dd", {}, MODE_LABEL[claim.mode] ?? claim.mode),
      el("dt", {}, "Said"),
      el("dd", {}, formatDate(claim.date, claim.date_precision)),
      el("dt", {}, "Verification"),
      el("dd", {}, el("span", {class: `wz-cc-status-${claim.verification}`}, VERIFICATION_LABEL[claim.verification] ?? claim.verification), `: ${claim.verification_note}`, citations),
      rationale ? [el("dt", {}, "Why coded so"), el("dd", {}, claim.rationale, ` Confidence: ${claim.confidence}.`)] : null
    ),
    el("a", {class: "wz-cc-link", href: `${sourceHref}#claim-${claim.id}`}, "Read it in the article", el("span", {class: "wz-sr"}, ` (paragraph ${claim.paragraph})`))
  ) as unknown as ClaimCardElement;
  card.update = () => {};
  return card;
}
