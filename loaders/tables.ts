// The published tables' row types: the contract between the loaders (which
// write these as JSON) and the components (which import these types only).
import type {Citation} from "./schemas/common.js";

export type Stance = "favor" | "against" | "none";
export type SpeechMode = "direct" | "indirect" | "mixed" | "reporter_paraphrase";
export type VerificationStatus = "confirmed" | "unconfirmed" | "disputed";
export type Relation = "rebut" | "undercut" | "evidence";
export type Precision = "minute" | "hour" | "day" | "month" | "year" | "approximate";

export interface ActorRow {
  id: string;
  name: string;
  name_zh: string | null;
  type: string;
  country: string;
  role: string;
  notes: string | null;
  n_claims: number;
  n_counterclaims_made: number;
  n_counterclaims_received: number;
  n_events: number;
}

export interface ClaimRow {
  id: string;
  source: string;
  actor: string;
  actor_name: string;
  quote: string;
  /** Character offsets (UTF-16 code units) of the quote in its source text. */
  start: number;
  end: number;
  paragraph: number;
  cue: string;
  mode: SpeechMode;
  proposition: string;
  topic: string;
  topic_label: string;
  axis: string | null;
  pole: -1 | 1 | null;
  stance: Stance;
  intensity: number;
  /** intensity × pole on the topic's axis; null for off-map topics. */
  position: number | null;
  confidence: "high" | "medium" | "low";
  rationale: string;
  date: string;
  date_precision: "day" | "month" | "year" | "approximate";
  event: string | null;
  verification: VerificationStatus;
  verification_note: string;
  citations: Citation[];
}

export interface CounterclaimRow {
  id: string;
  from: string;
  to: string;
  relation: Relation;
  asserted_by: "article" | "coder";
  rationale: string;
  from_actor: string;
  from_actor_name: string;
  from_quote: string;
  to_actor: string;
  to_actor_name: string;
  to_quote: string;
}

export interface StanceRow {
  actor: string;
  topic: string;
  n: number;
  n_favor: number;
  n_against: number;
  n_none: number;
  claims: string[];
  stance: Stance | "mixed";
}

export interface PositionRow {
  actor: string;
  actor_name: string;
  axis: string;
  n: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  n_direct: number;
  indirect_only: boolean;
  too_little: boolean;
  claims: string[];
}

export interface SpanRow {
  start: number;
  end: number;
  paragraph: number;
}

export interface EventRow {
  id: string;
  title: string;
  start: string;
  end: string | null;
  precision: Precision;
  kind: string;
  place: string;
  description: string;
  actors: string[];
  in_article: boolean;
  mentions: SpanRow[];
  bears_on: string[];
  citations: Citation[];
  note: string | null;
}

export interface CorrectionRow {
  id: string;
  source: string;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  means: string;
  kind: "typo" | "garble" | "factual" | "unverified";
  note: string;
  citations: Citation[];
}

export interface AxisMeta {
  id: string;
  label: string;
  minus_label: string;
  plus_label: string;
  description: string;
  literature: {citation: string; url: string}[];
}

export interface TopicMeta {
  id: string;
  label: string;
  target: string;
  axis: string;
  pole?: -1 | 1;
  description: string;
}

export interface SourceMeta {
  id: string;
  title: string;
  outlet: string;
  url: string;
  published: string;
  published_precision: "day" | "approximate";
  language: string;
  text_file: string;
  sha256: string;
  notes: string;
  text: string;
  paragraphs: {n: number; start: number; end: number}[];
}

export interface StoryMetaRow {
  sources: SourceMeta[];
  axes: AxisMeta[];
  topics: TopicMeta[];
  counts: Record<string, number>;
}

export interface StoryTables {
  actors: ActorRow[];
  claims: ClaimRow[];
  counterclaims: CounterclaimRow[];
  stances: StanceRow[];
  positions: PositionRow[];
  events: EventRow[];
  corrections: CorrectionRow[];
}
