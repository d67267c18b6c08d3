// @vitest-environment jsdom
// Snapshots of the "where they stand" grid with the real tables, at a table
// width (960 px) and a phone width (320 px, one card per actor), with every
// actor and with one actor chosen; then its keyboard and state behaviour.
import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, test} from "vitest";
import {loadStory} from "../../loaders/index.js";
import {StanceGrid, topicGroups, type StanceGridData} from "../../src/components/StanceGrid.js";
import {expectSnapshot} from "./snapshot.js";

const {tables, meta} = loadStory("data/wuzhen-2015");
const data: StanceGridData = {
  actors: tables.actors,
  stances: tables.stances,
  claims: tables.claims,
  topics: meta.topics,
  axes: meta.axes,
  counterclaims: tables.counterclaims
} as unknown as StanceGridData;

// The actor with the most claims, and one with a single claim: chosen from the
// data so that the test names no actor either.
const byClaims = [...tables.actors].sort((a, b) => b.n_claims - a.n_claims || a.id.localeCompare(b.id));
const top = byClaims[0]!;
const single = byClaims.find((a) => a.n_claims === 1)!;

function mount(width: number, state = {}) {
  document.body.replaceChildren();
  const grid = StanceGrid(data, {width, id: "grid", state});
  document.body.append(grid);
  return grid;
}

describe("StanceGrid snapshots", () => {
  for (const width of [960, 320]) {
    test(`all actors at ${width} px`, () => {
      expectSnapshot(`stance-grid-all-${width}`, mount(width));
    });
    test(`one actor at ${width} px`, () => {
      expectSnapshot(`stance-grid-one-${width}`, mount(width, {actors: [top.id]}));
    });
  }
});

describe("StanceGrid", () => {
  test("columns are grouped by axis, then the topics off the map", () => {
    const groups = topicGroups(meta.topics as never, meta.axes as never);
    expect(groups.map((g) => g.id)).toEqual([...meta.axes.map((a) => a.id), "off-map"]);
    expect(groups.flatMap((g) => g.columns).length).toBe(meta.topics.length);
  });

  test("a table at desktop width and cards on a phone, one row per actor with claims", () => {
    const withClaims = tables.actors.filter((a) => a.n_claims > 0).length;
    const wide = mount(960);
    expect(wide.dataset.layout).toBe("table");
    expect(wide.querySelectorAll("tbody tr[data-actor]").length).toBe(withClaims);
    expect(wide.querySelectorAll(".wz-sg-cell").length).toBe(tables.stances.length);
    const narrow = mount(320);
    expect(narrow.dataset.layout).toBe("cards");
    expect(narrow.querySelectorAll("li[data-actor]").length).toBe(withClaims);
    expect(narrow.querySelectorAll(".wz-sg-cell").length).toBe(tables.stances.length);
  });

  test("update({width}) re-lays out without re-creating the element", () => {
    const grid = mount(960);
    grid.update({width: 320});
    expect(grid.dataset.layout).toBe("cards");
    grid.update({width: 1200});
    expect(grid.dataset.layout).toBe("table");
  });

  test("the filter keeps only the chosen actors", () => {
    const grid = mount(960);
    grid.update({actors: [top.id, single.id]});
    expect([...grid.querySelectorAll("tbody tr[data-actor]")].map((r) => r.getAttribute("data-actor")).sort()).toEqual([top.id, single.id].sort());
    grid.update({actors: []});
    expect(grid.querySelectorAll("tbody tr[data-actor]").length).toBeGreaterThan(2);
  });

  test("a cell opens its quotes as claim cards; Escape closes them and gives focus back", () => {
    const grid = mount(960);
    const stance = tables.stances.find((s) => s.actor === top.id && s.n > 1)!;
    const button = grid.querySelector<HTMLButtonElement>(`[data-cell="${stance.actor}|${stance.topic}"]`)!;
    button.focus();
    button.click();
    const panel = grid.querySelector<HTMLElement>(".wz-sg-panel")!;
    expect(panel.hidden).toBe(false);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect([...panel.querySelectorAll("[data-claim]")].map((c) => c.getAttribute("data-claim"))).toEqual(stance.claims);
    expect(document.activeElement).toBe(panel);
    panel.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    expect(panel.hidden).toBe(true);
    expect(document.activeElement?.getAttribute("data-cell")).toBe(`${stance.actor}|${stance.topic}`);
  });

  test("the Close button closes the panel", () => {
    const grid = mount(320);
    grid.querySelector<HTMLButtonElement>(".wz-sg-cell")!.click();
    const panel = grid.querySelector<HTMLElement>(".wz-sg-panel")!;
    expect(panel.hidden).toBe(false);
    [...panel.querySelectorAll("button")].find((b) => b.textContent === "Close")!.click();
    expect(panel.hidden).toBe(true);
  });

  test("arrow keys move between cells of the table", () => {
    const grid = mount(960);
    const first = grid.querySelector<HTMLButtonElement>(".wz-sg-cell")!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowRight", bubbles: true}));
    const second = document.activeElement as HTMLElement;
    expect(second).not.toBe(first);
    expect(second.dataset.row).toBe(first.dataset.row);
    second.dispatchEvent(new KeyboardEvent("keydown", {key: "ArrowLeft", bubbles: true}));
    expect(document.activeElement).toBe(first);
  });

  test("highlightClaims and highlightActors mark cells and rows", () => {
    const grid = mount(960);
    const stance = tables.stances.find((s) => s.actor === single.id)!;
    grid.update({highlightClaims: [stance.claims[0]!], highlightActors: [top.id]});
    expect(grid.querySelector(".wz-sg-hl-cell [data-cell]")?.getAttribute("data-cell")).toBe(`${stance.actor}|${stance.topic}`);
    expect(grid.querySelector(".wz-sg-row-hl")?.getAttribute("data-actor")).toBe(top.id);
  });

  test("showArrows lists the arrows and shows the actor at the other end", () => {
    const grid = mount(960, {actors: [top.id]});
    const answer = tables.counterclaims.find((c) => c.to_actor === top.id)!;
    grid.update({showArrows: [answer.id]});
    const caption = grid.querySelector<HTMLElement>(".wz-arrows-caption")!;
    expect(caption.hidden).toBe(false);
    expect(caption.querySelectorAll("li").length).toBe(1);
    expect(caption.textContent).toContain(answer.from_actor_name);
    const context = grid.querySelector(`tr[data-actor="${answer.from_actor}"]`)!;
    expect(context.classList.contains("wz-sg-context")).toBe(true);
    grid.update({showArrows: []});
    expect(caption.hidden).toBe(true);
    expect(grid.querySelector(`tr[data-actor="${answer.from_actor}"]`)).toBeNull();
  });
});

describe("the stance components name nothing from the story", () => {
  const files = ["StanceGrid.ts", "StanceMap.ts", "CounterclaimArrows.ts", "ClaimList.ts", "stanceView.ts"];
  const source = files.map((f) => readFileSync(join(import.meta.dirname, "../../src/components", f), "utf8")).join("\n");
  const names = [
    ...tables.actors.flatMap((a) => [a.id, a.name]),
    ...tables.claims.map((c) => c.id),
    ...tables.counterclaims.map((c) => c.id),
    ...meta.topics.flatMap((t) => [t.id, t.label]),
    ...meta.axes.flatMap((a) => [a.minus_label, a.plus_label, a.label])
  ].filter((n) => n.length > 3);
  test.each(names)("%s", (name) => {
    expect(source.includes(`"${name}"`) || source.includes(`'${name}'`) || source.includes(name.length > 8 ? name : `\u0000`)).toBe(false);
  });
});
