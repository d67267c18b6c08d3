// `npm start`: a clean `observable preview` that also reacts to data/ and
// loaders/. Framework's preview re-runs a data loader only when the loader
// file's own mtime changes, so on any change under data/ or loaders/ we touch
// every .ts loader under src/data/.
import {spawn} from "node:child_process";
import {existsSync, readdirSync, utimesSync, watch} from "node:fs";
import type {FSWatcher} from "node:fs";
import {join} from "node:path";
import {toolEnv} from "./build.js";
import {clean, ROOT} from "./clean.js";

const port = process.env.PORT ?? "3000";

clean();
const child = spawn("observable", ["preview", "--host", "127.0.0.1", "--port", port, "--no-open"], {
  cwd: ROOT,
  env: toolEnv(),
  stdio: "inherit"
});

// Recursive: parameterized loaders live in subfolders (src/data/[story]/…).
function touchLoaders(): void {
  const dir = join(ROOT, "src", "data");
  if (!existsSync(dir)) return;
  const now = new Date();
  const loaders = readdirSync(dir, {withFileTypes: true, recursive: true}).filter(
    (entry) => entry.isFile() && entry.name.endsWith(".ts")
  );
  for (const entry of loaders) utimesSync(join(entry.parentPath, entry.name), now, now);
  console.log(`start: data/ or loaders/ changed; touched ${loaders.length} loader(s) under src/data/`);
}

// Debounced: editors emit bursts of events for a single save.
let timer: NodeJS.Timeout | undefined;
const watchers: FSWatcher[] = [];
for (const name of ["data", "loaders"]) {
  const dir = join(ROOT, name);
  if (!existsSync(dir)) continue;
  watchers.push(
    watch(dir, {recursive: true}, () => {
      clearTimeout(timer);
      timer = setTimeout(touchLoaders, 200);
    })
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (error) => {
  console.error(`start: cannot run observable preview: ${error.message}`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  for (const watcher of watchers) watcher.close();
  clearTimeout(timer);
  process.exit(code ?? (signal === "SIGINT" ? 130 : signal === "SIGTERM" ? 143 : 1));
});
