// The story's steps as data: what the graphic shows at each step. The prose of
// each step lives in src/index.md (one `<section data-step>` per entry here, in
// the same order); build-time pictures for the linear reading mode are drawn
// from the same entries (src/story/step-[n].svg.ts).
import type {StoryState} from "./components/StoryGraphic.js";

export interface StoryStep extends StoryState {
  /** Short id, used in test names and the picture's file name. */
  id: string;
}

export const STEPS: readonly StoryStep[] = [
  {
    id: "sovereignty",
    view: "grid",
    actors: ["xi"],
    highlightClaims: ["xi-govern-own-internet", "xi-right-to-choose", "xi-respect-path", "xi-no-hegemony"],
    caption: "Xi Jinping's twelve claims by topic; the four on who governs the internet are highlighted."
  },
  {
    id: "order",
    view: "map",
    actors: ["xi"],
    highlightClaims: ["xi-freedom-order", "xi-balance-order-freedom"],
    caption: "Xi on the two axes: sovereigntist on four claims out of four, toward order on two out of two."
  },
  {
    id: "off-the-map",
    view: "grid",
    actors: ["xi"],
    highlightClaims: ["xi-terror-treaty-call", "xi-treaty-support", "xi-against-arms-race", "xi-no-battleground", "xi-innovation", "xi-abide-by-laws"],
    caption: "Xi's claims that divide no one: treaty, arms race, business. They stay off the map."
  },
  {
    id: "amnesty",
    view: "grid",
    actors: ["xi", "amnesty"],
    highlightActors: ["amnesty"],
    highlightClaims: ["amnesty-guise", "amnesty-censorship-norm"],
    showArrows: ["amnesty-undercuts-govern-own", "amnesty-rebuts-freedom-order"],
    caption: "Amnesty International answers two of Xi's claims: one undercut, one rebuttal."
  },
  {
    id: "unsourced",
    view: "grid",
    actors: ["xi", "security-experts"],
    highlightActors: ["security-experts"],
    highlightClaims: ["experts-hacking-source"],
    showArrows: ["experts-undercut-no-hegemony"],
    caption: "An accusation with no named source undercuts Xi's pledge of “no cyber hegemony”."
  },
  {
    id: "indictment",
    view: "timeline",
    actors: [],
    highlightEvents: ["indictment", "keynote"],
    caption: "May 2014: the US indicts five PLA officers, 19 months before the keynote."
  },
  {
    id: "trial",
    view: "timeline",
    actors: [],
    highlightEvents: ["pu-trial", "keynote", "pu-verdict"],
    caption: "14 December 2015: Pu Zhiqiang's trial, two days before the keynote; his conviction came six days after."
  },
  {
    id: "irony",
    view: "grid",
    actors: ["xi", "article-author"],
    highlightActors: ["article-author"],
    highlightClaims: ["author-irony", "author-just-seven-posts"],
    showArrows: ["irony-undercuts-respect-path", "trial-contradicts-freedom-order"],
    caption: "The article's own voice: the Twitter irony and the “just seven” posts answer Xi."
  },
  {
    id: "declaration",
    view: "timeline",
    actors: [],
    highlightEvents: ["cdn-block", "declaration-under-doors", "declaration-collapse", "wic-2014"],
    caption: "November 2014: a network blocked, a declaration under hotel doors, and no declaration."
  },
  {
    id: "overview",
    view: "map",
    caption: "Everyone on record: only Xi has enough claims on both axes to be placed; the rest are listed beside."
  },
  {
    id: "explore",
    view: "grid",
    caption: "Every actor, every topic: choose a cell to read the quotes."
  }
];

const EMPTY = {actors: [], highlightActors: [], highlightClaims: [], showArrows: [], highlightEvents: []} as const;

/**
 * A step's complete state: fields a step leaves out are empty, so jumping to a
 * step (?step=N, a reload, a fast scroll) gives the same graphic as reading up to it.
 */
export function resolveStep(step: StoryStep | undefined): StoryState {
  const {id: _id, ...state} = step ?? STEPS[0]!;
  return {...EMPTY, view: "grid", caption: "", ...state};
}
