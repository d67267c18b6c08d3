// @vitest-environment jsdom
// The source reader's segmentation (cut at every span boundary, wrap each
// piece in the spans covering it) and the reader built on it.
import {describe, expect, test} from "vitest";
import {actorStyle, SourceText, segmentText, styledActors} from "../../src/components/SourceText.js";
import {loadStory} from "../../loaders/index.js";
import type {ActorRow, ClaimRow, CorrectionRow, SourceMeta} from "../../loaders/tables.js";

type S = {start: number; end: number; id: string};
const pieces = (segments: {start: number; end: number; covers: S[]}[]) => segments.map((s) => [s.start, s.end, s.covers.map((c) => c.id).join("+")]);

describe("segmentText", () => {
  test("no spans: one segment for the whole range", () => {
    expect(pieces(segmentText<S>({start: 0, end: 10}, []))).toEqual([[0, 10, ""]]);
  });

  test("a span inside the range cuts it in three", () => {
    expect(pieces(segmentText({start: 0, end: 10}, [{start: 3, end: 6, id: "a"}]))).toEqual([
      [0, 3, ""],
      [3, 6, "a"],
      [6, 10, ""]
    ]);
  });

  test("a correction inside a claim: the claim covers all three pieces, outermost first", () => {
    const spans = [
      {start: 4, end: 6, id: "sic"},
      {start: 2, end: 9, id: "claim"}
    ];
    expect(pieces(segmentText({start: 0, end: 10}, spans))).toEqual([
      [0, 2, ""],
      [2, 4, "claim"],
      [4, 6, "claim+sic"],
      [6, 9, "claim"],
      [9, 10, ""]
    ]);
  });

  test("two overlapping claims: the overlap is covered by both, the earlier outermost", () => {
    const spans = [
      {start: 5, end: 12, id: "b"},
      {start: 0, end: 8, id: "a"}
    ];
    expect(pieces(segmentText({start: 0, end: 12}, spans))).toEqual([
      [0, 5, "a"],
      [5, 8, "a+b"],
      [8, 12, "b"]
    ]);
  });

  test("identical spans keep their input order; a shared start puts the longer first", () => {
    const spans = [
      {start: 0, end: 4, id: "x"},
      {start: 0, end: 4, id: "y"},
      {start: 0, end: 8, id: "long"}
    ];
    expect(pieces(segmentText({start: 0, end: 8}, spans))).toEqual([
      [0, 4, "long+x+y"],
      [4, 8, "long"]
    ]);
  });

  test("spans are clipped to the range; empty and outside spans are ignored", () => {
    const spans = [
      {start: -5, end: 3, id: "before"},
      {start: 8, end: 20, id: "after"},
      {start: 4, end: 4, id: "empty"},
      {start: 30, end: 40, id: "outside"}
    ];
    expect(pieces(segmentText({start: 0, end: 10}, spans))).toEqual([
      [0, 3, "before"],
      [3, 8, ""],
      [8, 10, "after"]
    ]);
  });

  test("the segments tile the range exactly", () => {
    const spans = [
      {start: 1, end: 7, id: "a"},
      {start: 3, end: 9, id: "b"},
      {start: 3, end: 5, id: "c"},
      {start: 6, end: 6, id: "d"}
    ];
    const segments = segmentText({start: 0, end: 10}, spans);
    expect(segments[0]!.start).toBe(0);
    expect(segments.at(-1)!.end).toBe(10);
    for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    for (const seg of segments) for (const c of seg.covers) expect(c.start <= seg.start && c.end >= seg.end).toBe(true);
  });
});

describe("actor styles", () => {
  test("the first ten actors differ in underline style or thickness, and in hue", () => {
    const styles = Array.from({length: 10}, (_, i) => actorStyle(i));
    expect(new Set(styles.map((s) => `${s.line}/${s.thick}`)).size).toBe(10);
    expect(new Set(styles.map((s) => s.hue)).size).toBe(10);
    expect(new Set(Array.from({length: 50}, (_, i) => `${actorStyle(i).hue}/${actorStyle(i).line}/${actorStyle(i).thick}`)).size).toBe(50);
  });
});

describe("SourceText on the story", () => {
  const {tables, meta} = loadStory("data/wuzhen-2015");
  const source = meta.sources[0] as unknown as SourceMeta;
  const reader = SourceText({source, claims: tables.claims, corrections: tables.corrections, events: tables.events, actors: tables.actors});
  document.body.append(reader);

  test("renders every paragraph's text verbatim", () => {
    const paragraphs = [...reader.querySelectorAll(".wz-st-para p")].map((p) => {
      const clone = p.cloneNode(true) as HTMLElement;
      clone.querySelectorAll(".wz-st-sic").forEach((n) => n.remove());
      return clone.textContent;
    });
    expect(paragraphs).toEqual(source.paragraphs.map((p) => source.text.slice(p.start, p.end)));
  });

  test("each claim has exactly one handle, with its id, whose text starts the quote", () => {
    for (const c of tables.claims) {
      const handle = reader.querySelector<HTMLElement>(`#claim-${c.id}`)!;
      expect(handle, c.id).not.toBeNull();
      expect(handle.getAttribute("role")).toBe("button");
      expect(c.quote.startsWith(handle.textContent!)).toBe(true);
      const pieces = [...reader.querySelectorAll(`.wz-st-claim[data-claim="${c.id}"]`)].map((n) => n.textContent).join("");
      // [sic] buttons may sit between the pieces; the pieces themselves spell the quote.
      expect(pieces.replace(/\[sic\]: note on “[^”]*”/g, "")).toBe(c.quote);
    }
    expect(reader.querySelectorAll(".wz-st-handle").length).toBe(tables.claims.length);
  });

  test("no focusable element sits inside another", () => {
    const focusables = [...reader.querySelectorAll('[tabindex="0"], button')];
    for (const f of focusables) expect(f.querySelector('[tabindex="0"], button'), f.outerHTML.slice(0, 80)).toBeNull();
  });

  test("every correction has a [sic] button; every event mentioned has an event- target", () => {
    expect(reader.querySelectorAll(".wz-st-sic button").length).toBe(tables.corrections.length);
    for (const e of tables.events.filter((e) => e.mentions.length)) expect(reader.querySelector(`#event-${e.id}`), e.id).not.toBeNull();
  });

  test("the filter dims the others and takes them out of the tab order", () => {
    reader.update({actors: ["amnesty"]});
    const xi = reader.querySelector<HTMLElement>(".wz-st-claim[data-actor='xi']")!;
    const amnesty = reader.querySelector<HTMLElement>(".wz-st-claim[data-actor='amnesty']")!;
    expect(xi.classList.contains("is-dimmed")).toBe(true);
    expect(amnesty.classList.contains("is-dimmed")).toBe(false);
    expect(reader.querySelector<HTMLElement>("#claim-xi-freedom-order")!.tabIndex).toBe(-1);
    expect(reader.querySelector<HTMLElement>("#claim-amnesty-guise")!.tabIndex).toBe(0);
    reader.update({actors: []});
    expect(xi.classList.contains("is-dimmed")).toBe(false);
  });

  test("a handle opens its card below the paragraph; Escape closes it and returns focus", () => {
    const handle = reader.querySelector<HTMLElement>("#claim-xi-freedom-order")!;
    handle.focus();
    handle.dispatchEvent(new KeyboardEvent("keydown", {key: "Enter", bubbles: true}));
    const panel = reader.querySelector<HTMLElement>(".wz-st-detail:not([hidden])")!;
    expect(panel.querySelector('[data-claim="xi-freedom-order"]')).not.toBeNull();
    expect(handle.getAttribute("aria-expanded")).toBe("true");
    expect(document.activeElement).toBe(panel);
    panel.dispatchEvent(new KeyboardEvent("keydown", {key: "Escape", bubbles: true}));
    expect(reader.querySelector(".wz-st-detail:not([hidden])")).toBeNull();
    expect(document.activeElement).toBe(handle);
  });

  test("styled actors: only actors with claims, most claims first", () => {
    const list = styledActors(tables.actors as ActorRow[], tables.claims as ClaimRow[]);
    expect(list.every((s) => s.n > 0)).toBe(true);
    for (let i = 1; i < list.length; i++) expect(list[i - 1]!.n).toBeGreaterThanOrEqual(list[i]!.n);
  });

  test("generic: two claims on the same words share one handle and both are reachable", () => {
    const text = "He said that all is well.";
    const src = {...source, text, paragraphs: [{n: 1, start: 0, end: text.length}]} as SourceMeta;
    const base = tables.claims[0]!;
    const c1 = {...base, id: "one", start: 13, end: 24, paragraph: 1, quote: "all is well"} as ClaimRow;
    const c2 = {...base, id: "two", start: 13, end: 24, paragraph: 1, quote: "all is well", topic: "other"} as ClaimRow;
    const r = SourceText({source: src, claims: [c1, c2], corrections: [] as CorrectionRow[], actors: tables.actors}, {id: "t"});
    document.body.append(r);
    expect(r.querySelectorAll(".wz-st-handle").length).toBe(1);
    expect(r.querySelector("#claim-one")!.classList.contains("wz-st-handle")).toBe(true);
    expect(r.querySelector("#claim-two")).not.toBeNull();
    expect(r.reveal("#claim-two")).toBe(true);
    expect(document.activeElement).toBe(r.querySelector("#claim-one"));
    r.remove();
  });
});
