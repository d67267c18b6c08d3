// `npm run data:clean`: removes dist/ and the data-loader cache. Framework
// only re-runs a loader when the loader file itself is newer than its cached
// output, so edits to data/ or loaders/ would otherwise be ignored.
import {existsSync, readdirSync, rmSync} from "node:fs";
import {join, resolve} from "node:path";
import {fileURLToPath} from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));

export function clean(root: string = ROOT): void {
  rmSync(join(root, "dist"), {recursive: true, force: true});
  // Loader outputs are cached at their page path (cache/data/… for
  // src/data/*.ts). Framework's own entries start with "_" (_npm, _node,
  // _observablehq, _build.json): keep them, _npm avoids re-downloading.
  const cache = join(root, "src", ".observablehq", "cache");
  if (!existsSync(cache)) return;
  for (const name of readdirSync(cache)) {
    if (!name.startsWith("_")) rmSync(join(cache, name), {recursive: true, force: true});
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  clean();
  console.log("data:clean: removed dist/ and the data-loader cache");
}
