// JSON Schema files generated from the zod schemas, referenced from the top of
// each YAML file (`# yaml-language-server: $schema=…`), so that an editor
// with the YAML language server validates and completes as the annotator types.
// Cross-file checks (unknown ids, quotes) still need `npm run data:check`.
import {mkdirSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {z} from "zod";
import {FILES, type FileKey} from "./schemas/index.js";

export function jsonSchemaFor(key: FileKey): object {
  const {schema, noun} = FILES[key];
  return {
    ...z.toJSONSchema(schema, {io: "input", unrepresentable: "any"}),
    title: `${FILES[key].file}: a list of ${noun} records`
  };
}

export function writeJsonSchemas(dir: string): string[] {
  mkdirSync(dir, {recursive: true});
  return (Object.keys(FILES) as FileKey[]).map((key) => {
    const path = join(dir, FILES[key].file.replace(/\.yaml$/, ".schema.json"));
    writeFileSync(path, JSON.stringify(jsonSchemaFor(key), null, 2) + "\n");
    return path;
  });
}
