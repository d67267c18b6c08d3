// `npm run build`: the deterministic production build.
//  1. `tsx loaders/cli.ts check` validates the annotations before anything is
//     written; on failure dist/ is left untouched.
//  2. Clean dist/ and the loader cache so every loader runs from scratch.
//  3. `observable build`, failing on a non-zero exit, on broken links (which
//     Framework only warns about) and on loader errors in its output.
//  4. Framework bakes each file's mtime into the HTML (`lastModified`) and into
//     some content hashes, so pin the mtime of everything under src/ (loader
//     cache included) and data/, then build again from the cached loader
//     outputs: two clean builds give a byte-identical dist/.
import {spawn} from "node:child_process";
import {existsSync, readdirSync, rmSync, utimesSync} from "node:fs";
import {delimiter, join, resolve} from "node:path";
import {fileURLToPath} from "node:url";
import {clean, ROOT} from "./clean.js";

export const FIXED_MTIME = new Date("2015-12-16T00:00:00Z");

export class BuildError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** The environment for child tools: local binaries first (Framework spawns
 * `tsx` for .ts loaders) and no telemetry (the network is closed). */
export function toolEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PATH: [join(ROOT, "node_modules", ".bin"), process.env.PATH].filter(Boolean).join(delimiter),
    OBSERVABLE_TELEMETRY_DISABLE: "true"
  };
}

interface RunResult {
  code: number;
  output: string;
}

/** Runs a command in ROOT, echoing (unless quiet) and capturing stdout+stderr. */
export function run(command: string, args: string[], quiet = false): Promise<RunResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {cwd: ROOT, env: toolEnv(), stdio: ["ignore", "pipe", "pipe"]});
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (!quiet) process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => resolvePromise({code: code ?? (signal ? 128 : 1), output}));
  });
}

/** Problems Framework reports without failing (or that loaders print). */
export function findBuildProblems(output: string): string[] {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, "").split("\n");
  // Framework lists each broken link under its warning: "↳ /index → /nowhere".
  const warning = lines.findIndex((line) => /broken link/i.test(line));
  const brokenLinks = new Set(warning < 0 ? [] : lines.slice(warning + 1).filter((line) => /^\s*↳ .+ → /.test(line)));
  const patterns = [
    /broken link/i, // "Warning: 1 broken link (2 validated)"
    /\berror in \d+(\.\d+)?m?s\b/, // a failed loader: "error in 250ms: loader exited with code 1"
    /loader skipped due to recent error/,
    /^Unexpected error\b/, // how Framework's CLI reports a fatal error
    // Loader stderr lands mid-line, after Framework's "load /data/x.json → [missing] ".
    /✗/, // validation failures printed by our loaders
    /(?:^|\s)(?:[A-Z]\w*)?Error\b/ // "Error: …", "TypeError: …", "ZodError …"
  ];
  return lines.filter((line) => patterns.some((pattern) => pattern.test(line)) || brokenLinks.has(line));
}

/** Throws a BuildError naming every problem when `observable build` failed or only warned (it exits 0 on broken links). */
export function checkBuildOutput(code: number, output: string): void {
  const problems = findBuildProblems(output);
  if (code === 0 && problems.length === 0) return;
  throw new BuildError(
    `observable build ${code === 0 ? "reported problems" : `exited with code ${code}`}` +
      problems.map((line) => `\n  ${line.trim()}`).join("")
  );
}

async function observableBuild(quiet: boolean): Promise<void> {
  const {code, output} = await run("observable", ["build"], quiet);
  try {
    checkBuildOutput(code, output);
  } catch (error) {
    rmSync(join(ROOT, "dist"), {recursive: true, force: true});
    if (quiet) process.stderr.write(output);
    throw error;
  }
}

/** Sets the mtime (and atime) of every file below dir. */
function pinMtimes(dir: string, date: Date): void {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) utimesSync(join(entry.parentPath, entry.name), date, date);
  }
}

export async function build({quiet = false}: {quiet?: boolean} = {}): Promise<{ms: number}> {
  const start = performance.now();
  const check = await run("tsx", ["loaders/cli.ts", "check"], quiet);
  if (check.code !== 0) {
    if (quiet) process.stderr.write(check.output);
    throw new BuildError(`loaders/cli.ts check failed (exit ${check.code}); dist/ left untouched`, check.code);
  }
  clean();
  await observableBuild(quiet); // runs the loaders, fills the cache
  pinMtimes(join(ROOT, "src"), FIXED_MTIME);
  pinMtimes(join(ROOT, "data"), FIXED_MTIME);
  await observableBuild(quiet); // same inputs, pinned mtimes: reproducible
  return {ms: performance.now() - start};
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const {ms} = await build();
    console.log(`build: done in ${(ms / 1000).toFixed(1)}s`);
  } catch (error) {
    console.error(`build: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(error instanceof BuildError ? error.exitCode : 1);
  }
}
