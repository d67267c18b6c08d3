// Formatting shared by cards and lists. Dates are formatted from their ISO
// strings in UTC, so that no reader's time zone shifts a day.

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "16 December 2015" from "2015-12-16" (or from a date-time, keeping its local day). */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** A date with its precision spelled out where it matters. */
export function formatDate(iso: string, precision: string): string {
  const [y, m] = iso.slice(0, 10).split("-").map(Number) as [number, number];
  switch (precision) {
    case "year":
      return String(y);
    case "month":
      return `${MONTHS[m - 1]} ${y}`;
    case "approximate":
      return `about ${formatDay(iso)}`;
    case "hour":
    case "minute": {
      const time = iso.slice(11, 16);
      const offset = iso.slice(16);
      return time ? `${formatDay(iso)}, ${precision === "hour" ? "about " : ""}${time} (UTC${offset === "Z" ? "" : offset})` : formatDay(iso);
    }
    default:
      return formatDay(iso);
  }
}

export const MODE_LABEL: Record<string, string> = {
  direct: "direct quotation",
  indirect: "indirect speech",
  mixed: "mixed (quoted phrase in paraphrase)",
  reporter_paraphrase: "the article's paraphrase"
};

export const VERIFICATION_LABEL: Record<string, string> = {
  confirmed: "confirmed",
  unconfirmed: "unconfirmed",
  disputed: "disputed"
};

export const RELATION_LABEL: Record<string, string> = {
  rebut: "rebuts",
  undercut: "undercuts",
  evidence: "is evidence against"
};

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
