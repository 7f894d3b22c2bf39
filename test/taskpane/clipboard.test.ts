/** @jest-environment jsdom */
import { commentaryHtml, copyRich, escapeHtml } from "../../src/taskpane/clipboard";

test("the HTML copy is one paragraph, escaped, in the commentary's language", () => {
  expect(commentaryHtml(["Le CA atteint 1 000 €.", 'Ventes <Ouest> & "Est".'], "fr")).toBe(
    '<div lang="fr"><p>Le CA atteint 1 000 €. Ventes &lt;Ouest&gt; &amp; &quot;Est&quot;.</p></div>'
  );
  expect(escapeHtml("l'an")).toBe("l&#39;an");
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

test("the Clipboard API gets plain text and HTML", async () => {
  const written: Record<string, string>[] = [];
  class FakeItem {
    constructor(readonly parts: Record<string, Blob>) {}
  }
  const win = {
    ClipboardItem: FakeItem,
    navigator: {
      clipboard: {
        write: async (items: FakeItem[]) => {
          for (const item of items) {
            const out: Record<string, string> = {};
            for (const [type, blob] of Object.entries(item.parts)) out[type] = await readBlob(blob);
            written.push(out);
          }
        },
      },
    },
    document,
  } as unknown as Window;
  await copyRich({ text: "Bonjour.", html: "<p>Bonjour.</p>" }, win);
  expect(written).toEqual([{ "text/plain": "Bonjour.", "text/html": "<p>Bonjour.</p>" }]);
});

test("when the Clipboard API is refused, the copy command copies the HTML", async () => {
  let copied = "";
  document.execCommand = ((command: string) => {
    copied = command === "copy" ? (document.getSelection()?.toString() ?? "") : "";
    return command === "copy";
  }) as typeof document.execCommand;
  const win = { navigator: {}, document } as unknown as Window;
  await copyRich({ text: "Texte.", html: "<p>Texte <b>gras</b>.</p>" }, win);
  expect(copied).toBe("Texte gras.");
  // The hidden holder is gone afterwards.
  expect(document.body.children).toHaveLength(0);
});
