/** Factories filled in by the modules that define them, so that proxy modules need not import each other in a cycle. */
import type { SimContextLike, SimObject } from "./base";

export const factories: {
  worksheet?: (ctx: SimContextLike, binder: () => unknown) => SimObject;
  conditionalFormats?: (range: SimObject) => SimObject;
} = {};

export function conditionalFormatsOf(range: SimObject): SimObject {
  if (!factories.conditionalFormats) throw new Error("conditional formats module not loaded");
  return factories.conditionalFormats(range);
}

export function worksheetProxy(ctx: SimContextLike, binder: () => unknown): SimObject {
  if (!factories.worksheet) throw new Error("worksheet module not loaded");
  return factories.worksheet(ctx, binder);
}
