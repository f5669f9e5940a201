// A source's details as an editor edits them (the import preview's cards, the reader's form): every field a string,
// an empty one where nothing was found. Shared by server pages and client components.

export type EditableMetadata = { title: string; publishedAt: string; agency: string; outlet: string; author: string; language: string; url: string };

type Details = { title: string | null; publishedAt: string | null; agency: string | null; outlet: string | null; author: string | null; language: string; url: string | null };

/** The form's values for these details. */
export const editableOf = (s: Details): EditableMetadata => ({
  title: s.title ?? "",
  publishedAt: s.publishedAt ?? "",
  agency: s.agency ?? "",
  outlet: s.outlet ?? "",
  author: s.author ?? "",
  language: s.language,
  url: s.url ?? "",
});
