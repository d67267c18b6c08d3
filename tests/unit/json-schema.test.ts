// The JSON Schema files that editors validate YAML against are generated from
// the zod schemas; this fails when someone changes a schema and forgets
// `npm run data:schema`.
import {readFileSync} from "node:fs";
import {expect, test} from "vitest";
import {jsonSchemaFor} from "../../loaders/json-schema.js";
import {FILES, type FileKey} from "../../loaders/schemas/index.js";

for (const key of Object.keys(FILES) as FileKey[]) {
  test(`data/schema/${key}.schema.json is up to date`, () => {
    const committed = JSON.parse(readFileSync(`data/schema/${FILES[key].file.replace(/\.yaml$/, ".schema.json")}`, "utf8"));
    expect(committed, "run npm run data:schema").toEqual(jsonSchemaFor(key));
  });

  test(`every YAML file in the story references its schema (${key})`, () => {
    const first = readFileSync(`data/wuzhen-2015/${FILES[key].file}`, "utf8").split("\n")[0];
    expect(first).toBe(`# yaml-language-server: $schema=../schema/${key}.schema.json`);
  });
}
