// The data dictionary must describe every annotation field and every
// published column, with a meaning for each.
import {describe, expect, test} from "vitest";
import type {z} from "zod";
import {buildDictionary, describeType} from "../../loaders/dictionary.js";
import {loadStory, TABLE_NAMES} from "../../loaders/index.js";
import {FILES, type FileKey} from "../../loaders/schemas/index.js";

const {tables} = loadStory("data/wuzhen-2015");
const dictionary = buildDictionary(tables);

/** The object schema of one record of a FILES entry (the array's element). */
function recordShape(key: FileKey): Record<string, z.ZodType> {
  const schema = FILES[key].schema as unknown as {element: {shape: Record<string, z.ZodType>}};
  return schema.element.shape;
}

describe("annotation files", () => {
  for (const key of Object.keys(FILES) as FileKey[]) {
    test(`${FILES[key].file}: every field of the schema is described`, () => {
      const names = dictionary.files[key].fields.map((f) => f.name);
      for (const field of Object.keys(recordShape(key))) expect(names, `${key}.${field}`).toContain(field);
      for (const f of dictionary.files[key].fields) {
        expect(f.meaning, `${key}.${f.name} has a meaning`).not.toBe("");
        expect(f.type, `${key}.${f.name} has a type`).not.toBe("any");
      }
    });
  }

  test("nested fields are listed with their path", () => {
    const claims = dictionary.files.claims.fields.map((f) => f.name);
    expect(claims).toContain("verification.status");
    expect(claims).toContain("verification.citations[].url");
  });

  test("types are read from the schemas", () => {
    const field = (key: FileKey, name: string) => dictionary.files[key].fields.find((f) => f.name === name)!;
    expect(field("claims", "intensity").type).toBe("integer, -2 to 2");
    expect(field("claims", "stance").type).toBe("one of: favor, against, none");
    expect(field("claims", "date").type).toBe("date (YYYY-MM-DD)");
    expect(field("claims", "event").required).toBe(false);
    expect(field("claims", "quote").required).toBe(true);
    expect(field("topics", "pole").type).toBe("one of: -1, 1");
    expect(field("sources", "url").type).toBe("URL");
    expect(describeType({type: "array", items: {type: "string"}})).toBe("list of text");
  });
});

describe("published tables", () => {
  for (const name of TABLE_NAMES) {
    test(`${name}: every column of the first row is described, in order`, () => {
      const first = tables[name][0] as unknown as Record<string, unknown>;
      expect(first, `${name} has rows`).toBeDefined();
      const columns = dictionary.tables[name];
      expect(columns.map((c) => c.name)).toEqual(Object.keys(first));
      for (const c of columns) {
        expect(c.meaning, `${name}.${c.name}`).not.toBe("");
        expect(c.type, `${name}.${c.name}`).not.toBe("");
        expect(["annotation", "derived"]).toContain(c.origin);
        expect(c.from, `${name}.${c.name}`).not.toBe("");
      }
    });
  }

  test("marks copied columns as annotations with their file and field, and computed ones as derived", () => {
    const claims = Object.fromEntries(dictionary.tables.claims.map((c) => [c.name, c]));
    expect(claims.quote).toMatchObject({origin: "annotation", from: "claims.yaml: quote"});
    expect(claims.verification).toMatchObject({origin: "annotation", from: "claims.yaml: verification.status"});
    expect(claims.event!.type).toMatch(/or null$/);
    for (const derived of ["start", "end", "paragraph", "position"]) expect(claims[derived]!.origin).toBe("derived");
    const positions = Object.fromEntries(dictionary.tables.positions.map((c) => [c.name, c]));
    for (const derived of ["n", "mean", "min", "max", "too_little", "indirect_only"]) expect(positions[derived]!.origin).toBe("derived");
    expect(positions.too_little!.meaning).toContain("fewer than 2 claims");
  });

  test("a published column without a description fails the build", () => {
    const extra = {...tables, claims: tables.claims.map((c) => ({...c, surprise: 1}))} as unknown as typeof tables;
    expect(() => buildDictionary(extra)).toThrow(/claims: column\(s\) surprise are published but not described/);
  });
});
