// The URL is read as untrusted input: unknown or hostile values are reported
// (as text, by the page) and never used as ids.
import {describe, expect, test} from "vitest";
import {parseActorParam, parseStepParam, withActorParam} from "../../src/components/urlState.js";
import {createFilterStore} from "../../src/components/filterState.js";

const IDS = ["xi", "amnesty", "pu-zhiqiang"];

describe("?actor=", () => {
  test("known ids in the order given, duplicates dropped", () => {
    expect(parseActorParam("?actor=amnesty,xi,amnesty", IDS)).toEqual({actors: ["amnesty", "xi"], unknown: []});
  });

  test("repeated parameters are merged", () => {
    expect(parseActorParam("?actor=xi&actor=pu-zhiqiang", IDS)).toEqual({actors: ["xi", "pu-zhiqiang"], unknown: []});
  });

  test("unknown and hostile values are reported, not used", () => {
    const search = `?actor=xi,nobody,${encodeURIComponent('<img src=x onerror=alert(1)>')},javascript:alert(1)`;
    expect(parseActorParam(search, IDS)).toEqual({actors: ["xi"], unknown: ["nobody", "<img src=x onerror=alert(1)>", "javascript:alert(1)"]});
  });

  test("very long values are cut for the notice", () => {
    const {unknown} = parseActorParam(`?actor=${"a".repeat(200)}`, IDS);
    expect(unknown[0]).toHaveLength(58);
  });

  test("writing keeps other parameters and readable commas", () => {
    expect(withActorParam("?view=map&actor=xi", ["xi", "amnesty"])).toBe("?view=map&actor=xi,amnesty");
    expect(withActorParam("?actor=xi", [])).toBe("");
  });
});

describe("?step=", () => {
  test("1-based in the URL, 0-based in code, clamped", () => {
    expect(parseStepParam("?step=3", 10)).toBe(2);
    expect(parseStepParam("?step=11", 10)).toBeNull();
    expect(parseStepParam("?step=0", 10)).toBeNull();
    expect(parseStepParam("?step=2abc", 10)).toBeNull();
    expect(parseStepParam("", 10)).toBeNull();
  });
});

describe("filter store", () => {
  test("notifies on change only, with the origin", () => {
    const store = createFilterStore({actors: []});
    const seen: Array<[readonly string[], string | undefined]> = [];
    store.subscribe((s, origin) => seen.push([s.actors, origin]));
    store.set({actors: ["xi"]}, "filter");
    store.set({actors: ["xi"]}, "filter");
    store.set({actors: []}, "url");
    expect(seen).toEqual([[[], undefined], [["xi"], "filter"], [[], "url"]]);
  });
});

describe("links to the explorer pages", () => {
  test("carry the actor filter and keep their own parameters", async () => {
    const {exploreHref} = await import("../../src/components/urlState.js");
    expect(exploreHref("./timeline", ["xi", "amnesty"])).toBe("./timeline?actor=xi,amnesty");
    expect(exploreHref("./stance-map?view=map", ["xi"])).toBe("./stance-map?view=map&actor=xi");
    expect(exploreHref("./stance-map?actor=pu-zhiqiang", [])).toBe("./stance-map");
  });
});
