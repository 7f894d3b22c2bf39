/**
 * Copies the commentary as plain text and as HTML, so that pasting into Outlook or Word keeps
 * one paragraph per sentence. Falls back to the older copy command where the Clipboard API is
 * refused (some Office webviews).
 */
export interface Copyable {
  text: string;
  html: string;
}

/** HTML for a list of sentences: one paragraph, escaped. */
export function commentaryHtml(sentences: string[], lang: string): string {
  const body = sentences.map((s) => escapeHtml(s)).join(" ");
  return `<div lang="${escapeHtml(lang)}"><p>${body}</p></div>`;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export async function copyRich(content: Copyable, win: Window = window): Promise<void> {
  const nav = win.navigator;
  const Item = (win as unknown as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (nav.clipboard && Item) {
    try {
      await nav.clipboard.write([
        new Item({
          "text/plain": new Blob([content.text], { type: "text/plain" }),
          "text/html": new Blob([content.html], { type: "text/html" }),
        }),
      ]);
      return;
    } catch {
      // Refused (permissions, webview): try the copy command below.
    }
  }
  if (!copyWithCommand(content, win.document)) {
    if (nav.clipboard?.writeText) await nav.clipboard.writeText(content.text);
    else throw new Error("Clipboard unavailable");
  }
}

/** Selects a hidden HTML copy of the content and runs the copy command. */
function copyWithCommand(content: Copyable, doc: Document): boolean {
  const holder = doc.createElement("div");
  holder.innerHTML = content.html;
  holder.setAttribute("aria-hidden", "true");
  holder.style.position = "fixed";
  holder.style.left = "-10000px";
  doc.body.appendChild(holder);
  const selection = doc.getSelection();
  try {
    const range = doc.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return typeof doc.execCommand === "function" && doc.execCommand("copy");
  } catch {
    return false;
  } finally {
    selection?.removeAllRanges();
    holder.remove();
  }
}
