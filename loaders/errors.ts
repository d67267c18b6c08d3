// Every way an annotation can be wrong ends up as a Problem: which file, which
// record (by id, or by position when it has none), which field, what is wrong
// and, for references, the valid choices. AnnotationError carries them all so
// an annotator fixes a batch in one pass instead of one error per build.

export interface Problem {
  /** File path as shown to the annotator (relative to the working directory). */
  file: string;
  /** Record label, e.g. `claim "xi-sovereignty"` or `claim #3`; absent for file-level problems. */
  record?: string;
  /** Dotted field path, e.g. `verification.status`. */
  field?: string;
  message: string;
}

export function formatProblem({file, record, field, message}: Problem): string {
  const where = [record, field === undefined ? undefined : `field "${field}"`].filter(Boolean).join(", ");
  return `${file}: ${where ? `${where}: ` : ""}${message}`;
}

export class AnnotationError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    const n = problems.length;
    super(`Invalid annotations (${n} problem${n === 1 ? "" : "s"}):\n${problems.map((p) => `  ${formatProblem(p)}`).join("\n")}`);
    this.name = "AnnotationError";
    this.problems = problems;
  }
}

/** Lists valid choices, shortened for large generated corpora so that messages stay readable. */
export function listChoices(choices: readonly string[], max = 25): string {
  const sorted = [...choices].sort();
  if (sorted.length <= max) return sorted.join(", ");
  return `${sorted.slice(0, max).join(", ")} … and ${sorted.length - max} more`;
}

/** Shows a value in a message: strings quoted, long ones cut. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = typeof value === "string" ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}…${text.at(0) === '"' ? '"' : ""}` : text;
}
