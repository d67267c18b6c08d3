// @vitest-environment jsdom
// Snapshots of the two-axis map with the real tables, with the strip beside
// the plot (640 px) and below it (320 px), for every actor and for one actor;
// then the "why here?" list, the strip and the state it takes.
import {describe, expect, test} from "vitest";
import {loadStory} from "../../loaders/index.js";
import {StanceMap, direction, type StanceMapData} from "../../src/components/StanceMap.js";
import {arrowGeometry, exitPoint, relevantCounterclaims, CounterclaimList} from "../../src/components/CounterclaimArrows.js";
import {expectSnapshot} from "./snapshot.js";

const {tables, meta} = loadStory("data/wuzhen-2015");
const data = {
  positions: tables.positions,
  axes: meta.axes,
  claims: tables.claims,
  actors: tables.actors,
  counterclaims: tables.counterclaims
} as unknown as StanceMapData;

// Chosen from the data, so that the test names no actor.
const placedIds = [...new Set(tables.positions.map((p) => p.actor))].filter((a) =>
  tables.positions.filter((p) => p.actor === a).every((p) => !p.too_little)
);
const placed = placedIds[0]!;
const stripActor = tables.positions.find((p) => p.too_little && p.n > 0)!.actor;

function mount(width: number, state = {}) {
  document.body.replaceChildren();
  const map = StanceMap(data, {width, id: "map", state});
  document.body.append(map);
  return map;
}

describe("StanceMap snapshots", () => {
  for (const width of [640, 320]) {
    test(`all actors at ${width} px`, () => {
      expectSnapshot(`stance-map-all-${width}`, mount(width));
    });
    test(`one actor at ${width} px`, () => {
      expectSnapshot(`stance-map-one-${width}`, mount(width, {actors: [placed]}));
    });
  }
  test("highlighted claims and an open why-here list", () => {
    const map = mount(640, {highlightActors: [stripActor]});
    map.open(placed);
    expectSnapshot("stance-map-open-640", map);
  });
});

describe("StanceMap", () => {
  test("a dot for each actor with enough on record on both axes, the others in the strip", () => {
    const map = mount(640);
    expect([...map.querySelectorAll(".wz-sm-dot")].map((d) => d.getAttribute("data-actor"))).toEqual(placedIds);
    const inStrip = [...map.querySelectorAll(".wz-sm-entry")].map((d) => d.getAttribute("data-actor"));
    expect(inStrip).toContain(stripActor);
    expect(inStrip.length + placedIds.length).toBe(new Set(tables.positions.map((p) => p.actor)).size);
    expect(map.querySelector(".wz-sm-strip")?.textContent).toMatch(/at least 2 coded claims on each axis/);
  });

  test("the strip says per axis how many claims and which way they point", () => {
    const map = mount(640);
    const entry = map.querySelector<HTMLElement>(`.wz-sm-entry[data-actor="${stripActor}"]`)!;
    const rows = tables.positions.filter((p) => p.actor === stripActor);
    for (const p of rows) {
      const axis = meta.axes.find((a) => a.id === p.axis)!;
      const words = direction(p, axis as never).words;
      expect(entry.textContent).toContain(words);
    }
  });

  test("quadrants and poles are named in words, without numeric ticks", () => {
    const map = mount(640);
    const text = [...map.querySelectorAll(".wz-sm-plot text")].map((t) => t.textContent ?? "").join(" | ");
    for (const axis of meta.axes) {
      expect(text).toContain(axis.minus_label);
      expect(text).toContain(axis.plus_label);
    }
    expect(text).not.toMatch(/\d/);
    expect(map.querySelectorAll(".wz-sm-quadrant").length).toBe(4);
  });

  test("Enter on a dot opens why here?; Escape closes it and gives focus back", () => {
    const map = mount(640);
    const dot = map.querySelector<SVGGElement>(`.wz-sm-dot[data-actor="${placed}"]`)!;
    dot.focus();
    dot.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true, cancelable: true}));
    const panel = map.querySelector<HTMLElement>(".wz-sm-panel")!;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toMatch(/^Why here\?/);
    const claims = tables.positions.filter((p) => p.actor === placed).flatMap((p) => p.claims);
    for (const c of claims) expect(panel.querySelector(`li[data-claim="${c}"]`)).not.toBeNull();
    expect(dot.getAttribute("aria-expanded")).toBe("true");
    panel.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true, cancelable: true}));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement?.getAttribute("data-anchor")).toBe(placed);
  });

  test("a strip entry opens its claims too", () => {
    const map = mount(320);
    map.querySelector<HTMLButtonElement>(`.wz-sm-entry[data-actor="${stripActor}"]`)!.click();
    const panel = map.querySelector<HTMLElement>(".wz-sm-panel")!;
    expect(panel.hidden).toBe(false);
    expect(panel.textContent).toMatch(/^Why in the strip\?/);
  });

  test("the filter, the width and highlights update in place", () => {
    const map = mount(640);
    map.update({actors: [stripActor]});
    expect(map.querySelectorAll(".wz-sm-dot").length).toBe(0);
    expect(map.querySelector(".wz-sm-empty")?.textContent).toMatch(/strip\./);
    map.update({actors: [], width: 320});
    expect(map.dataset.layout).toBe("narrow");
    map.update({highlightClaims: tables.positions.find((p) => p.actor === placed)!.claims.slice(0, 1)});
    expect(map.querySelector(`.wz-sm-dot.wz-sm-hl`)?.getAttribute("data-actor")).toBe(placed);
  });

  test("arrows: a drawn counterclaim brings in the actor at its other end", () => {
    const map = mount(640, {actors: [placed]});
    const answer = tables.counterclaims.find((c) => c.to_actor === placed)!;
    map.update({showArrows: [answer.id]});
    expect(map.querySelector(`[data-anchor="${answer.from_actor}"]`)).not.toBeNull();
    expect(map.querySelector(".wz-arrows-caption li")?.getAttribute("data-counterclaim")).toBe(answer.id);
  });
});

describe("CounterclaimArrows geometry and list", () => {
  test("an arrow leaves and enters the boxes at their edges", () => {
    const a = {x: 0, y: 0, width: 20, height: 20};
    const b = {x: 200, y: 0, width: 20, height: 20};
    expect(exitPoint(a, {x: 110, y: 10})).toEqual({x: 20, y: 10});
    const g = arrowGeometry(a, b)!;
    expect(g.path.startsWith("M")).toBe(true);
    expect(g.head.split(" ").length).toBe(3);
    const lane1 = arrowGeometry(a, b, 1)!;
    expect(lane1.label.y).not.toBe(g.label.y); // parallel arrows are bent apart
    expect(arrowGeometry(a, a)).toBeNull();
  });

  test("the list shows what concerns the chosen actors and draws on demand only", () => {
    const calls: string[][] = [];
    const list = CounterclaimList(tables.counterclaims as never, {onChange: (a) => calls.push(a)});
    document.body.replaceChildren(list);
    expect(list.querySelectorAll("li[data-counterclaim]").length).toBe(tables.counterclaims.length);
    expect(list.querySelectorAll('button[aria-pressed="true"]').length).toBe(0);
    list.update({actors: [stripActor]});
    const relevant = relevantCounterclaims(tables.counterclaims as never, [stripActor]);
    expect(list.querySelectorAll("li[data-counterclaim]").length).toBe(relevant.length);
    const button = list.querySelector<HTMLButtonElement>("button[data-counterclaim]")!;
    button.click();
    expect(calls.at(-1)).toEqual([button.dataset.counterclaim]);
    expect(list.querySelector(`button[data-counterclaim="${button.dataset.counterclaim}"]`)?.getAttribute("aria-pressed")).toBe("true");
    list.update({actors: [placed === stripActor ? "" : placed].filter(Boolean)});
  });
});

describe("ClaimList", () => {
  test("follows the filter, groups by actor, and opens a card that Escape closes", async () => {
    const {ClaimList} = await import("../../src/components/ClaimList.js");
    const list = ClaimList(tables.claims as never, {actors: tables.actors as never, id: "claims"});
    document.body.replaceChildren(list);
    expect(list.querySelectorAll("li[data-claim]").length).toBe(tables.claims.length);
    list.update({actors: [stripActor]});
    const mine = tables.claims.filter((c) => c.actor === stripActor);
    expect(list.querySelectorAll("li[data-claim]").length).toBe(mine.length);
    expect(list.querySelectorAll("section[data-actor]").length).toBe(1);
    const details = list.querySelector("details")!;
    details.open = true;
    details.dispatchEvent(new Event("toggle"));
    const card = details.querySelector(".wz-claim-card")!;
    expect(card).not.toBeNull();
    // Ids carry the list's prefix, so the same card can be open elsewhere on the page.
    expect(card.getAttribute("aria-labelledby")).toBe(`claims-card-${mine[0]!.id}`);
    card.querySelector("button")!.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    expect(details.open).toBe(false);
    expect(document.activeElement?.tagName).toBe("SUMMARY");
  });
});
