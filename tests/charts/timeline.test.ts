// @vitest-environment jsdom
// Timeline and EventCard: the piecewise scale, the filter, and deterministic
// SVG snapshots of the real events at pinned widths (960: lanes run left to
// right; 320: the vertical phone layout), for all events and one actor.
import {describe, expect, test} from "vitest";
import {loadStory} from "../../loaders/index.js";
import {EventCard} from "../../src/components/EventCard.js";
import {eventExtent, gapLabel, piecewiseTimeScale, relatedEvents, Timeline, timelineActorOptions, wallTime} from "../../src/components/Timeline.js";
import {expectSnapshot} from "./snapshot.js";

const {tables} = loadStory("data/wuzhen-2015");
const data = {events: tables.events, claims: tables.claims, actors: tables.actors};
const DAY = 86_400_000;

describe("time", () => {
  test("dates are placed by their wall-clock time, whatever the offset", () => {
    expect(wallTime("2015-12-16T10:35+08:00")).toBe(Date.UTC(2015, 11, 16, 10, 35));
    expect(wallTime("2014-11-20T23:00+08:00")).toBe(Date.UTC(2014, 10, 20, 23, 0));
  });

  test("precision decides the shape", () => {
    expect(eventExtent({start: "2014-05-19", end: null, precision: "day"})).toMatchObject({shape: "point", at: Date.UTC(2014, 4, 19, 12)});
    expect(eventExtent({start: "2015-12-16T10:35+08:00", end: null, precision: "minute"})).toMatchObject({shape: "point", at: Date.UTC(2015, 11, 16, 10, 35)});
    expect(eventExtent({start: "2014-11-19", end: "2014-11-21", precision: "day"})).toMatchObject({shape: "range", t0: Date.UTC(2014, 10, 19), t1: Date.UTC(2014, 10, 22)});
    expect(eventExtent({start: "2015-09-01", end: null, precision: "month"})).toMatchObject({shape: "band", t0: Date.UTC(2015, 8, 1), t1: Date.UTC(2015, 9, 1)});
    expect(eventExtent({start: "2015-12-16", end: null, precision: "approximate"})).toMatchObject({shape: "point", approximate: true});
  });

  test("gaps longer than the threshold are compressed to a fixed width; days keep one width everywhere", () => {
    const ext = (a: string, b = a) => ({t0: wallTime(a), t1: wallTime(b) + DAY});
    const scale = piecewiseTimeScale([ext("2014-05-06"), ext("2014-05-19"), ext("2014-11-19", "2014-11-21"), ext("2015-12-14")], {gapDays: 45, r0: 0, r1: 1000, breakSize: 50});
    expect(scale.segments).toHaveLength(3);
    expect(scale.gaps.map((g) => g.label)).toEqual(["6 months", "13 months"]);
    expect(scale.gaps.map((g) => g.r1 - g.r0)).toEqual([50, 50]);
    for (const seg of scale.segments) expect((seg.r1 - seg.r0) / ((seg.t1 - seg.t0) / DAY)).toBeCloseTo(scale.k, 6);
    expect(scale.range[1]).toBeCloseTo(1000, 6);
    // monotone
    expect(scale(wallTime("2014-05-20"))).toBeLessThan(scale(wallTime("2014-11-19")));
  });

  test("gap labels", () => {
    expect(gapLabel(305)).toBe("10 months");
    expect(gapLabel(83)).toBe("3 months");
    expect(gapLabel(20)).toBe("3 weeks");
    expect(gapLabel(800)).toBe("2 years");
  });
});

describe("filter", () => {
  test("an actor's events: those involving the actor or bearing on its claims", () => {
    const ids = (actors: string[]) => relatedEvents(tables.events, tables.claims, actors).map((e) => e.id).sort();
    expect(ids([])).toHaveLength(tables.events.length);
    expect(ids(["pu-zhiqiang"])).toEqual(["pu-detained", "pu-trial", "pu-verdict"]);
    // Xi is not an actor of the indictment, but it bears on his "no cyber hegemony" claim.
    expect(ids(["xi"])).toContain("indictment");
    expect(ids(["xi"])).toContain("pu-trial");
  });

  test("actor options: actors with claims or events, counting their events", () => {
    const options = timelineActorOptions(data);
    const pu = options.find((o) => o.id === "pu-zhiqiang");
    expect(pu?.count).toBe(3);
    const withNothing = tables.actors.filter((a) => !tables.claims.some((c) => c.actor === a.id) && !tables.events.some((e) => e.actors.includes(a.id)));
    for (const a of withNothing) expect(options.some((o) => o.id === a.id)).toBe(false);
  });
});

describe("Timeline", () => {
  test("all events, 960 px: lanes left to right, one mark per event, gaps compressed", () => {
    const chart = Timeline(data, {width: 960, id: "tl"});
    expect(chart.dataset.layout).toBe("horizontal");
    expect(chart.querySelectorAll("g.wz-tl-event")).toHaveLength(tables.events.length);
    expect(chart.querySelectorAll("ol.wz-tl-list > li")).toHaveLength(tables.events.length);
    expect([...chart.querySelectorAll(".wz-tl-breaklabel")].map((t) => t.textContent)).toContain("10 months");
    expectSnapshot("timeline-all-960", chart);
  });

  test("all events, 320 px: vertical", () => {
    const chart = Timeline(data, {width: 320, id: "tl"});
    expect(chart.dataset.layout).toBe("vertical");
    expect(chart.querySelectorAll("g.wz-tl-event")).toHaveLength(tables.events.length);
    const svgEl = chart.querySelector("svg")!;
    expect(Number(svgEl.getAttribute("width"))).toBeLessThanOrEqual(320);
    expectSnapshot("timeline-all-320", chart);
  });

  for (const width of [960, 320]) {
    test(`one actor (Pu Zhiqiang), ${width} px`, () => {
      const chart = Timeline(data, {width, id: "tl", state: {actors: ["pu-zhiqiang"]}});
      expect([...chart.querySelectorAll("g.wz-tl-event")].map((g) => g.getAttribute("data-event"))).toEqual(["pu-detained", "pu-trial", "pu-verdict"]);
      expectSnapshot(`timeline-pu-zhiqiang-${width}`, chart);
    });
  }

  test("update(state): filter, highlight and selection; the card lists citations and linked claims", () => {
    const chart = Timeline(data, {width: 960, id: "tl"});
    chart.update({highlightEvents: ["pu-trial"], selected: "pu-trial"});
    expect(chart.querySelector('g[data-event="pu-trial"]')?.classList.contains("wz-tl-highlighted")).toBe(true);
    expect(chart.querySelector('g[data-event="pu-trial"]')?.getAttribute("aria-expanded")).toBe("true");
    const card = chart.querySelector(".wz-event-card")!;
    expect(card.getAttribute("data-event")).toBe("pu-trial");
    expect(card.querySelector('a[href="/source#claim-xi-freedom-order"]')).not.toBeNull();
    expect(card.querySelector('a[href="https://www.rfa.org/english/news/china/trial-12142015110417.html"]')).not.toBeNull();
    expect(card.querySelector('a[href="/source#event-pu-trial"]')).not.toBeNull();
    // A filter that hides the selected event closes its card.
    chart.update({actors: ["amnesty"]});
    expect(chart.state().selected).toBeNull();
    expect(chart.querySelector(".wz-event-card")).toBeNull();
    expect([...chart.querySelectorAll("g.wz-tl-event")].map((g) => g.getAttribute("data-event"))).toEqual(["amnesty-release"]);
  });

  test("an actor with no events shows a message, not an empty chart", () => {
    const chart = Timeline(data, {width: 960, id: "tl", state: {actors: ["security-experts"]}});
    expect(chart.querySelector("svg")).toBeNull();
    expect(chart.querySelector(".wz-tl-empty")?.textContent).toMatch(/No event/);
  });

  test("lanes follow the lanes option, and unknown kinds get their own lane", () => {
    const events = tables.events.map((e, i) => (i === 0 ? {...e, kind: "protest"} : e));
    const chart = Timeline({events}, {width: 960, id: "tl", lanes: [{label: "Everything official", kinds: ["conference", "speech", "legal", "censorship", "indictment", "diplomacy", "publication"]}]});
    expect([...chart.querySelectorAll(".wz-tl-lanelabel")].map((t) => t.textContent)).toEqual(["Everything official", "Protest"]);
  });
});

describe("EventCard", () => {
  test("context event: says it is not in the article; citations with their sentences", () => {
    const verdict = tables.events.find((e) => e.id === "pu-verdict")!;
    const card = EventCard(verdict, {claims: tables.claims, actors: tables.actors, laneLabel: "Legal process"});
    expect(card.querySelector("[data-origin]")?.getAttribute("data-origin")).toBe("context");
    expect(card.textContent).toContain("22 December 2015");
    expect(card.textContent).toContain("date known to the day");
    expect(card.textContent).toContain(verdict.citations[0]!.quote);
    expect(card.querySelector('a[href="/source#event-pu-verdict"]')).toBeNull();
    expectSnapshot("timeline-card-pu-verdict", card);
  });
});
