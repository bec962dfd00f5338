import type Stripe from "stripe";
import { invalidRequest } from "../engine/stripe-error";

export interface PageParams {
  limit?: number;
  starting_after?: string;
  ending_before?: string;
}

/**
 * One page of a list, newest first, as Stripe pages: `limit` (default 10) items after `starting_after`
 * or just before `ending_before`, with `has_more` telling whether items remain in that direction.
 */
export function paginate<T extends { id: string }>(
  oldestFirst: readonly T[],
  page: PageParams,
  url: string,
): Stripe.ApiList<T> {
  const items = [...oldestFirst].reverse();
  const limit = page.limit ?? 10;
  if (page.starting_after !== undefined && page.ending_before !== undefined) {
    throw invalidRequest(
      "You may only specify one of these parameters: starting_after, ending_before.",
      "ending_before",
    );
  }
  if (page.ending_before !== undefined) {
    const end = indexOf(items, page.ending_before, "ending_before");
    const start = Math.max(0, end - limit);
    return { object: "list", data: items.slice(start, end), has_more: start > 0, url };
  }
  const start = page.starting_after === undefined ? 0 : indexOf(items, page.starting_after, "starting_after") + 1;
  return { object: "list", data: items.slice(start, start + limit), has_more: start + limit < items.length, url };
}

function indexOf(items: readonly { id: string }[], id: string, param: string): number {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) throw invalidRequest(`No such object: '${id}'`, param, "resource_missing");
  return index;
}
