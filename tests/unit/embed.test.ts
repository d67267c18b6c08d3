// @vitest-environment jsdom
// The embeds' pure parts: parameters, height messages, the frame, and the
// host script's checks on who may resize an iframe.
import {describe, expect, test} from "vitest";
import {
  EmbedFrame,
  embedNotices,
  heightMessages,
  pageParams,
  parseActorOption,
  parseTheme,
  shadowHost,
  siteRoot
} from "../../src/components/embedFrame.js";
import {handleEmbedMessage, HEIGHT_MESSAGE} from "../../src/embed/host.js";

describe("?theme=", () => {
  test("light, dark and auto; missing is auto", () => {
    expect(parseTheme("dark")).toEqual({theme: "dark", invalid: null});
    expect(parseTheme("Light")).toEqual({theme: "light", invalid: null});
    expect(parseTheme("auto")).toEqual({theme: "auto", invalid: null});
    expect(parseTheme(null)).toEqual({theme: "auto", invalid: null});
    expect(parseTheme(undefined)).toEqual({theme: "auto", invalid: null});
  });
  test("anything else is auto, and reported", () => {
    expect(parseTheme("<b>sepia</b>")).toEqual({theme: "auto", invalid: "<b>sepia</b>"});
    expect(parseTheme("x".repeat(100)).invalid).toHaveLength(40);
  });
});

describe("the actor option of a module", () => {
  const ids = ["xi", "amnesty"];
  test("a string, a comma list or an array", () => {
    expect(parseActorOption("amnesty", ids)).toEqual({actors: ["amnesty"], unknown: []});
    expect(parseActorOption("amnesty,xi", ids)).toEqual({actors: ["amnesty", "xi"], unknown: []});
    expect(parseActorOption(["xi", "nobody"], ids)).toEqual({actors: ["xi"], unknown: ["nobody"]});
    expect(parseActorOption(undefined, ids)).toEqual({actors: [], unknown: []});
  });
  test("notices name what was ignored, as text", () => {
    expect(embedNotices({unknownActors: ["nobody"], invalidTheme: "sepia", where: "options"})).toEqual([
      "No actor matches “nobody” given to the embed, so it is ignored. Showing the other actors chosen, or everyone.",
      "The theme “sepia” given to the embed is not light, dark or auto, so the chart follows your colour scheme."
    ]);
    expect(embedNotices({unknownActors: [], invalidTheme: null, where: "address"})).toEqual([]);
  });
});

describe("height messages", () => {
  test("pym.js, AMP and ours", () => {
    expect(heightMessages(812.2, {childId: "pym-0", id: "grid"})).toEqual([
      "pymxPYMxpym-0xPYMxheightxPYMx813",
      {sentinel: "amp", type: "embed-size", height: 813},
      {type: "wz-embed-height", id: "pym-0", height: 813}
    ]);
  });
  test("no pym message without a childId", () => {
    expect(heightMessages(100, {childId: null, id: "map"})).toEqual([
      {sentinel: "amp", type: "embed-size", height: 100},
      {type: "wz-embed-height", id: "map", height: 100}
    ]);
  });
  test("childId and parent are checked", () => {
    expect(pageParams("?childId=pym-0&parent=https://news.example/path")).toEqual({childId: "pym-0", parentOrigin: "https://news.example"});
    expect(pageParams("?childId=<x>&parent=javascript:alert(1)")).toEqual({childId: null, parentOrigin: null});
    expect(pageParams("?parent=not a url")).toEqual({childId: null, parentOrigin: null});
  });
});

test("the site root is found from a built module's URL", () => {
  expect(siteRoot("https://site.example/_import/embed/render.abc123.js").href).toBe("https://site.example/");
  expect(siteRoot("https://site.example/sub/_import/components/embedFrame.abc.js").href).toBe("https://site.example/sub/");
  expect(siteRoot("https://site.example/embed/grid.js").href).toBe("https://site.example/");
});

describe("the frame", () => {
  const credit = {
    sourceTitle: "A <title>",
    sourceOutlet: "an outlet",
    codedBy: "one coder",
    data: "a table",
    storyHref: "https://site.example/",
    storyTitle: "The story",
    dataHref: "https://site.example/data",
    files: [{label: "t.json", href: "https://site.example/_file/t.json"}]
  };
  test("credit, links, notices and theme, all as text", () => {
    const chart = document.createElement("div");
    chart.className = "wz chart";
    const frame = EmbedFrame({title: "T", chart, credit, theme: "dark", notices: ["<b>n</b>"], newTab: true});
    expect(frame.querySelector(".wz-embed-source")?.textContent).toBe("Source: “A <title>”, an outlet, coded by one coder; data: a table.");
    expect([...frame.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("target")])).toEqual([
      ["https://site.example/", "_blank"],
      ["https://site.example/data", "_blank"],
      ["https://site.example/_file/t.json", "_blank"]
    ]);
    expect(frame.querySelector("b")).toBeNull();
    expect(frame.querySelector(".wz-notice")?.textContent).toBe("<b>n</b>");
    expect(frame.getAttribute("data-theme")).toBe("dark");
    expect(chart.getAttribute("data-theme")).toBe("dark");
    expect(EmbedFrame({title: "T", chart: document.createElement("div"), credit, theme: "auto"}).hasAttribute("data-theme")).toBe(false);
  });

  test("a module's styles go into its shadow root, not the document", () => {
    const before = document.head.querySelectorAll("style[data-wz-style]").length;
    const {host, mount} = shadowHost("grid");
    const chart = document.createElement("div");
    mount(EmbedFrame({title: "T", chart, credit, theme: "light"}));
    const shadow = host.shadowRoot!;
    expect(shadow.querySelector(".wz-embed")).not.toBeNull();
    const names = [...shadow.querySelectorAll("style[data-wz-style]")].map((s) => s.getAttribute("data-wz-style"));
    expect(names).toContain("base");
    expect(names).toContain("embed");
    expect(document.head.querySelectorAll("style[data-wz-style]").length).toBe(before);
  });
});

describe("the host script", () => {
  function setup() {
    document.body.innerHTML = "";
    const iframe = document.createElement("iframe");
    iframe.setAttribute("data-wz-embed", "");
    iframe.src = "https://site.example/embed/grid";
    const other = document.createElement("iframe");
    document.body.append(iframe, other);
    return {iframe, other};
  }
  const message = (data: unknown, origin: string, source: MessageEventSource | null) => new MessageEvent("message", {data, origin, source});

  test("resizes an embed when its own window, on its src's origin, says so", () => {
    const {iframe} = setup();
    expect(handleEmbedMessage(message({type: HEIGHT_MESSAGE, height: 640.4}, "https://site.example", iframe.contentWindow))).toBe(iframe);
    expect(iframe.style.height).toBe("641px");
  });

  test("ignores other windows, other origins and bad heights", () => {
    const {iframe, other} = setup();
    iframe.style.height = "300px";
    const cases = [
      message({type: HEIGHT_MESSAGE, height: 5}, "https://site.example", other.contentWindow), // another frame
      message({type: HEIGHT_MESSAGE, height: 5}, "https://site.example", window), // the host page itself
      message({type: HEIGHT_MESSAGE, height: 5}, "https://evil.example", iframe.contentWindow), // navigated elsewhere
      message({type: HEIGHT_MESSAGE, height: 5}, "https://site.example", null),
      message({type: HEIGHT_MESSAGE, height: "5"}, "https://site.example", iframe.contentWindow),
      message({type: HEIGHT_MESSAGE, height: -1}, "https://site.example", iframe.contentWindow),
      message({type: HEIGHT_MESSAGE, height: 1e9}, "https://site.example", iframe.contentWindow),
      message({type: "other", height: 5}, "https://site.example", iframe.contentWindow),
      message("pymxPYMxgridxPYMxheightxPYMx5", "https://site.example", iframe.contentWindow)
    ];
    for (const event of cases) expect(handleEmbedMessage(event)).toBeNull();
    expect(iframe.style.height).toBe("300px");
  });
});
