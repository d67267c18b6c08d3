// @vitest-environment jsdom
// Hostile annotations. A `javascript:` (or any non-http) URL never reaches a
// page: validation rejects it, naming file, record and field. Markup in free
// text does reach the pages, and the components render it as text: the laced
// story of scripts/hostile-fixture.ts still validates, and every view built
// from it holds no element, handler or link made from a payload. (The built
// site is checked in a browser by tests/e2e/hostile.spec.ts.)
import {describe, expect, test} from "vitest";
import {loadStory} from "../../loaders/index.js";
import {laceStory, PAYLOADS, PWNED_FLAG, SHORT_PAYLOAD} from "../../scripts/hostile-fixture.js";
import {ClaimCard} from "../../src/components/ClaimCard.js";
import {ClaimList} from "../../src/components/ClaimList.js";
import {CounterclaimList} from "../../src/components/CounterclaimArrows.js";
import {StanceGrid} from "../../src/components/StanceGrid.js";
import {StanceMap} from "../../src/components/StanceMap.js";
import {Timeline} from "../../src/components/Timeline.js";
import {byId, fixture, type Records, problems} from "./fixtures.js";


type WithCitations = {citations: {url: string}[]};

describe("URLs other than http(s) are rejected at validation", () => {
  test("javascript:, data: and vbscript: in citations, sources and literature", () => {
    const dir = fixture("js-urls", {
      "claims.yaml": (r) => void ((byId(r, "xi-no-hegemony").verification as WithCitations).citations[0]!.url = "javascript:alert(1)"),
      "events.yaml": (r) => void ((r[0] as WithCitations).citations[0]!.url = "JavaScript:window.__pwned=1"),
      "corrections.yaml": (r: Records) => void (r.find((c) => Array.isArray(c.citations)) as WithCitations).citations.splice(0, 1, {url: "data:text/html,<script>alert(1)</script>", quote: "x"} as never),
      "sources.yaml": (r) => void ((r[0] as {url: string}).url = "vbscript:msgbox(1)"),
      "axes.yaml": (r) => void ((r[0] as {literature: {url: string}[]}).literature[0]!.url = "javascript://example.org/%0Aalert(1)")
    });
    const found = problems(dir);
    expect(found).toHaveLength(5);
    expect(found).toContain('tests/.tmp/js-urls/claims.yaml: claim "xi-no-hegemony", field "verification.citations.0.url": "javascript:alert(1)" must be an http(s) URL');
    expect(found).toContain('tests/.tmp/js-urls/sources.yaml: source "article", field "url": "vbscript:msgbox(1)" must be an http(s) URL');
    for (const line of found) expect(line).toMatch(/field "[\w.]*url": ".+" must be an http\(s\) URL$/);
    expect(found.join("\n")).toMatch(/events\.yaml: event "[\w-]+", field "citations\.0\.url": "JavaScript:window\.__pwned=1"/);
    expect(found.join("\n")).toMatch(/corrections\.yaml: correction "[\w-]+", field "citations\.0\.url": "data:text\/html,<script>alert\(1\)<\/script>"/);
  });
});

describe("markup in free text renders as text", () => {
  const dir = fixture("hostile");
  const laced = laceStory(dir);
  const {tables, meta} = loadStory(dir);
  const texts = PAYLOADS.join(" ") + SHORT_PAYLOAD;

  /** Elements or attributes that only a payload could have made. */
  function injected(root: Element): string[] {
    const found: string[] = [];
    for (const node of root.querySelectorAll("*")) {
      for (const attr of node.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${node.tagName} ${attr.name}`);
        if (/^(href|src)$/i.test(attr.name) && /^\s*javascript:/i.test(attr.value)) found.push(`${node.tagName} ${attr.name}=${attr.value}`);
      }
    }
    for (const node of root.querySelectorAll("script, img, b, i, textarea, title:not(svg title)")) found.push(`<${node.tagName.toLowerCase()}>`);
    return found;
  }

  test("the laced story still validates, with a payload in every free-text field", () => {
    expect(laced).toBeGreaterThan(150);
    expect(tables.actors.every((a) => PAYLOADS.some((p) => a.name.endsWith(p)))).toBe(true);
    expect(meta.topics.every((t) => t.label.endsWith(SHORT_PAYLOAD))).toBe(true);
  });

  test("the grid, the map, the lists, the cards and the timeline hold the payloads as text only", () => {
    const claims = tables.claims as never[];
    const views: Element[] = [
      StanceGrid({actors: tables.actors, stances: tables.stances, claims: tables.claims, topics: meta.topics, axes: meta.axes, counterclaims: tables.counterclaims} as never, {width: 1200}),
      StanceGrid({actors: tables.actors, stances: tables.stances, claims: tables.claims, topics: meta.topics, axes: meta.axes, counterclaims: tables.counterclaims} as never, {width: 320}),
      StanceMap({positions: tables.positions, axes: meta.axes, claims: tables.claims, actors: tables.actors, counterclaims: tables.counterclaims} as never, {width: 640}),
      ClaimList(claims, {actors: tables.actors as never}),
      CounterclaimList(tables.counterclaims as never),
      Timeline({events: tables.events, claims: tables.claims, actors: tables.actors} as never, {width: 960}),
      ...tables.claims.map((c) => ClaimCard(c as never))
    ];
    const grid = views[0] as ReturnType<typeof StanceGrid>;
    const top = tables.stances[0]!;
    grid.open(top.actor, top.topic); // the quotes panel: claim cards with rationales and citations
    for (const view of views) {
      document.body.replaceChildren(view);
      expect(injected(view), view.className).toEqual([]);
      expect(view.textContent).toContain(PWNED_FLAG);
    }
    // And the payloads are there, verbatim, as text.
    const all = views.map((v) => v.textContent).join(" ");
    for (const payload of [...PAYLOADS, SHORT_PAYLOAD]) expect(all, payload).toContain(payload);
    expect(texts).toContain("<script>");
  });
});
