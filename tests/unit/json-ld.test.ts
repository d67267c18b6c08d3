// @vitest-environment jsdom
// schema.org Claim items for the story page.
import {describe, expect, test} from "vitest";
import {claimsJsonLd, jsonLdScript} from "../../src/components/jsonLd.js";
import {loadStory} from "../../loaders/index.js";
import type {SourceMeta} from "../../loaders/tables.js";

const {tables, meta} = loadStory("data/wuzhen-2015");
const source = meta.sources[0] as unknown as SourceMeta;

describe("claimsJsonLd", () => {
  const ld = claimsJsonLd(tables.claims, tables.actors, source, {sourceUrl: "https://example.org/source"}) as {"@context": string; "@graph": Record<string, any>[]};

  test("one Claim per claim, with text, author, appearance and firstAppearance", () => {
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@graph"]).toHaveLength(tables.claims.length);
    for (const [i, item] of ld["@graph"].entries()) {
      const claim = tables.claims[i]!;
      expect(item["@type"]).toBe("Claim");
      expect(item.text).toBe(claim.quote);
      expect(item.author.name).toBe(claim.actor_name);
      expect(["Person", "Organization"]).toContain(item.author["@type"]);
      expect(item.appearance).toMatchObject({"@type": "NewsArticle", url: source.url, headline: source.title});
      expect(item.firstAppearance).toEqual(item.appearance);
      expect(item.url).toBe(`https://example.org/source#claim-${claim.id}`);
      expect(item["@id"]).toBe(item.url);
    }
  });

  test("people are Persons, institutions Organizations", () => {
    const byText = new Map(ld["@graph"].map((item) => [item.text, item]));
    const xi = tables.claims.find((c) => c.actor === "xi")!;
    const amnesty = tables.claims.find((c) => c.actor === "amnesty")!;
    expect(byText.get(xi.quote)!.author["@type"]).toBe("Person");
    expect(byText.get(amnesty.quote)!.author["@type"]).toBe("Organization");
  });

  test("an approximate publication day is not stated as exact; a day said is", () => {
    const item = ld["@graph"][0]!;
    expect(source.published_precision).toBe("approximate");
    expect(item.appearance.datePublished).toBeUndefined();
    expect(item.dateCreated).toBe(tables.claims[0]!.date);
  });

  test("without a source URL, no url or @id is invented", () => {
    const bare = claimsJsonLd(tables.claims, tables.actors, source) as {"@graph": Record<string, unknown>[]};
    expect(bare["@graph"][0]!.url).toBeUndefined();
    expect(bare["@graph"][0]!["@id"]).toBeUndefined();
  });
});

describe("jsonLdScript", () => {
  test("is a JSON-LD script whose text cannot close the script element", () => {
    const script = jsonLdScript({text: "</script><script>alert(1)</script>", n: 1});
    expect(script.type).toBe("application/ld+json");
    expect(script.textContent).not.toContain("<");
    expect(script.textContent).toContain("\\u003c/script>");
    expect(JSON.parse(script.textContent!)).toEqual({text: "</script><script>alert(1)</script>", n: 1});
  });
});
