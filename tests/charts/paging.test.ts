// @vitest-environment jsdom
// At scale the long views render a page at a time ("Show more"), keep their
// rows between filter changes, and reset to one page when the filter changes.
// At story scale (fewer rows than a page) nothing changes: no button, every
// row. Page sizes are made small here so that the real story exercises paging.
import {describe, expect, test} from "vitest";
import {loadStory} from "../../loaders/index.js";
import {ClaimList} from "../../src/components/ClaimList.js";
import {CounterclaimList} from "../../src/components/CounterclaimArrows.js";
import {StanceGrid} from "../../src/components/StanceGrid.js";
import {Timeline} from "../../src/components/Timeline.js";
import {syncChildren} from "../../src/components/dom.js";

const {tables, meta} = loadStory("data/wuzhen-2015");
const more = (root: Element) => root.querySelector<HTMLButtonElement>('button[data-action="more"]');
const top = [...tables.actors].sort((a, b) => b.n_claims - a.n_claims)[0]!;

describe("paging", () => {
  test("story scale: every row, no Show more", () => {
    const views = [
      ClaimList(tables.claims as never, {actors: tables.actors as never}),
      CounterclaimList(tables.counterclaims as never),
      StanceGrid({actors: tables.actors, stances: tables.stances, claims: tables.claims, topics: meta.topics, axes: meta.axes} as never, {width: 960}),
      Timeline({events: tables.events, claims: tables.claims, actors: tables.actors} as never, {width: 960})
    ];
    for (const view of views) {
      document.body.replaceChildren(view);
      expect(more(view), view.className).toBeNull();
      expect(view.hasAttribute("data-paged")).toBe(false);
    }
  });

  test("ClaimList: a page, Show more adds the next and moves focus to it, a filter change resets", () => {
    const list = ClaimList(tables.claims as never, {actors: tables.actors as never, pageSize: 5, id: "c"});
    document.body.replaceChildren(list);
    expect(list.querySelectorAll("li[data-claim]").length).toBe(5);
    expect(list.querySelector(".wz-cl-summary")?.textContent).toBe(`Showing 5 of ${tables.claims.length} claims.`);
    expect(more(list)?.textContent).toBe("Show 5 more claims");
    const firstRows = [...list.querySelectorAll("li[data-claim]")];
    more(list)!.click();
    const rows = [...list.querySelectorAll("li[data-claim]")];
    expect(rows.length).toBe(10);
    expect(rows.slice(0, 5)).toEqual(firstRows); // kept, not re-created
    expect(rows[5]!.contains(document.activeElement)).toBe(true);
    list.update({actors: [top.id]});
    expect(list.querySelectorAll("li[data-claim]").length).toBe(Math.min(5, top.n_claims));
    list.update({actors: []});
    expect(list.querySelectorAll("li[data-claim]").length).toBe(5);
  });

  test("CounterclaimList: a page of counterclaims, Show more adds the next", () => {
    const list = CounterclaimList(tables.counterclaims as never, {pageSize: 3});
    document.body.replaceChildren(list);
    expect(list.querySelectorAll("li[data-counterclaim]").length).toBe(3);
    more(list)!.click();
    expect(list.querySelectorAll("li[data-counterclaim]").length).toBe(Math.min(6, tables.counterclaims.length));
    expect(document.activeElement?.getAttribute("data-counterclaim")).toBe(list.querySelectorAll("button[data-counterclaim]")[3]!.getAttribute("data-counterclaim"));
  });

  test("StanceGrid: a page of actor rows, kept between filter changes; arrow ends always shown", () => {
    const data = {actors: tables.actors, stances: tables.stances, claims: tables.claims, topics: meta.topics, axes: meta.axes, counterclaims: tables.counterclaims} as never;
    const grid = StanceGrid(data, {width: 960, rowsPerPage: 4, id: "g"});
    document.body.replaceChildren(grid);
    const rows = () => [...grid.querySelectorAll("tbody tr[data-actor]")];
    expect(rows().length).toBe(4);
    const before = rows();
    grid.update({actors: [before[0]!.getAttribute("data-actor")!]});
    expect(rows().length).toBe(1);
    grid.update({actors: []});
    expect(rows()).toEqual(before); // the same nodes
    expect(rows().map((r) => r.querySelector<HTMLElement>(".wz-sg-cell")?.dataset.row ?? "0")).toEqual(["0", "1", "2", "3"].slice(0, rows().length));
    more(grid)!.click();
    const all = StanceGrid(data, {width: 960}).querySelectorAll("tbody tr[data-actor]").length;
    expect(rows().length).toBe(Math.min(8, all));
    // A drawn arrow shows both ends, whatever the page.
    const cc = tables.counterclaims[tables.counterclaims.length - 1]!;
    const small = StanceGrid(data, {width: 960, rowsPerPage: 1});
    small.update({showArrows: [cc.id]});
    const shown = [...small.querySelectorAll("tbody tr[data-actor]")].map((r) => r.getAttribute("data-actor"));
    expect(shown).toEqual(expect.arrayContaining([cc.from_actor, cc.to_actor]));
  });

  test("Timeline: the list pages, the chart draws every event", () => {
    const chart = Timeline({events: tables.events, claims: tables.claims, actors: tables.actors} as never, {width: 960, listPageSize: 4});
    document.body.replaceChildren(chart);
    expect(chart.querySelectorAll("g.wz-tl-event").length).toBe(tables.events.length);
    expect(chart.querySelectorAll(".wz-tl-list li").length).toBe(4);
    more(chart)!.click();
    expect(chart.querySelectorAll(".wz-tl-list li").length).toBe(8);
    chart.update({actors: [top.id]});
    chart.update({actors: []});
    expect(chart.querySelectorAll(".wz-tl-list li").length).toBe(4);
  });

  test("syncChildren keeps nodes in place and moves only what changed", () => {
    const parent = document.createElement("ul");
    const [a, b, c, d] = ["a", "b", "c", "d"].map((t) => Object.assign(document.createElement("li"), {textContent: t}));
    syncChildren(parent, [a!, b!, c!]);
    expect(parent.textContent).toBe("abc");
    syncChildren(parent, [a!, c!, d!]);
    expect(parent.textContent).toBe("acd");
    expect(parent.firstChild).toBe(a);
    syncChildren(parent, [d!, a!]);
    expect(parent.textContent).toBe("da");
    syncChildren(parent, []);
    expect(parent.childNodes.length).toBe(0);
  });
});
