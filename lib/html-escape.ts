// Text put inside HTML markup written by hand (a page's title, a short status page): every character that could
// open a tag, an entity or end an attribute written as its numeric reference.

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
