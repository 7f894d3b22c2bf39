/** A fresh React root in a fresh container for each test, unmounted after it (jsdom tests). */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";

export interface Mounted {
  container: HTMLDivElement;
  root: Root;
}

/** Registers beforeEach/afterEach; the returned object holds the current test's container and root. */
export function mountEachTest(): Mounted {
  const dom = {} as Mounted;
  beforeEach(() => {
    dom.container = document.createElement("div");
    document.body.appendChild(dom.container);
    dom.root = createRoot(dom.container);
  });
  afterEach(() => {
    act(() => dom.root.unmount());
    dom.container.remove();
  });
  return dom;
}

/** Waits (in act) until `done` holds, or fails after `ms` with the end of the pane's text. */
export async function until(dom: Mounted, done: () => boolean, ms = 20000): Promise<void> {
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > ms)
      throw new Error(`timed out: ${(dom.container.textContent ?? "").slice(-900)}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}
