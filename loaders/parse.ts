// Reads one YAML annotation file and validates it with its zod schema,
// turning zod's issues into Problems that name file, record and field.
import {existsSync, readFileSync} from "node:fs";
import yaml from "js-yaml";
import {z} from "zod";
import {listChoices, show, type Problem} from "./errors.js";

export type ParseResult<T> = {ok: true; value: T} | {ok: false; problems: Problem[]};

export function readYaml(path: string, displayPath: string): ParseResult<unknown> {
  if (!existsSync(path)) return {ok: false, problems: [{file: displayPath, message: "file not found"}]};
  try {
    // CORE_SCHEMA: plain YAML 1.2 types only, so that an unquoted 2015-12-16
    // stays a string instead of becoming a Date. Duplicate keys are errors.
    return {ok: true, value: yaml.load(readFileSync(path, "utf8"), {schema: yaml.CORE_SCHEMA, filename: displayPath}) ?? []};
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return {ok: false, problems: [{file: displayPath, message: `YAML syntax error at line ${error.mark.line + 1}, column ${error.mark.column + 1}: ${error.reason}`}]};
    }
    throw error;
  }
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The object schema's field names at a path, to list them for an unknown field. */
function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  let s: z.ZodType | undefined = schema;
  for (const key of path) {
    while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
    if (s instanceof z.ZodArray && typeof key === "number") s = s.element as z.ZodType;
    else if (s instanceof z.ZodObject) s = s.shape[key as string] as z.ZodType | undefined;
    else return undefined;
  }
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s instanceof z.ZodObject ? Object.keys(s.shape) : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, input: unknown, schema: z.ZodType): {field: string; message: string} {
  const inner = issue.path.slice(1);
  const field = inner.map(String).join(".");
  const got = valueAt(input, issue.path);
  switch (issue.code) {
    case "invalid_value":
      return {field, message: `${show(got)} is not a valid choice; valid choices: ${issue.values.map(String).join(", ")}`};
    case "invalid_type":
      if (got === undefined) return {field, message: "is required"};
      return {field, message: `expected ${issue.expected}, got ${show(got)}`};
    case "unrecognized_keys": {
      const valid = fieldsAt(schema, issue.path) ?? [];
      const base = inner.length ? `${field}.` : "";
      return {field: `${base}${issue.keys.join(", ")}`, message: `unknown field; valid fields: ${valid.join(", ")}`};
    }
    case "too_small":
      if (issue.origin === "array") return {field, message: `needs at least ${issue.minimum} item${issue.minimum === 1 ? "" : "s"}`};
      if (issue.origin === "string") return {field, message: "must not be empty"};
      return {field, message: `${show(got)} is out of range; must be at least ${issue.minimum}`};
    case "too_big":
      return {field, message: `${show(got)} is out of range; must be at most ${issue.maximum}`};
    case "custom":
      // Cross-field rules write whole sentences; single-field refinements
      // ("is not a real calendar date") read better after the value.
      return {field, message: /^(is|must) /.test(issue.message) && got !== undefined ? `${show(got)} ${issue.message}` : issue.message};
    default:
      return {field, message: got === undefined ? issue.message : `${show(got)} ${issue.message}`};
  }
}

/**
 * Validates a file's records. `noun` names a record in messages (`claim "x"`);
 * a record without a usable id is named by its 1-based position.
 */
export function validateFile<S extends z.ZodType>(
  schema: S,
  input: unknown,
  displayPath: string,
  noun: string
): ParseResult<z.infer<S>> {
  if (!Array.isArray(input)) {
    return {ok: false, problems: [{file: displayPath, message: `expected a list of ${noun} records, got ${input === null ? "nothing" : typeof input}`}]};
  }
  const result = schema.safeParse(input);
  if (result.success) return {ok: true, value: result.data};
  const problems = result.error.issues.map((issue): Problem => {
    const index = typeof issue.path[0] === "number" ? issue.path[0] : undefined;
    const id = index === undefined ? undefined : (input[index] as {id?: unknown} | undefined)?.id;
    const record = index === undefined ? undefined : typeof id === "string" && id ? `${noun} "${id}"` : `${noun} #${index + 1}`;
    if (index === undefined) return {file: displayPath, message: issue.message};
    const {field, message} = describeIssue(issue, input, schema);
    return {file: displayPath, record, field: field || undefined, message};
  });
  return {ok: false, problems};
}

export {listChoices};
