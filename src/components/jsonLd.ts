// schema.org structured data for the coded claims: one `Claim` per claim, with
// its verbatim text, its author (the actor), the article it appears in, and
// when it was said. schema.org defines no relations between claims, so the
// counterclaims are not expressed here; a verdict (ClaimReview) is a separate
// layer this site does not publish.
import type {ActorRow, ClaimRow, SourceMeta} from "../../loaders/tables.js";

/** Actor types that name one person; every other type is an organisation or a group. */
const PERSON_TYPES = new Set(["official", "expert", "defendant"]);

export interface ClaimsJsonLdOptions {
  /** Absolute URL of the source reader (e.g. "https://example.org/source"); each claim gets `${sourceUrl}#claim-ID` as its url and @id. */
  sourceUrl?: string;
}

export function claimsJsonLd(
  claims: readonly ClaimRow[],
  actors: readonly ActorRow[],
  source: Pick<SourceMeta, "id" | "title" | "outlet" | "url" | "published" | "published_precision" | "language">,
  options: ClaimsJsonLdOptions = {}
): object {
  const byId = new Map(actors.map((a) => [a.id, a]));
  const article = {
    "@type": "NewsArticle",
    headline: source.title,
    url: source.url,
    inLanguage: source.language,
    publisher: {"@type": "Organization", name: source.outlet},
    // An approximate publication day is left out rather than stated as exact.
    ...(source.published_precision === "day" ? {datePublished: source.published} : {})
  };
  const items = claims
    .filter((c) => c.source === source.id)
    .map((c) => {
      const actor = byId.get(c.actor);
      const url = options.sourceUrl ? `${options.sourceUrl}#claim-${c.id}` : undefined;
      return {
        "@type": "Claim",
        ...(url ? {"@id": url, url} : {}),
        text: c.quote,
        abstract: c.proposition,
        author: {"@type": actor && PERSON_TYPES.has(actor.type) ? "Person" : "Organization", name: actor?.name ?? c.actor_name},
        // When it was said, to the precision the coder knows it.
        ...(c.date_precision === "day" ? {dateCreated: c.date} : {}),
        appearance: article,
        // The earliest appearance this dataset records is the article itself.
        firstAppearance: article
      };
    });
  return {"@context": "https://schema.org", "@graph": items};
}

/** A `<script type="application/ld+json">` holding obj; `<` is escaped so the text can never close the script. */
export function jsonLdScript(obj: unknown): HTMLScriptElement {
  const script = document.createElement("script");
  script.type = "application/ld+json";
  script.textContent = JSON.stringify(obj).replace(/</g, "\\u003c");
  return script;
}
