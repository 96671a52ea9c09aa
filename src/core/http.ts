/**
 * The HTTP storage adapter's public API: part of `coop-widgets/core`, and the embed's second entry,
 * `coop-widgets-http.js`. Kept out of `coop-widgets.js`, whose first paint every page pays for, since only
 * portals that keep answers on their own server use it.
 */
export { createHttpStorage } from './storage/http.js';
export type {
  HttpFetch,
  HttpRequestInit,
  HttpLiveOptions,
  HttpResponseLike,
  HttpStorage,
  HttpStorageOptions,
  LiveEventSource,
  LiveEventSourceConstructor,
  OnlineSource,
} from './storage/http.js';
export { applyWorkshopLink, readWorkshopLink } from './workshop-link.js';
export type { WorkshopLink } from './workshop-link.js';
