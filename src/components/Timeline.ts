// Timeline: events in lanes by kind, on a piecewise time scale.
//
//   const chart = Timeline({events, claims, actors}, {lanes, width});
//   chart.update({actors: ["some-actor"], highlightEvents: ["some-event"], selected: "some-event"});
//
// State (`update(partial)` merges with the current state; omitted keys keep their value):
//   actors:          readonly string[]   actor filter; [] shows every event. Otherwise only the events
//                                        that involve one of these actors (event.actors) or bear on
//                                        one of their claims (event.bears_on ∩ their claims) remain.
//   highlightEvents: readonly string[]   events to emphasise (story steps); [] emphasises none.
//   selected:        string | null       the event whose card is open; null closes it. An id that
//                                        the filter hides is ignored (the card closes).
//   only:            readonly string[]   show only these events (a story step on a small screen);
//                                        [] shows every event the actor filter keeps.
// `chart.state()` returns the current state; `onSelect` reports the reader's own selections.
//
// How it draws, and why:
// - Lanes come from the kinds present in the data (grouped by `lanes`, default DEFAULT_LANES);
//   lanes without visible events are left out.
// - Precision is drawn as known: a minute, hour or day is a point, a month or year a band, a span
//   (start–end) a bar, an approximate date a dashed mark with "~" before its label.
// - Events the article mentions are filled; context added from other sources is outlined (and in
//   the context colour); the legend says so.
// - Time is piecewise: clusters of events keep one common scale (a day is as wide everywhere),
//   and every gap longer than `gapDays` is cut to a fixed width, drawn as a zig-zag labelled with
//   the length of the time left out. Gaps are computed from the data, never from fixed dates.
// - Dates are placed by their local wall-clock time (the offset is ignored), so an event at 23:00
//   in Wuzhen stays on its day whatever the reader's time zone.
// - Below `verticalBelow` px of container width the timeline turns vertical: time flows down,
//   lanes are columns, labels wrap to the right of the columns.
// - Keyboard: arrow keys move between events in date order (roving tabindex), Home/End jump,
//   Enter or Space opens the card, Escape closes it and returns focus. An ordered list of the
//   visible events (buttons opening the same card) follows the filter.
// - At scale (hundreds of events) a filter change must stay under a frame or three: the last
//   few drawings of the chart are kept and reused when the same filter comes back (e.g.
//   "everyone"); list items are built once per event and moved, not re-created; and the list
//   shows `listPageSize` events at a time with "Show more" (the chart always draws every event).
//   Below those sizes the output is the same as a full render.
import {utcDay, utcMonth, utcYear, type TimeInterval} from "d3-time";
import {utcFormat} from "d3-time-format";
import {el, idPrefix, replaceChildren, svg, syncChildren, activeElementIn} from "./dom.js";
import {scaleLinear} from "./scales.js";
import {EventCard, formatEventDate, originIcon} from "./EventCard.js";
import {formatDay, plural} from "./format.js";
import {useStyles} from "./styles.js";
import type {ActorOption} from "./ActorFilter.js";
import type {ActorRow, ClaimRow, EventRow} from "../../loaders/tables.js";

export interface TimelineData {
  events: readonly EventRow[];
  /** Used by the actor filter (claims of the chosen actors) and to quote linked claims in the card. */
  claims?: readonly ClaimRow[];
  /** Used to name the actors in the card. */
  actors?: readonly ActorRow[];
}

export interface TimelineState {
  actors: readonly string[];
  highlightEvents: readonly string[];
  only: readonly string[];
  selected: string | null;
}

export interface LaneSpec {
  label: string;
  /** Event kinds drawn in this lane. */
  kinds: readonly string[];
}

export interface TimelineOptions {
  /** Fixed width in px; when omitted the chart follows its container's width. */
  width?: number;
  /**
   * Without `width`: the container's width at creation, if known (default 640). The chart is
   * drawn at it and then follows the container; a good guess avoids a second layout (and a
   * layout shift) once the chart is in the page, e.g. from 640 px to a phone's vertical layout.
   */
  initialWidth?: number;
  /** Prefix for element ids, unique on the page. */
  id?: string;
  /** Lane order and labels; kinds not listed get a lane of their own, after these. */
  lanes?: readonly LaneSpec[];
  /** Gaps between events longer than this many days are compressed. */
  gapDays?: number;
  /** Container width below which the timeline is drawn vertically. */
  verticalBelow?: number;
  /** Label events in the chart (the list and the card always name them). */
  labels?: boolean;
  /** Show the list of events in date order below the chart. */
  list?: boolean;
  /** Heading level of the list's heading (the card's is one below). */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Path of the source reader, for the card's links. */
  sourceHref?: string;
  /** Initial state. */
  state?: Partial<TimelineState>;
  /** Called when the reader opens (id) or closes (null) a card. */
  onSelect?: (id: string | null) => void;
  /** Events listed at first, and added by each "Show more" (default 50; the chart draws them all). Resets when the filter changes. */
  listPageSize?: number;
}

export type TimelineElement = HTMLElement & {
  update(state: Partial<TimelineState>): void;
  state(): TimelineState;
};

/** Lane grouping for the schema's event kinds. */
export const DEFAULT_LANES: readonly LaneSpec[] = [
  {label: "Conferences and diplomacy", kinds: ["conference", "diplomacy"]},
  {label: "Speech and publications", kinds: ["speech", "publication"]},
  {label: "Censorship", kinds: ["censorship"]},
  {label: "Legal process", kinds: ["legal"]},
  {label: "Indictment", kinds: ["indictment"]}
];

const DAY = 86_400_000;

// ---------------------------------------------------------------- time ----

/** Milliseconds of an ISO day or date-time, read as wall-clock time at the event's place (offset ignored). */
export function wallTime(iso: string): number {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(iso);
  if (!m) throw new Error(`not an ISO date: ${iso}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3] ?? 1), Number(m[4] ?? 0), Number(m[5] ?? 0));
}

export type Shape = "point" | "range" | "band";

export interface Extent {
  /** Start and end of the time the mark covers. */
  t0: number;
  t1: number;
  /** Where a point sits. */
  at: number;
  shape: Shape;
  approximate: boolean;
}

/** The time an event covers, and how to draw it, from its dates and precision. */
export function eventExtent(event: Pick<EventRow, "start" | "end" | "precision">): Extent {
  const approximate = event.precision === "approximate";
  const s = wallTime(event.start);
  const hasTime = event.start.length > 10;
  if (event.precision === "month" || event.precision === "year") {
    const unit = event.precision === "month" ? utcMonth : utcYear;
    const t0 = unit.floor(new Date(s)).getTime();
    const t1 = unit.offset(unit.floor(new Date(event.end ? wallTime(event.end) : s)), 1).getTime();
    return {t0, t1, at: (t0 + t1) / 2, shape: "band", approximate};
  }
  if (event.end && event.end !== event.start) {
    const t0 = hasTime ? s : utcDay.floor(new Date(s)).getTime();
    const e = wallTime(event.end);
    const t1 = event.end.length > 10 ? e : e + DAY;
    return {t0, t1: Math.max(t1, t0 + DAY / 24), at: t0, shape: "range", approximate};
  }
  const day = utcDay.floor(new Date(s)).getTime();
  return {t0: day, t1: day + DAY, at: hasTime && !approximate ? s : day + DAY / 2, shape: "point", approximate};
}

/** "10 months", "11 weeks", "9 days": the length of a compressed gap. */
export function gapLabel(days: number): string {
  if (days >= 730) return plural(Math.round(days / 365.25), "year");
  if (days >= 60) return plural(Math.round(days / 30.44), "month");
  if (days >= 14) return plural(Math.round(days / 7), "week");
  return plural(Math.round(days), "day");
}

export interface Segment {
  /** Domain of the segment (cluster extent plus padding), and its pixel range. */
  t0: number;
  t1: number;
  r0: number;
  r1: number;
  /** Extent of the events in it. */
  e0: number;
  e1: number;
}

export interface Gap {
  /** Time left out between two clusters of events (from the end of one to the start of the next). */
  t0: number;
  t1: number;
  days: number;
  label: string;
  /** Pixel range of the break mark. */
  r0: number;
  r1: number;
}

export interface PiecewiseScale {
  (t: number): number;
  segments: Segment[];
  gaps: Gap[];
  /** Pixels per day inside segments. */
  k: number;
  range: [number, number];
}

export interface PiecewiseOptions {
  /** Compress gaps longer than this (days). */
  gapDays?: number;
  /** Padding around each cluster (days). */
  padDays?: number;
  /** Size of a compressed gap (px). */
  breakSize?: number;
  /** Start of the range (px). */
  r0?: number;
  /** End of the range (px); or, instead, a fixed number of pixels per day. */
  r1?: number;
  pxPerDay?: number;
}

/**
 * A piecewise-linear time scale built from the data: events are grouped into
 * clusters separated by more than `gapDays`; each cluster keeps the same
 * pixels-per-day, and each gap between clusters gets `breakSize` pixels.
 */
export function piecewiseTimeScale(extents: readonly {t0: number; t1: number}[], options: PiecewiseOptions = {}): PiecewiseScale {
  const {gapDays = 45, padDays = 2, breakSize = 64, r0 = 0} = options;
  const sorted = [...extents].sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1);
  const clusters: {e0: number; e1: number}[] = [];
  for (const x of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && x.t0 - last.e1 <= gapDays * DAY) last.e1 = Math.max(last.e1, x.t1);
    else clusters.push({e0: x.t0, e1: x.t1});
  }
  if (!clusters.length) clusters.push({e0: 0, e1: DAY});
  const pad = padDays * DAY;
  const spans = clusters.map((c) => ({
    e0: c.e0,
    e1: c.e1,
    t0: utcDay.floor(new Date(c.e0)).getTime() - pad,
    t1: utcDay.ceil(new Date(c.e1)).getTime() + pad
  }));
  const totalDays = spans.reduce((sum, s) => sum + (s.t1 - s.t0) / DAY, 0);
  const nGaps = spans.length - 1;
  const k = options.pxPerDay ?? Math.max(0.01, ((options.r1 ?? 640) - r0 - nGaps * breakSize) / totalDays);
  const segments: Segment[] = [];
  const gaps: Gap[] = [];
  let r = r0;
  spans.forEach((s, i) => {
    if (i > 0) {
      const prev = spans[i - 1]!;
      const days = Math.round((s.e0 - prev.e1) / DAY);
      gaps.push({t0: prev.e1, t1: s.e0, days, label: gapLabel(days), r0: r, r1: r + breakSize});
      r += breakSize;
    }
    const width = ((s.t1 - s.t0) / DAY) * k;
    segments.push({t0: s.t0, t1: s.t1, r0: r, r1: r + width, e0: s.e0, e1: s.e1});
    r += width;
  });
  const linear = scaleLinear()
    .domain(segments.flatMap((s) => [s.t0, s.t1]))
    .range(segments.flatMap((s) => [s.r0, s.r1]))
    .clamp(true);
  const scale = ((t: number) => round(linear(t))) as PiecewiseScale;
  scale.segments = segments;
  scale.gaps = gaps;
  scale.k = k;
  scale.range = [r0, r];
  return scale;
}

interface Tick {
  at: number;
  label: string;
}

const TICK_CHOICES: {interval: TimeInterval; days: number; format: string; mid: boolean}[] = [
  {interval: utcDay, days: 1, format: "%-d", mid: true},
  {interval: utcDay.every(2)!, days: 2, format: "%-d", mid: true},
  {interval: utcDay.every(5)!, days: 5, format: "%-d", mid: true},
  {interval: utcDay.every(10)!, days: 10, format: "%-d", mid: true},
  {interval: utcMonth, days: 30.4, format: "%b", mid: false},
  {interval: utcMonth.every(3)!, days: 91, format: "%b", mid: false},
  {interval: utcYear, days: 365, format: "%Y", mid: false}
];

/** Ticks inside one segment, spaced at least `minSpacing` px apart (day ticks sit on the middle of their day). */
export function segmentTicks(segment: Segment, k: number, minSpacing: number): Tick[] {
  const choice = TICK_CHOICES.find((c) => c.days * k >= minSpacing) ?? TICK_CHOICES[TICK_CHOICES.length - 1]!;
  const format = utcFormat(choice.format);
  return choice.interval
    .range(new Date(segment.t0), new Date(segment.t1))
    .filter((d) => !choice.mid || d.getTime() + DAY <= segment.t1)
    .map((d) => ({at: d.getTime() + (choice.mid ? DAY / 2 : 0), label: format(d)}));
}

/** "November 2014", "Nov–Dec 2015", "Dec 2014–Jan 2015": the months a segment's events cover. */
export function segmentTitle(segment: Segment, long: boolean): string {
  const a = new Date(segment.e0);
  const b = new Date(segment.e1 - 1);
  if (a.getUTCFullYear() !== b.getUTCFullYear()) return `${utcFormat("%b %Y")(a)}–${utcFormat("%b %Y")(b)}`;
  if (a.getUTCMonth() !== b.getUTCMonth()) return `${utcFormat("%b")(a)}–${utcFormat("%b %Y")(b)}`;
  return utcFormat(long ? "%B %Y" : "%b %Y")(a);
}

// ------------------------------------------------------------- filter ----

/** The events that involve one of `actors` or bear on one of their claims; all events when `actors` is empty. */
export function relatedEvents<T extends Pick<EventRow, "actors" | "bears_on">>(events: readonly T[], claims: readonly Pick<ClaimRow, "id" | "actor">[], actors: readonly string[]): T[] {
  if (!actors.length) return [...events];
  const chosen = new Set(actors);
  const claimIds = new Set(claims.filter((c) => chosen.has(c.actor)).map((c) => c.id));
  return events.filter((e) => e.actors.some((a) => chosen.has(a)) || e.bears_on.some((c) => claimIds.has(c)));
}

/** Options for the actor filter: the actors that have claims or events, counting the events each would show. */
export function timelineActorOptions(data: Required<TimelineData>): ActorOption[] {
  const withEvents = new Set(data.events.flatMap((e) => e.actors));
  const withClaims = new Set(data.claims.map((c) => c.actor));
  return data.actors
    .filter((a) => withEvents.has(a.id) || withClaims.has(a.id))
    .map((a) => ({id: a.id, name: a.name, count: relatedEvents(data.events, data.claims, [a.id]).length}));
}

// ------------------------------------------------------------- layout ----

interface Lane {
  label: string;
  kinds: string[];
}

function lanesFor(events: readonly EventRow[], specs: readonly LaneSpec[]): Lane[] {
  const present = new Set(events.map((e) => e.kind));
  const lanes: Lane[] = specs.map((s) => ({label: s.label, kinds: [...s.kinds]}));
  const known = new Set(specs.flatMap((s) => s.kinds));
  for (const kind of [...present].filter((k) => !known.has(k)).sort()) {
    lanes.push({label: kind.charAt(0).toUpperCase() + kind.slice(1).replace(/[-_]/g, " "), kinds: [kind]});
  }
  return lanes.filter((l) => l.kinds.some((k) => present.has(k)));
}

interface Item {
  event: EventRow;
  ext: Extent;
  lane: number;
  key: number;
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}

/** Events in date order (ties: lane order, then title). */
function orderItems(events: readonly EventRow[], lanes: readonly Lane[]): Item[] {
  return events
    .map((event) => {
      const ext = eventExtent(event);
      return {event, ext, lane: lanes.findIndex((l) => l.kinds.includes(event.kind)), key: ext.shape === "point" ? ext.at : ext.t0};
    })
    .sort((a, b) => a.key - b.key || a.lane - b.lane || a.event.title.localeCompare(b.event.title) || (a.event.id < b.event.id ? -1 : 1));
}

const FONT = 12;
const CHAR_W = FONT * 0.56; // estimated average glyph width: jsdom cannot measure text
const textWidth = (s: string, size = FONT) => s.length * size * 0.56;

function truncate(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

function wrap(s: string, perLine: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of s.split(/\s+/)) {
    if (!line) line = word;
    else if ((line + " " + word).length <= perLine) line += " " + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines.flatMap((l) => (l.length > perLine ? [truncate(l, perLine)] : [l]));
}

function labelText(item: Item): string {
  return `${item.ext.approximate ? "~ " : ""}${item.event.title}`;
}

/** Greedy packing: the first row whose intervals do not overlap [a, b]. */
function pack(rows: [number, number][][], a: number, b: number): number {
  let r = rows.findIndex((row) => row.every(([x, y]) => b <= x || a >= y));
  if (r < 0) {
    r = rows.length;
    rows.push([]);
  }
  rows[r]!.push([a, b]);
  return r;
}

interface Placed {
  item: Item;
  /** Along the time axis: point position or span. */
  p: number;
  p0: number;
  p1: number;
  /** Across: the centre line of the mark. */
  q: number;
}

interface Geometry {
  width: number;
  height: number;
  vertical: boolean;
  placed: Placed[];
  parts: SVGElement[];
  labels: SVGElement[];
  gaps: Gap[];
}

function zigzag(x0: number, y0: number, length: number, vertical: boolean, amp = 4, step = 6): string {
  const pts: string[] = [];
  for (let i = 0, s = 0; s <= length; i++, s += step) {
    const off = i % 2 ? amp : -amp;
    pts.push(vertical ? `${round(x0 + off)},${round(y0 + s)}` : `${round(x0 + s)},${round(y0 + off)}`);
  }
  return `M${pts.join("L")}`;
}

function layoutHorizontal(items: Item[], lanes: Lane[], width: number, opts: {gapDays: number; labels: boolean}): Geometry {
  const padL = 8;
  const padR = 8;
  const scale = piecewiseTimeScale(items.map((i) => i.ext), {gapDays: opts.gapDays, r0: padL, r1: width - padR, breakSize: 72});
  const axisY = 50;
  const rowH = 26;
  const parts: SVGElement[] = [];
  const labels: SVGElement[] = [];
  const placed: Placed[] = [];
  const maxChars = Math.max(16, Math.min(64, Math.floor(width / 15)));

  // Lanes: rows packed so that marks and their labels never overlap.
  let y = axisY + 8;
  const laneTops: {label: string; top: number; bottom: number}[] = [];
  lanes.forEach((lane, li) => {
    const rows: [number, number][][] = [];
    const mine = items.filter((i) => i.lane === li);
    const local: {item: Item; row: number; p: number; p0: number; p1: number; label: {x: number; anchor: string; text: string} | null}[] = [];
    for (const item of mine) {
      const p0 = scale(item.ext.t0);
      const p1 = scale(item.ext.t1);
      const p = item.ext.shape === "point" ? scale(item.ext.at) : p0;
      const m0 = item.ext.shape === "point" ? p - 12 : p0 - 6;
      const m1 = item.ext.shape === "point" ? p + 12 : Math.max(p1, p0 + 12) + 6;
      let a = m0;
      let b = m1;
      let label = null;
      if (opts.labels) {
        const text = truncate(labelText(item), maxChars);
        const w = textWidth(text);
        const right = (item.ext.shape === "point" ? p + 9 : Math.max(p1, p0 + 12) + 5);
        const left = (item.ext.shape === "point" ? p - 9 : p0 - 5);
        if (right + w <= width - padR || left - w < padL) {
          label = {x: right, anchor: "start", text};
          b = Math.max(b, right + w + 8);
        } else {
          label = {x: left, anchor: "end", text};
          a = Math.min(a, left - w - 8);
        }
      }
      local.push({item, row: pack(rows, a, b), p, p0, p1, label});
    }
    const top = y;
    const rowsTop = top + 22;
    for (const l of local) {
      const q = rowsTop + l.row * rowH + rowH / 2;
      placed.push({item: l.item, p: l.p, p0: l.p0, p1: l.p1, q});
      if (l.label) {
        labels.push(
          svg("text", {class: "wz-tl-label", x: round(l.label.x), y: round(q + 4), "text-anchor": l.label.anchor, "data-event": l.item.event.id}, l.label.text)
        );
      }
    }
    y = rowsTop + Math.max(1, rows.length) * rowH + 6;
    laneTops.push({label: lane.label, top, bottom: y});
  });
  const bottom = y;

  // Axis: month headers per segment, day (or month) ticks, faint gridlines.
  const axis = svg("g", {class: "wz-tl-axis", "aria-hidden": "true"});
  scale.segments.forEach((seg, i) => {
    // The month heading starts at its segment and may run into the next gap, never further.
    const room = (scale.gaps[i]?.r1 ?? width - padR) - seg.r0 - 8;
    const fits = (t: string) => t.length * 13 * 0.64 <= room; // bold
    const title = [segmentTitle(seg, true), segmentTitle(seg, false)].find(fits) ?? segmentTitle(seg, false).slice(-4);
    axis.append(svg("text", {class: "wz-tl-seg", x: round(seg.r0), y: 15}, title));
    axis.append(svg("line", {class: "wz-tl-axisline", x1: round(seg.r0), x2: round(seg.r1), y1: axisY, y2: axisY}));
    for (const tick of segmentTicks(seg, scale.k, 26)) {
      const x = scale(tick.at);
      axis.append(svg("line", {class: "wz-tl-grid", x1: x, x2: x, y1: axisY, y2: bottom}));
      axis.append(svg("line", {class: "wz-tl-tick", x1: x, x2: x, y1: axisY - 4, y2: axisY}));
      axis.append(svg("text", {class: "wz-tl-ticklabel", x, y: axisY - 8, "text-anchor": "middle"}, tick.label));
    }
  });
  parts.push(axis);

  const laneGroup = svg("g", {class: "wz-tl-lanes", "aria-hidden": "true"});
  for (const lane of laneTops) {
    for (const seg of scale.segments) laneGroup.append(svg("line", {class: "wz-tl-lanerule", x1: round(seg.r0), x2: round(seg.r1), y1: lane.bottom, y2: lane.bottom}));
    laneGroup.append(svg("text", {class: "wz-tl-lanelabel", x: padL, y: lane.top + 16}, lane.label));
  }

  // Breaks: blank out the gridlines and rules, then a double zig-zag and the length of time left out.
  const breaks = svg("g", {class: "wz-tl-breaks", "aria-hidden": "true"});
  for (const gap of scale.gaps) {
    const mid = (gap.r0 + gap.r1) / 2;
    breaks.append(svg("path", {class: "wz-tl-zigzag", d: zigzag(mid - 5, axisY - 2, bottom - axisY + 2, true)}));
    breaks.append(svg("path", {class: "wz-tl-zigzag", d: zigzag(mid + 5, axisY - 2, bottom - axisY + 2, true)}));
    breaks.append(svg("text", {class: "wz-tl-breaklabel", x: round(mid), y: round(bottom + 14), "text-anchor": "middle"}, gap.label));
    breaks.append(svg("text", {class: "wz-tl-breaklabel", x: round(mid), y: round(bottom + 27), "text-anchor": "middle"}, "compressed"));
  }
  parts.push(breaks, laneGroup);
  return {width, height: round(bottom + (scale.gaps.length ? 32 : 4)), vertical: false, placed, parts, labels, gaps: scale.gaps};
}

function layoutVertical(items: Item[], lanes: Lane[], width: number, opts: {gapDays: number; labels: boolean}): Geometry {
  // On a phone the lanes become labelled markers: one column of marks (side by side only where
  // they would overlap), each label led by its lane's name.
  const axisW = 40;
  const sub = 26;
  const pxPerDay = 14;
  const parts: SVGElement[] = [];
  const labels: SVGElement[] = [];
  const top = 30;
  const scale = piecewiseTimeScale(items.map((i) => i.ext), {gapDays: opts.gapDays, r0: top, pxPerDay, breakSize: 78});

  const rows: [number, number][][] = [];
  const x0 = axisW + 8;
  const placed: Placed[] = items.map((item) => {
    const p0 = scale(item.ext.t0);
    const p1 = scale(item.ext.t1);
    const p = item.ext.shape === "point" ? scale(item.ext.at) : p0;
    const a = item.ext.shape === "point" ? p - 13 : p0 - 7;
    const b = item.ext.shape === "point" ? p + 13 : Math.max(p1, p0 + 12) + 7;
    return {item, p, p0, p1, q: x0 + pack(rows, a, b) * sub + sub / 2};
  });
  const colRight = x0 + Math.max(2, rows.length) * sub;
  const plotBottom = scale.range[1];

  // Labels to the right of the column, wrapped, pushed down so that they never overlap.
  const labelX = colRight + 12;
  const labelW = width - labelX - 4;
  const lineH = 15;
  let labelsBottom = plotBottom;
  if (opts.labels && labelW >= 90) {
    const perLine = Math.max(8, Math.floor(labelW / CHAR_W));
    const byPos = [...placed].sort((a, b) => a.p - b.p || a.q - b.q);
    let next = -Infinity;
    const leaders = svg("g", {class: "wz-tl-leaders", "aria-hidden": "true"});
    for (const pl of byPos) {
      const lane = lanes[pl.item.lane]?.label ?? pl.item.event.kind;
      const lines = wrap(labelText(pl.item), perLine).slice(0, 4);
      const topY = Math.max(pl.p - lineH - 2, next);
      const text = svg("text", {class: "wz-tl-label", x: round(labelX), y: round(topY + lineH - 4), "data-event": pl.item.event.id});
      text.append(svg("tspan", {class: "wz-tl-lanetag", x: round(labelX)}, truncate(lane, Math.floor(labelW / 6.6))));
      lines.forEach((line) => text.append(svg("tspan", {x: round(labelX), dy: lineH}, line)));
      labels.push(text);
      const ly = round(topY + lineH + lineH / 2 - 2);
      leaders.append(svg("path", {class: "wz-tl-leader", d: `M${round(pl.q + 9)},${round(pl.p)}H${round(colRight + 2)}L${round(labelX - 3)},${ly}`}));
      next = topY + (lines.length + 1) * lineH + 6;
    }
    labelsBottom = Math.max(labelsBottom, next);
    parts.push(leaders);
  }
  const bottom = Math.max(plotBottom, labelsBottom) + 6;

  const axis = svg("g", {class: "wz-tl-axis", "aria-hidden": "true"});
  const heads = svg("g", {class: "wz-tl-heads", "aria-hidden": "true"});
  for (const seg of scale.segments) {
    heads.append(svg("text", {class: "wz-tl-seg", x: 2, y: round(seg.r0 - 10)}, segmentTitle(seg, false)));
    axis.append(svg("line", {class: "wz-tl-axisline", x1: axisW, x2: axisW, y1: round(seg.r0), y2: round(seg.r1)}));
    for (const tick of segmentTicks(seg, scale.k, 17)) {
      const y = scale(tick.at);
      axis.append(svg("line", {class: "wz-tl-grid", x1: axisW, x2: round(colRight), y1: y, y2: y}));
      axis.append(svg("line", {class: "wz-tl-tick", x1: axisW - 4, x2: axisW, y1: y, y2: y}));
      axis.append(svg("text", {class: "wz-tl-ticklabel", x: axisW - 7, y: round(y + 4), "text-anchor": "end"}, tick.label));
    }
  }
  const breaks = svg("g", {class: "wz-tl-breaks", "aria-hidden": "true"});
  for (const gap of scale.gaps) {
    breaks.append(svg("path", {class: "wz-tl-zigzag", d: zigzag(4, gap.r0 + 8, colRight - 4, false)}));
    breaks.append(svg("path", {class: "wz-tl-zigzag", d: zigzag(4, gap.r0 + 16, colRight - 4, false)}));
    breaks.append(svg("text", {class: "wz-tl-breaklabel", x: 2, y: round(gap.r0 + 33)}, gap.label));
    breaks.append(svg("text", {class: "wz-tl-breaklabel", x: 2, y: round(gap.r0 + 46)}, "compressed"));
  }
  parts.unshift(axis);
  parts.push(breaks, heads);
  return {width, height: round(bottom), vertical: true, placed, parts, labels, gaps: scale.gaps};
}

// ---------------------------------------------------------------- marks ----

function markShape(pl: Placed, vertical: boolean, grow: number, cls: string): SVGElement {
  const {ext} = pl.item;
  if (ext.shape === "point") return svg("circle", {class: cls, cx: vertical ? pl.q : pl.p, cy: vertical ? pl.p : pl.q, r: 6 + grow});
  const thick = (ext.shape === "band" ? 16 : 12) + 2 * grow;
  const len = Math.max(12, pl.p1 - pl.p0) + 2 * grow;
  const start = round(pl.p0 - grow);
  const across = round(pl.q - thick / 2);
  return vertical
    ? svg("rect", {class: cls, x: across, y: start, width: thick, height: round(len), rx: 3})
    : svg("rect", {class: cls, x: start, y: across, width: round(len), height: thick, rx: 3});
}

function drawMark(pl: Placed, vertical: boolean, state: {selected: boolean; highlighted: boolean}, aria: string, cardId: string): SVGGElement {
  const {event, ext} = pl.item;
  const classes = ["wz-tl-event", event.in_article ? "wz-tl-article" : "wz-tl-context", `wz-tl-${ext.shape}`];
  if (ext.approximate) classes.push("wz-tl-approx");
  if (state.selected) classes.push("wz-tl-selected");
  if (state.highlighted) classes.push("wz-tl-highlighted");
  const g = svg("g", {
    class: classes.join(" "),
    "data-event": event.id,
    role: "button",
    tabindex: -1,
    "aria-label": aria,
    "aria-expanded": state.selected ? "true" : "false",
    "aria-controls": cardId
  });
  // A 24 px (or larger) target around every mark.
  if (ext.shape === "point") {
    const [cx, cy] = vertical ? [pl.q, pl.p] : [pl.p, pl.q];
    g.append(svg("rect", {class: "wz-tl-hit", x: round(cx - 12), y: round(cy - 12), width: 24, height: 24}));
  } else g.append(markShape(pl, vertical, 6, "wz-tl-hit"));
  if (state.highlighted) g.append(markShape(pl, vertical, 7, "wz-tl-halo"));
  g.append(markShape(pl, vertical, 0, "wz-tl-mark"));
  if (ext.approximate && event.in_article) g.append(markShape(pl, vertical, 3.5, "wz-tl-approxring"));
  g.append(markShape(pl, vertical, 4.5, "wz-tl-ring"));
  return g;
}

// ---------------------------------------------------------------- legend ----

function legendIcon(kind: "article" | "context" | "range" | "band" | "approx" | "gap"): SVGSVGElement {
  const icon = svg("svg", {width: 28, height: 16, viewBox: "0 0 28 16", "aria-hidden": "true", focusable: "false", class: "wz-tl-icon"});
  switch (kind) {
    case "article":
      icon.append(svg("circle", {class: "wz-tl-mark wz-tl-article-i", cx: 14, cy: 8, r: 5.5}));
      break;
    case "context":
      icon.append(svg("circle", {class: "wz-tl-mark wz-tl-context-i", cx: 14, cy: 8, r: 5.5}));
      break;
    case "range":
      icon.append(svg("rect", {class: "wz-tl-mark wz-tl-article-i", x: 2, y: 3, width: 24, height: 10, rx: 3}));
      break;
    case "band":
      icon.append(svg("rect", {class: "wz-tl-mark wz-tl-article-i wz-tl-band-i", x: 1, y: 1, width: 26, height: 14, rx: 3}));
      break;
    case "approx":
      icon.append(svg("circle", {class: "wz-tl-mark wz-tl-context-i wz-tl-approx-i", cx: 14, cy: 8, r: 5.5}));
      break;
    case "gap":
      icon.append(svg("path", {class: "wz-tl-zigzag", d: zigzag(10, 0, 16, true, 3, 4)}));
      icon.append(svg("path", {class: "wz-tl-zigzag", d: zigzag(18, 0, 16, true, 3, 4)}));
      break;
  }
  return icon;
}

function legend(items: Item[], hasGaps: boolean): HTMLElement {
  const shapes = new Set(items.map((i) => i.ext.shape));
  const entries: [Parameters<typeof legendIcon>[0], string][] = [];
  if (items.some((i) => i.event.in_article)) entries.push(["article", "In the article (filled)"]);
  if (items.some((i) => !i.event.in_article)) entries.push(["context", "Added context from other sources (outlined)"]);
  if (shapes.has("range")) entries.push(["range", "Lasted several days: start to end"]);
  if (shapes.has("band")) entries.push(["band", "Known only to the month or year"]);
  if (items.some((i) => i.ext.approximate)) entries.push(["approx", "~ Approximate date (dashed)"]);
  if (hasGaps) entries.push(["gap", "Time with no events, compressed"]);
  return el("ul", {class: "wz-tl-legend", "aria-label": "Legend"}, entries.map(([k, text]) => el("li", {}, legendIcon(k), text)));
}

// ----------------------------------------------------------------- CSS ----

const CSS = `
.wz-timeline { position: relative; }
.wz-timeline .wz-tl-legend { list-style: none; display: flex; flex-wrap: wrap; gap: .25em 1.1em; margin: 0 0 .5em; padding: 0; font-size: .88em; }
.wz-timeline .wz-tl-legend li { display: inline-flex; align-items: center; gap: .3em; margin: 0; }
.wz-timeline .wz-tl-help { font-size: .85em; margin: 0 0 .5em; color: var(--wz-muted); }
.wz-timeline .wz-tl-chart svg { display: block; max-width: 100%; height: auto; overflow: visible; }
.wz-timeline svg text { font-size: 12px; }
.wz-timeline .wz-tl-seg { font-weight: 650; font-size: 13px; }
.wz-timeline .wz-tl-ticklabel { fill: var(--wz-muted); font-size: 11px; font-variant-numeric: tabular-nums; }
.wz-timeline .wz-tl-axisline, .wz-timeline .wz-tl-tick { stroke: var(--wz-rule); stroke-width: 1; }
.wz-timeline .wz-tl-grid { stroke: var(--wz-faint); stroke-width: 1; }
.wz-timeline .wz-tl-lanerule { stroke: var(--wz-faint); stroke-width: 1.5; }
.wz-timeline .wz-tl-lanelabel { font-weight: 650; font-size: 12px; fill: var(--wz-muted); paint-order: stroke; stroke: var(--wz-bg); stroke-width: 4px; stroke-linejoin: round; }
.wz-timeline .wz-tl-zigzag { fill: none; stroke: var(--wz-rule); stroke-width: 1.5; }
.wz-timeline .wz-tl-breaklabel { fill: var(--wz-muted); font-size: 11px; font-style: italic; }
.wz-timeline .wz-tl-leader { fill: none; stroke: var(--wz-rule); stroke-width: .75; }
.wz-timeline .wz-tl-lanetag { font-size: 11px; font-weight: 650; fill: var(--wz-muted); }
.wz-timeline .wz-tl-label { paint-order: stroke; stroke: var(--wz-bg); stroke-width: 4px; stroke-linejoin: round; cursor: pointer; }
.wz-timeline .wz-tl-label.wz-tl-hl { font-weight: 700; }
.wz-timeline .wz-tl-event { cursor: pointer; outline: none; }
.wz-timeline .wz-tl-hit { fill: transparent; stroke: none; }
.wz-timeline .wz-tl-mark { stroke-width: 2; }
.wz-timeline .wz-tl-article .wz-tl-mark, .wz-timeline .wz-tl-article-i { fill: var(--wz-mention); stroke: var(--wz-mention); }
.wz-timeline .wz-tl-context .wz-tl-mark, .wz-timeline .wz-tl-context-i { fill: var(--wz-bg); stroke: var(--wz-context); }
.wz-timeline .wz-tl-band .wz-tl-mark, .wz-timeline .wz-tl-band-i { fill-opacity: .3; }
.wz-timeline .wz-tl-context.wz-tl-approx .wz-tl-mark, .wz-timeline .wz-tl-approx-i { stroke-dasharray: 2.5 2; }
.wz-timeline .wz-tl-approxring { fill: none; stroke: var(--wz-mention); stroke-width: 1.5; stroke-dasharray: 2.5 2; }
.wz-timeline .wz-tl-halo { fill: var(--wz-highlight); stroke: var(--wz-context); stroke-width: 1.5; }
.wz-timeline .wz-tl-ring { fill: none; stroke: none; }
.wz-timeline .wz-tl-selected .wz-tl-ring { stroke: var(--wz-fg); stroke-width: 2; }
.wz-timeline .wz-tl-event:focus-visible .wz-tl-ring { stroke: var(--wz-focus); stroke-width: 3; }
.wz-timeline .wz-tl-event:hover .wz-tl-mark { stroke-width: 3; }
.wz-timeline .wz-tl-empty { padding: 1em; border: 1px dashed var(--wz-rule); border-radius: 6px; }
.wz-timeline .wz-tl-cardslot:empty { display: none; }
.wz-timeline .wz-tl-cardslot { margin: .75em 0; }
.wz-timeline .wz-tl-listhead { font-size: 1em; margin: 1em 0 .25em; }
.wz-timeline .wz-tl-list { margin: 0; padding-left: 2em; }
.wz-timeline .wz-tl-list li { margin: 0 0 .35em; }
.wz-timeline .wz-tl-more { display: flex; flex-wrap: wrap; gap: .5em 1em; align-items: center; margin: .25em 0 1em; }
.wz-timeline .wz-tl-more p { margin: 0; color: var(--wz-muted); }
.wz-timeline .wz-tl-list button { display: block; min-height: 28px; padding: .15em .25em; border: 0; background: none; text-align: left; cursor: pointer; line-height: 1.35; }
.wz-timeline .wz-tl-list .wz-tl-title { text-decoration: underline; text-decoration-color: var(--wz-rule); text-underline-offset: 3px; }
.wz-timeline .wz-tl-list button:hover { background: var(--wz-faint); }
.wz-timeline .wz-tl-list button[aria-expanded="true"] { font-weight: 650; }
.wz-timeline .wz-tl-list .wz-tl-when { display: flex; align-items: center; gap: .35em; color: var(--wz-muted); font-size: .88em; font-variant-numeric: tabular-nums; }
.wz-timeline .wz-tl-list .wz-tl-meta { color: var(--wz-muted); font-size: .88em; text-decoration: none; }
.wz-timeline .wz-tl-list li.wz-tl-hl button { background: var(--wz-highlight); }
@media (prefers-reduced-motion: no-preference) { .wz-timeline .wz-tl-mark { transition: stroke-width .15s; } }
`;

// ------------------------------------------------------------ component ----

export function Timeline(data: TimelineData, options: TimelineOptions = {}): TimelineElement {
  useStyles("timeline", CSS);
  const {
    id = "timeline",
    lanes: laneSpecs = DEFAULT_LANES,
    gapDays = 45,
    verticalBelow = 560,
    labels = true,
    list = true,
    headingLevel = 2,
    sourceHref = "/source",
    onSelect
  } = options;
  const prefix = idPrefix(id);
  const cardId = `${prefix}-card`;
  const claims = data.claims ?? [];
  const claimMap = new Map(claims.map((c) => [c.id, c]));
  const actorMap = new Map((data.actors ?? []).map((a) => [a.id, a]));
  let state: TimelineState = {actors: [], highlightEvents: [], selected: null, only: [], ...options.state};
  let width = options.width ?? (options.initialWidth && options.initialWidth > 0 ? Math.floor(options.initialWidth) : 640);
  let current: string | null = null; // the event mark that holds tabindex=0
  let returnTo: "mark" | "list" = "mark"; // where focus goes back when the card closes
  let items: Item[] = [];
  let laneList: Lane[] = [];
  // Drawings kept for reuse, most recent last, keyed by everything they depend on but the
  // roving tabindex (fixed after reuse); and each event's list item, keyed by its state.
  const drawings = new Map<string, {chart: SVGSVGElement; legend: HTMLElement}>();
  const listItems = new Map<string, {key: string; node: HTMLLIElement}>();

  const legendSlot = el("div", {class: "wz-tl-legendslot"});
  const help = el("p", {class: "wz-tl-help", id: `${prefix}-help`}, "Select an event for its sources and the claims it bears on. Keyboard: Tab to the timeline, arrow keys move between events in date order, Enter opens, Escape closes.");
  const chart = el("div", {class: "wz-tl-chart"});
  const cardSlot = el("div", {class: "wz-tl-cardslot", id: cardId});
  const listHead = el(`h${headingLevel}` as "h2", {class: "wz-tl-listhead", id: `${prefix}-listhead`});
  const listEl = el("ol", {class: "wz-tl-list", "aria-labelledby": `${prefix}-listhead`});
  const listPageSize = Math.max(1, Math.floor(options.listPageSize ?? 50));
  let listLimit = listPageSize;
  // "Show more events": in the page only while events are left out of the list.
  const moreText = el("p", {});
  const moreButton = el("button", {type: "button", class: "wz-button", "data-action": "more"});
  const more = el("div", {class: "wz-tl-more"}, moreText, moreButton);
  const status = el("p", {class: "wz-sr", role: "status", "aria-live": "polite"});
  const root = el(
    "div",
    {class: "wz wz-timeline", id: prefix},
    legendSlot,
    help,
    chart,
    cardSlot,
    list ? [listHead, listEl] : null,
    status
  ) as unknown as TimelineElement;

  const laneOf = (item: Item) => laneList[item.lane]?.label ?? item.event.kind;
  const ariaFor = (item: Item) =>
    `${formatEventDate(item.event)}: ${item.event.title}. ${laneOf(item)}. ${item.event.in_article ? "In the article" : "Added context, not in the article"}.`;

  function marks(): SVGGElement[] {
    return [...chart.querySelectorAll<SVGGElement>("g.wz-tl-event")];
  }

  function focusMark(eventId: string) {
    const mark = chart.querySelector<SVGGElement>(`g.wz-tl-event[data-event="${eventId}"]`);
    if (!mark) return;
    current = eventId;
    for (const m of marks()) m.setAttribute("tabindex", m === mark ? "0" : "-1");
    mark.focus();
  }

  function select(eventId: string | null, {focusCard = false, from = "mark" as "mark" | "list", notify = true} = {}) {
    if (eventId !== null && !items.some((i) => i.event.id === eventId)) eventId = null;
    const changed = eventId !== state.selected;
    state = {...state, selected: eventId};
    if (eventId) {
      current = eventId;
      returnTo = from;
    }
    render();
    syncCard();
    if (focusCard && eventId) cardSlot.querySelector<HTMLElement>(".wz-event-card")?.focus();
    if (notify && changed) onSelect?.(eventId);
  }

  function close() {
    const was = state.selected;
    select(null);
    if (!was) return;
    if (returnTo === "list") listEl.querySelector<HTMLButtonElement>(`button[data-event="${was}"]`)?.focus();
    else focusMark(was);
  }

  /** Shows the card of the selected event, unless it is already shown (so focus inside it is kept). */
  function syncCard() {
    const shown = cardSlot.querySelector(".wz-event-card")?.getAttribute("data-event") ?? null;
    if (shown !== state.selected) renderCard();
  }

  function renderCard() {
    const item = items.find((i) => i.event.id === state.selected);
    if (!item) {
      replaceChildren(cardSlot);
      return;
    }
    replaceChildren(
      cardSlot,
      EventCard(item.event, {claims: claimMap, actors: actorMap, laneLabel: laneOf(item), sourceHref, headingLevel: Math.min(6, headingLevel + 1) as 3, onClose: close})
    );
  }

  function render() {
    const active = activeElementIn(chart);
    const hadFocus = active instanceof Element && chart.contains(active) ? active.getAttribute("data-event") : null;
    const related = relatedEvents(data.events, claims, state.actors);
    const visible = state.only.length ? related.filter((e) => state.only.includes(e.id)) : related;
    laneList = lanesFor(visible, laneSpecs);
    items = orderItems(visible, laneList);
    const highlight = new Set(state.highlightEvents);
    if (state.selected && !items.some((i) => i.event.id === state.selected)) state = {...state, selected: null};
    if (!current || !items.some((i) => i.event.id === current)) current = items[0]?.event.id ?? null;
    root.dataset.layout = width < verticalBelow ? "vertical" : "horizontal";

    const total = data.events.length;
    const shown = items.length;
    replaceChildren(listHead, shown === total ? `All ${plural(total, "event")} in date order` : `${shown} of ${plural(total, "event")}, in date order`);
    status.textContent = shown === total ? `Showing all ${plural(total, "event")}` : `Showing ${shown} of ${plural(total, "event")}`;

    if (!items.length) {
      replaceChildren(legendSlot);
      replaceChildren(chart, el("p", {class: "wz-tl-empty"}, "No event on the timeline involves the chosen actors or bears on their claims."));
      replaceChildren(listEl);
      more.remove();
      return;
    }
    const drawingKey = [width, state.actors.join(","), state.highlightEvents.join(","), state.only.join(","), state.selected ?? ""].join("|");
    const kept = drawings.get(drawingKey);
    if (kept) {
      drawings.delete(drawingKey);
      drawings.set(drawingKey, kept);
      syncChildren(legendSlot, [kept.legend]);
      syncChildren(chart, [kept.chart]);
      for (const m of kept.chart.querySelectorAll('g.wz-tl-event[tabindex="0"]')) m.setAttribute("tabindex", "-1");
      kept.chart.querySelector(`g.wz-tl-event[data-event="${current}"]`)?.setAttribute("tabindex", "0");
    } else {
      const drawing = draw(highlight);
      drawings.set(drawingKey, drawing);
      if (drawings.size > 3) drawings.delete(drawings.keys().next().value!);
      replaceChildren(legendSlot, drawing.legend);
      replaceChildren(chart, drawing.chart);
    }

    if (list && items.length > listLimit) {
      const rest = items.length - listLimit;
      moreText.textContent = `${rest.toLocaleString("en")} more ${rest === 1 ? "event" : "events"} not listed.`;
      moreButton.textContent = `List ${plural(Math.min(listPageSize, rest), "more event")}`;
      if (more.previousSibling !== listEl) listEl.after(more);
    } else more.remove();
    syncChildren(
      listEl,
      items.slice(0, listLimit).map((item) => {
        const key = `${highlight.has(item.event.id)}|${state.selected === item.event.id}`;
        const cachedItem = listItems.get(item.event.id);
        if (cachedItem?.key === key) return cachedItem.node;
        const node = listItem(item, highlight);
        listItems.set(item.event.id, {key, node});
        return node;
      })
    );
    if (hadFocus) chart.querySelector<SVGGElement>(`g.wz-tl-event[data-event="${hadFocus}"]`)?.focus();
  }

  function listItem(item: Item, highlight: ReadonlySet<string>): HTMLLIElement {
    return el(
      "li",
      {class: highlight.has(item.event.id) ? "wz-tl-hl" : null, "data-event": item.event.id},
      el(
        "button",
        {type: "button", "data-event": item.event.id, "aria-expanded": state.selected === item.event.id ? "true" : "false", "aria-controls": cardId},
        el("span", {class: "wz-tl-when"}, originIcon(item.event.in_article), formatEventDate(item.event)),
        el("span", {class: "wz-tl-title"}, item.event.title),
        el("span", {class: "wz-tl-meta"}, ` · ${laneOf(item)} · ${item.event.in_article ? "in the article" : "added context"}`)
      )
    );
  }

  /** The chart and its legend for the current items and state. */
  function draw(highlight: ReadonlySet<string>): {chart: SVGSVGElement; legend: HTMLElement} {
    const shown = items.length;
    const geo = (width < verticalBelow ? layoutVertical : layoutHorizontal)(items, laneList, width, {gapDays, labels});
    const legendNode = legend(items, geo.gaps.length > 0);

    const first = items[0]!.event;
    const last = items[items.length - 1]!.event;
    const day = (t: number) => formatDay(new Date(t).toISOString());
    const gapsText = geo.gaps.map((g) => `${g.label} between ${day(g.t0 - 1)} and ${day(g.t1)}`).join("; ");
    const desc =
      `${plural(shown, "event")} from ${formatEventDate(first)} to ${formatEventDate(last)}, in ${plural(laneList.length, "lane")}: ` +
      `${laneList.map((l) => l.label).join("; ")}. Time runs ${geo.vertical ? "downwards" : "left to right"}` +
      (gapsText ? `; stretches with no events are compressed: ${gapsText}` : "") +
      ". The same events are listed below the chart.";

    const s = svg(
      "svg",
      {
        class: "wz-tl-svg",
        width: geo.width,
        height: geo.height,
        viewBox: `0 0 ${geo.width} ${geo.height}`,
        role: "group",
        "aria-labelledby": `${prefix}-title`,
        "aria-describedby": `${prefix}-desc ${prefix}-help`
      },
      svg("title", {id: `${prefix}-title`}, "Timeline of events"),
      svg("desc", {id: `${prefix}-desc`}, desc)
    );
    for (const part of geo.parts) s.append(part);
    const labelGroup = svg("g", {class: "wz-tl-labels", "aria-hidden": "true"});
    for (const label of geo.labels) {
      if (highlight.has(label.getAttribute("data-event") ?? "")) label.classList.add("wz-tl-hl");
      labelGroup.append(label);
    }
    s.append(labelGroup);
    const markGroup = svg("g", {class: "wz-tl-marks"});
    const byId = new Map(geo.placed.map((p) => [p.item.event.id, p]));
    for (const item of items) {
      const pl = byId.get(item.event.id)!;
      const g = drawMark(pl, geo.vertical, {selected: state.selected === item.event.id, highlighted: highlight.has(item.event.id)}, ariaFor(item), cardId);
      if (item.event.id === current) g.setAttribute("tabindex", "0");
      markGroup.append(g);
    }
    s.append(markGroup);
    return {chart: s, legend: legendNode};
  }

  // Pointer: marks and their labels.
  chart.addEventListener("click", (e) => {
    const target = (e.target as Element).closest("[data-event]");
    const eventId = target?.getAttribute("data-event");
    if (!eventId) return;
    select(eventId, {focusCard: true, from: "mark"});
  });
  // Keyboard: roving tabindex over the marks in date order.
  chart.addEventListener("keydown", (e) => {
    const target = (e.target as Element).closest("g.wz-tl-event");
    const eventId = target?.getAttribute("data-event");
    if (!eventId) return;
    const order = items.map((i) => i.event.id);
    const i = order.indexOf(eventId);
    let next: string | undefined;
    switch (e.key) {
      case "ArrowRight":
      case "ArrowDown":
        next = order[Math.min(order.length - 1, i + 1)];
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = order[Math.max(0, i - 1)];
        break;
      case "Home":
        next = order[0];
        break;
      case "End":
        next = order[order.length - 1];
        break;
      case "Enter":
      case " ":
        e.preventDefault();
        select(eventId, {focusCard: true, from: "mark"});
        return;
      default:
        return;
    }
    e.preventDefault();
    if (next) focusMark(next);
  });
  chart.addEventListener("focusin", (e) => {
    const eventId = (e.target as Element).closest?.("g.wz-tl-event")?.getAttribute("data-event");
    if (eventId && eventId !== current) {
      current = eventId;
      for (const m of marks()) m.setAttribute("tabindex", m.getAttribute("data-event") === eventId ? "0" : "-1");
    }
  });
  moreButton.addEventListener("click", () => {
    const first = listLimit;
    listLimit += listPageSize;
    render();
    listEl.querySelectorAll<HTMLButtonElement>("button[data-event]")[first]?.focus();
  });
  listEl.addEventListener("click", (e) => {
    const button = (e.target as Element).closest("button[data-event]") as HTMLButtonElement | null;
    if (button) select(button.dataset.event ?? null, {focusCard: true, from: "list"});
  });
  root.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && state.selected) {
      e.preventDefault();
      close();
    }
  });

  root.update = (next) => {
    if (next.actors && (next.actors.length !== state.actors.length || next.actors.some((a, i) => a !== state.actors[i]))) listLimit = listPageSize;
    state = {
      actors: next.actors ? [...next.actors] : state.actors,
      highlightEvents: next.highlightEvents ? [...next.highlightEvents] : state.highlightEvents,
      selected: next.selected !== undefined ? next.selected : state.selected,
      only: next.only ? [...next.only] : state.only
    };
    render();
    syncCard();
  };
  root.state = () => ({...state, actors: [...state.actors], highlightEvents: [...state.highlightEvents], only: [...state.only]});

  // Follow the container's width unless a width was given.
  if (options.width === undefined && typeof ResizeObserver !== "undefined") {
    const observer = new ResizeObserver((entries) => {
      const w = Math.floor(entries[0]?.contentRect.width ?? width);
      if (w > 0 && w !== width) {
        width = w;
        render();
      }
    });
    observer.observe(root);
  }

  render();
  syncCard();
  return root;
}
