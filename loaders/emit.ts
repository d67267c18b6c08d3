// Shared body of the thin Framework data loaders in src/data/[story]/: read the
// story named by Framework's `--story=` argument, and write one table as JSON
// (or, with emitText, any text such as CSV) to stdout. A broken annotation
// prints the full problem list to stderr and exits 1, which fails the build
// before any output is written.
import {join} from "node:path";
import {parseArgs} from "node:util";
import {AnnotationError, loadStory, type LoadedStory} from "./index.js";

export function storyFromArgs(argv = process.argv.slice(2)): string {
  const {values} = parseArgs({args: argv, options: {story: {type: "string"}}, strict: false});
  const story = values.story;
  if (typeof story !== "string" || !/^[a-z0-9-]+$/.test(story)) throw new Error(`expected --story=<folder in data/>, got ${JSON.stringify(story)}`);
  return story;
}

export function emit(pick: (loaded: LoadedStory) => unknown): void {
  emitText((loaded) => JSON.stringify(pick(loaded)));
}

/** Like `emit`, for loaders whose output is already text (the `.csv.ts` downloads). */
export function emitText(render: (loaded: LoadedStory) => string): void {
  try {
    const loaded = loadStory(join("data", storyFromArgs()));
    process.stdout.write(render(loaded));
  } catch (error) {
    console.error(error instanceof AnnotationError ? error.message : error);
    process.exit(1);
  }
}
