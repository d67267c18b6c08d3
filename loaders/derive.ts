// Turns a validated story into the published tables. Each table is built with
// arquero verbs and ends with an explicit column order and a total ordering
// (ties broken by id) so that two builds write byte-identical JSON.
import {escape, from, op} from "arquero";
import type {Story} from "./story.js";
import {OFF_MAP} from "./schemas/index.js";
import type {StoryTables} from "./tables.js";

/** Fewer claims than this on an axis and an actor is not placed on the map. */
export const MIN_CLAIMS_FOR_POSITION = 2;

const round2 = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? null : Math.round(x * 100) / 100);

type Row = Record<string, unknown>;
type Table = ReturnType<typeof from>;

function rows(table: Table): Row[] {
  return table.objects() as Row[];
}

export function deriveTables(story: Story): StoryTables {
  const {annotations: a, claimSpans, correctionSpans, eventMentions} = story;

  const actorsBase = from(a.actors.map((x) => ({id: x.id, name: x.name, name_zh: x.name_zh ?? null, type: x.type, country: x.country, role: x.role, notes: x.notes ?? null})));
  const topics = from(
    a.topics.map((t) => ({topic: t.id, topic_label: t.label, target: t.target, axis: t.axis === OFF_MAP ? null : t.axis, pole: t.pole ?? null}))
  );

  // Claims: resolved spans, actor and topic joined, and the signed position a
  // claim contributes on its topic's axis (intensity × pole; null off the map).
  const claims = from(
    a.claims.map((c) => {
      const span = claimSpans.get(c.id)!;
      return {
        id: c.id,
        source: c.source,
        actor: c.actor,
        quote: c.quote,
        start: span.start,
        end: span.end,
        paragraph: span.paragraph,
        cue: c.cue,
        mode: c.mode,
        proposition: c.proposition,
        topic: c.topic,
        stance: c.stance,
        intensity: c.intensity,
        confidence: c.confidence,
        rationale: c.rationale,
        date: c.date,
        date_precision: c.date_precision,
        event: c.event ?? null,
        verification: c.verification.status,
        verification_note: c.verification.note,
        citations: c.verification.citations
      };
    })
  )
    .lookup(actorsBase.select({id: "actor", name: "actor_name"}), "actor", "actor_name")
    .lookup(topics, "topic", "topic_label", "axis", "pole")
    .derive({position: (d: Row) => (d.axis === null ? null : (d.intensity as number) * (d.pole as number))})
    .orderby("start", "id");

  const claimActor = claims.select("id", "actor", "actor_name", "quote");
  const counterclaims = from(a.counterclaims.map((cc) => ({id: cc.id, from: cc.from, to: cc.to, relation: cc.relation, asserted_by: cc.asserted_by, rationale: cc.rationale})))
    .lookup(claimActor.rename({actor: "from_actor", actor_name: "from_actor_name", quote: "from_quote"}), ["from", "id"], "from_actor", "from_actor_name", "from_quote")
    .lookup(claimActor.rename({actor: "to_actor", actor_name: "to_actor_name", quote: "to_quote"}), ["to", "id"], "to_actor", "to_actor_name", "to_quote")
    .orderby("id");

  // Stances: one row per actor × topic on record, summarising its claims.
  const stances = claims
    .groupby("actor", "topic")
    .rollup({
      n: op.count(),
      n_favor: (d: Row) => op.sum(d.stance === "favor" ? 1 : 0),
      n_against: (d: Row) => op.sum(d.stance === "against" ? 1 : 0),
      n_none: (d: Row) => op.sum(d.stance === "none" ? 1 : 0),
      claims: op.array_agg("id")
    })
    .derive({
      stance: (d: Row) =>
        (d.n_favor as number) > 0 && (d.n_against as number) > 0
          ? "mixed"
          : (d.n_favor as number) > 0
            ? "favor"
            : (d.n_against as number) > 0
              ? "against"
              : "none"
    })
    .orderby("actor", "topic");

  // Positions: per actor and axis, from the claims on that axis only. Every
  // actor with any claim gets a row per axis so the map can list who is
  // missing from it and why.
  const onAxis = claims.filter((d: Row) => d.axis !== null);
  const stats = onAxis
    .groupby("actor", "axis")
    .rollup({
      n: op.count(),
      mean: op.mean("position"),
      min: op.min("position"),
      max: op.max("position"),
      n_direct: (d: Row) => op.sum(d.mode === "direct" ? 1 : 0),
      claims: op.array_agg("id")
    });
  const speakers = claims.select("actor").dedupe();
  const axes = from(a.axes.map((x) => ({axis: x.id})));
  const positions = speakers
    .cross(axes)
    .join_left(stats, [["actor", "axis"], ["actor", "axis"]])
    .derive({
      n: (d: Row) => d.n ?? 0,
      n_direct: (d: Row) => d.n_direct ?? 0,
      claims: (d: Row) => d.claims ?? [],
      mean: escape((d: Row) => round2(d.mean as number | null)),
      min: (d: Row) => d.min ?? null,
      max: (d: Row) => d.max ?? null,
      too_little: escape((d: Row) => ((d.n as number | undefined) ?? 0) < MIN_CLAIMS_FOR_POSITION),
      indirect_only: (d: Row) => ((d.n as number | null) ?? 0) > 0 && ((d.n_direct as number | null) ?? 0) === 0
    })
    .lookup(actorsBase.select({id: "actor", name: "actor_name"}), "actor", "actor_name")
    .select("actor", "actor_name", "axis", "n", "mean", "min", "max", "n_direct", "indirect_only", "too_little", "claims")
    .orderby("actor", "axis");

  const events = from(
    a.events.map((e) => ({
      id: e.id,
      title: e.title,
      start: e.start,
      end: e.end ?? null,
      precision: e.precision,
      kind: e.kind,
      place: e.place,
      description: e.description,
      actors: e.actors,
      in_article: e.in_article,
      mentions: eventMentions.get(e.id) ?? [],
      bears_on: e.bears_on,
      citations: e.citations,
      note: e.note ?? null
    }))
  ).orderby("start", "id");

  const corrections = from(
    a.corrections.map((c) => {
      const span = correctionSpans.get(c.id)!;
      return {id: c.id, source: c.source, text: c.text, start: span.start, end: span.end, paragraph: span.paragraph, means: c.means, kind: c.kind, note: c.note, citations: c.citations};
    })
  ).orderby("start", "id");

  // Actors with their counts: claims made, counterclaims made and received, events.
  const count = (table: Table, key: string, name: string) => table.groupby(key).count({as: name}).rename({[key]: "id"});
  const actors = actorsBase
    .join_left(count(claims, "actor", "n_claims"), "id")
    .join_left(count(counterclaims, "from_actor", "n_counterclaims_made"), "id")
    .join_left(count(counterclaims, "to_actor", "n_counterclaims_received"), "id")
    .join_left(count(from(a.events.flatMap((e) => e.actors.map((actor) => ({actor})))), "actor", "n_events"), "id")
    .derive({
      n_claims: (d: Row) => d.n_claims ?? 0,
      n_counterclaims_made: (d: Row) => d.n_counterclaims_made ?? 0,
      n_counterclaims_received: (d: Row) => d.n_counterclaims_received ?? 0,
      n_events: (d: Row) => d.n_events ?? 0
    })
    .orderby("id");

  // The casts are checked by tests/unit/tables.test.ts against the row types.
  return {
    actors: rows(actors) as unknown as StoryTables["actors"],
    claims: rows(claims) as unknown as StoryTables["claims"],
    counterclaims: rows(counterclaims) as unknown as StoryTables["counterclaims"],
    stances: rows(stances) as unknown as StoryTables["stances"],
    positions: rows(positions) as unknown as StoryTables["positions"],
    events: rows(events) as unknown as StoryTables["events"],
    corrections: rows(corrections) as unknown as StoryTables["corrections"]
  };
}

export type Tables = StoryTables;
export type TableName = keyof Tables;
export const TABLE_NAMES = ["actors", "claims", "counterclaims", "stances", "positions", "events", "corrections"] as const satisfies readonly TableName[];
