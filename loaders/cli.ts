// Command line for annotators and the build:
//   tsx loaders/cli.ts check [story-dir …]   validate, print counts; exit 1 on any problem
//   tsx loaders/cli.ts schema                 regenerate data/schema/*.schema.json
import {readdirSync, statSync} from "node:fs";
import {join} from "node:path";
import {AnnotationError, loadStory} from "./index.js";
import {writeJsonSchemas} from "./json-schema.js";

const DATA = "data";

function storyDirs(args: string[]): string[] {
  if (args.length) return args;
  return readdirSync(DATA)
    .filter((name) => name !== "schema" && statSync(join(DATA, name)).isDirectory())
    .sort()
    .map((name) => join(DATA, name));
}

const [command = "check", ...args] = process.argv.slice(2);
if (command === "check") {
  let failed = false;
  for (const dir of storyDirs(args)) {
    try {
      const {meta} = loadStory(dir);
      console.log(`${dir}: ok (${Object.entries(meta.counts).map(([k, n]) => `${n} ${k}`).join(", ")})`);
    } catch (error) {
      if (!(error instanceof AnnotationError)) throw error;
      console.error(error.message);
      failed = true;
    }
  }
  process.exit(failed ? 1 : 0);
} else if (command === "schema") {
  for (const file of writeJsonSchemas(join(DATA, "schema"))) console.log(`wrote ${file}`);
} else {
  console.error(`unknown command "${command}"; valid commands: check, schema`);
  process.exit(2);
}
