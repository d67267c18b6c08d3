// Every way an annotator can break the data must stop the build with a message
// that names the file, the record, the field and, for references, the valid
// choices. The messages are pinned here word for word.
import {createHash} from "node:crypto";
import {describe, expect, test} from "vitest";
import {byId, fixture, writeRaw, problems} from "./fixtures.js";


const ACTORS =
  "amnesty, article-author, beijing-court, chinese-government, chinese-prosecutors, edgecast, kazakhstan, mamnoon-hussain, pla-officers, pu-zhiqiang, russia, security-experts, tech-community, us-prosecutors, wic-organizers, xi";

describe("bad annotations", () => {
  test("unknown actor lists the valid choices", () => {
    const dir = fixture("unknown-actor", {"claims.yaml": (r) => void (byId(r, "xi-no-hegemony").actor = "xj")});
    expect(problems(dir)).toEqual([`tests/.tmp/unknown-actor/claims.yaml: claim "xi-no-hegemony", field "actor": unknown actor "xj"; valid choices: ${ACTORS}`]);
  });

  test("invalid enum value lists the valid choices", () => {
    const dir = fixture("bad-stance", {"claims.yaml": (r) => void (byId(r, "amnesty-guise").stance = "favour")});
    expect(problems(dir)).toEqual([
      'tests/.tmp/bad-stance/claims.yaml: claim "amnesty-guise", field "stance": "favour" is not a valid choice; valid choices: favor, against, none'
    ]);
  });

  test("intensity out of range", () => {
    const dir = fixture("intensity-range", {"claims.yaml": (r) => void (byId(r, "xi-freedom-order").intensity = 3)});
    expect(problems(dir)).toEqual(['tests/.tmp/intensity-range/claims.yaml: claim "xi-freedom-order", field "intensity": 3 is out of range; must be at most 2']);
  });

  test("intensity whose sign contradicts the stance", () => {
    const dir = fixture("intensity-sign", {"claims.yaml": (r) => void (byId(r, "amnesty-guise").intensity = 2)});
    expect(problems(dir)).toEqual(['tests/.tmp/intensity-sign/claims.yaml: claim "amnesty-guise", field "intensity": 2 does not match stance "against"; expected -1 or -2']);
  });

  test("duplicate id", () => {
    const dir = fixture("duplicate-id", {"actors.yaml": (r) => [...r, {...byId(r, "xi")}]});
    expect(problems(dir)).toEqual(['tests/.tmp/duplicate-id/actors.yaml: actor "xi", field "id": duplicate id; ids must be unique within the file']);
  });

  test("counterclaim to a missing claim", () => {
    const dir = fixture("missing-claim", {"counterclaims.yaml": (r) => void (byId(r, "tech-rebuts-declaration").to = "org-declaration")});
    const [message] = problems(dir);
    expect(message).toMatch(/^tests\/\.tmp\/missing-claim\/counterclaims\.yaml: counterclaim "tech-rebuts-declaration", field "to": unknown claim "org-declaration"; valid choices: amnesty-censorship-norm, amnesty-guise, /);
    expect(message).toMatch(/ … and 4 more$/);
  });

  test("event that ends before it starts", () => {
    const dir = fixture("end-before-start", {"events.yaml": (r) => void (byId(r, "wic-2015").end = "2015-12-15")});
    expect(problems(dir)).toEqual(['tests/.tmp/end-before-start/events.yaml: event "wic-2015", field "end": 2015-12-15 is before start 2015-12-16']);
  });

  test("quote not found", () => {
    const dir = fixture("quote-missing", {"claims.yaml": (r) => void (byId(r, "xi-freedom-order").quote = "Freedom is what order is for")});
    expect(problems(dir)).toEqual([
      'tests/.tmp/quote-missing/claims.yaml: claim "xi-freedom-order", field "quote": quote not found in article/000_977253bdb82da9ef.txt: "Freedom is what order is for"'
    ]);
  });

  test("straight quotes get a hint", () => {
    const dir = fixture("straight-quote", {"claims.yaml": (r) => void (byId(r, "xi-respect-path").quote = "respect each other's")});
    expect(problems(dir)).toEqual([
      `tests/.tmp/straight-quote/claims.yaml: claim "xi-respect-path", field "quote": quote not found in article/000_977253bdb82da9ef.txt (it matches with curly quotes: the text uses ’ “ ” where the quote has ' "): "respect each other's"`
    ]);
  });

  test("ambiguous quote without an occurrence index", () => {
    const dir = fixture("ambiguous", {"corrections.yaml": (r) => void delete byId(r, "advertisement-2").occurrence});
    expect(problems(dir)).toEqual([
      'tests/.tmp/ambiguous/corrections.yaml: correction "advertisement-2", field "text": quote is ambiguous: it occurs 2 times in article/000_977253bdb82da9ef.txt; add "occurrence" (1 to 2): "Advertisement"'
    ]);
  });

  test("occurrence out of range", () => {
    const dir = fixture("occurrence-range", {"corrections.yaml": (r) => void (byId(r, "advertisement-2").occurrence = 3)});
    expect(problems(dir)).toEqual([
      'tests/.tmp/occurrence-range/corrections.yaml: correction "advertisement-2", field "text": occurrence 3 is out of range; the quote occurs 2 times in article/000_977253bdb82da9ef.txt: "Advertisement"'
    ]);
  });

  test("missing required field", () => {
    const dir = fixture("missing-field", {"claims.yaml": (r) => void delete byId(r, "tech-balked").rationale});
    expect(problems(dir)).toEqual(['tests/.tmp/missing-field/claims.yaml: claim "tech-balked", field "rationale": is required']);
  });

  test("unknown field lists the valid fields", () => {
    const dir = fixture("unknown-field", {"topics.yaml": (r) => void (byId(r, "censorship").polarity = 1)});
    expect(problems(dir)).toEqual([
      'tests/.tmp/unknown-field/topics.yaml: topic "censorship", field "polarity": unknown field; valid fields: id, label, target, axis, pole, description'
    ]);
  });

  test("a record without an id is named by its position", () => {
    const dir = fixture("no-id", {"axes.yaml": (r) => void delete r[1]!.id});
    expect(problems(dir)).toEqual(["tests/.tmp/no-id/axes.yaml: axis #2, field \"id\": is required"]);
  });

  test("YAML syntax error gives line and column", () => {
    const dir = fixture("yaml-syntax");
    writeRaw(dir, "actors.yaml", "- id: xi\n  name: [Xi\n");
    const [message] = problems(dir);
    expect(message).toMatch(/^tests\/\.tmp\/yaml-syntax\/actors\.yaml: YAML syntax error at line \d+, column \d+: /);
  });

  test("an edited article fails its checksum", () => {
    const dir = fixture("checksum");
    writeRaw(dir, "article/000_977253bdb82da9ef.txt", "Share\n");
    const sha = createHash("sha256").update("Share\n").digest("hex");
    expect(problems(dir)).toEqual([
      `tests/.tmp/checksum/sources.yaml: source "article", field "sha256": tests/.tmp/checksum/article/000_977253bdb82da9ef.txt has sha256 ${sha}; the record says afde318f87a867c3e9faf76bb0a045e9e175631b0be01bde28cf23d15e13cdbe`
    ]);
  });

  test("impossible calendar date", () => {
    const dir = fixture("bad-date", {"events.yaml": (r) => void (byId(r, "pu-verdict").start = "2015-02-30")});
    expect(problems(dir)).toEqual(['tests/.tmp/bad-date/events.yaml: event "pu-verdict", field "start": "2015-02-30" is not a real calendar date']);
  });

  test("off-map topic with a pole, and topic on an unknown axis", () => {
    const dir = fixture("topic-axis", {
      "topics.yaml": (r) => {
        byId(r, "hacking").pole = 1;
        byId(r, "censorship").axis = "value";
      }
    });
    expect(problems(dir)).toEqual([
      'tests/.tmp/topic-axis/topics.yaml: topic "censorship", field "axis": unknown axis "value"; valid choices: governance, off_map, values',
      'tests/.tmp/topic-axis/topics.yaml: topic "hacking", field "pole": must be left out for an off_map topic'
    ]);
  });

  test("confirmed claim without a citation, and an article event with no mention", () => {
    const dir = fixture("cross-field", {
      "claims.yaml": (r) => void ((byId(r, "xi-no-hegemony").verification as {citations: unknown[]}).citations = []),
      "events.yaml": (r) => void (byId(r, "keynote").mentions = [])
    });
    expect(problems(dir)).toEqual([
      'tests/.tmp/cross-field/claims.yaml: claim "xi-no-hegemony", field "verification.citations": a confirmed claim needs at least one citation',
      'tests/.tmp/cross-field/events.yaml: event "keynote", field "mentions": an event the article mentions needs at least one verbatim mention'
    ]);
  });

  test("problems in several files are all reported at once", () => {
    const dir = fixture("many", {
      "claims.yaml": (r) => void (byId(r, "xi-no-hegemony").mode = "quoted"),
      "events.yaml": (r) => void (byId(r, "indictment").kind = "lawsuit")
    });
    expect(problems(dir)).toHaveLength(2);
  });
});
