// The CSV writer behind the /data downloads, and the small RFC 4180 parser the
// end-to-end tests read them back with.
import {describe, expect, test} from "vitest";
import {csvCell, csvField, parseCsv, parseCsvObjects, toCsv} from "../../loaders/csv.js";
import {loadStory, TABLE_NAMES} from "../../loaders/index.js";

describe("toCsv", () => {
  test("writes a header and CRLF-terminated records", () => {
    expect(toCsv([{a: 1, b: "x"}, {a: 2, b: "y"}])).toBe("a,b\r\n1,x\r\n2,y\r\n");
  });

  test("quotes fields with commas, quotes, line breaks and edge spaces, doubling inner quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(" lead")).toBe('" lead"');
    expect(csvField("trail ")).toBe('"trail "');
    expect(csvField("")).toBe("");
  });

  test("encodes null as empty, booleans as words, arrays and objects as JSON", () => {
    expect(csvCell(null)).toBe("");
    expect(csvCell(undefined)).toBe("");
    expect(csvCell(true)).toBe("true");
    expect(csvCell(false)).toBe("false");
    expect(csvCell(-1.5)).toBe("-1.5");
    expect(csvCell(["a", "b"])).toBe('["a","b"]');
    expect(csvCell({url: "https://x.org", quote: 'a "b"'})).toBe('{"url":"https://x.org","quote":"a \\"b\\""}');
    expect(toCsv([{list: ["a", "b"], none: null}])).toBe('list,none\r\n"[""a"",""b""]",\r\n');
  });

  test("keeps curly quotes and Chinese characters as they are", () => {
    expect(toCsv([{t: "China’s “path” 里巴巴"}])).toBe("t\r\nChina’s “path” 里巴巴\r\n");
  });

  test("takes every key, in the order first seen", () => {
    expect(toCsv([{a: 1}, {b: 2, a: 3}])).toBe("a,b\r\n1,\r\n3,2\r\n");
  });
});

describe("parseCsv", () => {
  test("reads quoted fields with commas, doubled quotes and line breaks", () => {
    expect(parseCsv('a,b\r\n"x,1","say ""hi"""\r\n"two\r\nlines",\r\n')).toEqual([
      ["a", "b"],
      ["x,1", 'say "hi"'],
      ["two\r\nlines", ""]
    ]);
  });

  test("accepts LF line ends and a missing final line break", () => {
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"]
    ]);
  });

  test("refuses an unterminated quote and a ragged record", () => {
    expect(() => parseCsv('a\r\n"open')).toThrow(/inside a quoted field/);
    expect(() => parseCsvObjects("a,b\r\n1\r\n")).toThrow(/1 fields; the header has 2/);
  });
});

describe("the published tables round-trip", () => {
  const {tables} = loadStory("data/wuzhen-2015");
  for (const name of TABLE_NAMES) {
    test(name, () => {
      const rows = tables[name] as unknown as Record<string, unknown>[];
      const back = parseCsvObjects(toCsv(rows));
      expect(back.length).toBe(rows.length);
      rows.forEach((row, i) => {
        expect(Object.keys(back[i]!)).toEqual(Object.keys(row));
        for (const [key, value] of Object.entries(row)) {
          const cell = back[i]![key]!;
          if (value === null) expect(cell).toBe("");
          else if (typeof value === "object") expect(JSON.parse(cell)).toEqual(value);
          else expect(cell).toBe(String(value));
        }
      });
    });
  }
});
