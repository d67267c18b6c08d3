// Types for the part of Framework's standard library the embeds use. At build
// time Framework rewrites `FileAttachment("../data/…")` to the hashed file,
// resolved relative to the module's own URL (so it works from another origin).
declare module "observablehq:stdlib" {
  export interface FileAttachmentHandle {
    readonly name: string;
    readonly href: string;
    json(): Promise<any>;
    text(): Promise<string>;
  }
  export function FileAttachment(name: string): FileAttachmentHandle;
}
