import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { REPO_ROOT } from '../../support/paths';

/** One hostile snippet, as stored in tests/fixtures/xss/payloads.json. */
export interface Payload {
  /** Unique; the beacon path is /beacon/<id>. */
  id: string;
  /** The family it belongs to (script, handler, javascript-url, svg, mxss, css, clobbering, ...). */
  vector: string;
  /** HTML with placeholders, filled in by `expandPayload` for the server it is served from. */
  html: string;
}

export const PAYLOADS_FILE = resolve(REPO_ROOT, 'tests', 'fixtures', 'xss', 'payloads.json');

export function loadPayloads(): Payload[] {
  return JSON.parse(readFileSync(PAYLOADS_FILE, 'utf8')) as Payload[];
}

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/**
 * The statement every script payload runs: it asks the test server for /beacon/<id>, from any origin. `in`
 * says where it ran: 9 in a document with a window (the page's own copy of the payload), 11 in a shadow
 * root (the reader), `-inert` added in a document without one (a copy made for extraction), 0 with no
 * element (a script, a javascript: URL).
 */
export function beaconScript(origin: string, id: string): string {
  // No spaces and no double quotes, so it fits unquoted attributes and double-quoted ones alike.
  return `void(new(Image)().src='${origin}/beacon/${id}?in='+(this&&this.getRootNode?this.getRootNode().nodeType+(this.ownerDocument.defaultView?'':'-inert'):0))`;
}

/**
 * Fills a payload's placeholders: {{URL}} its beacon address, {{JS}} the script that requests it, {{ORIGIN}}
 * the server, and encoded forms of the script for data: URLs and eval(atob()).
 */
export function expandPayload(payload: Payload, origin: string): string {
  const url = `${origin}/beacon/${payload.id}`;
  const js = beaconScript(origin, payload.id);
  const values: Record<string, string> = {
    URL: url,
    JS: js,
    ORIGIN: origin,
    JS_ENC: encodeURIComponent(js),
    JS_B64: base64(js),
    HTML_B64: base64(`<script>${js}</script>`),
    SVG_B64: base64(`<svg xmlns="http://www.w3.org/2000/svg" onload="${js}"><script>${js}</script></svg>`),
  };
  return payload.html.replace(/\{\{([A-Z_0-9]+)\}\}/g, (whole, name: string) => values[name] ?? whole);
}

/** The beacon id a request path reports, or null: /beacon/<id>, /beacon/<id>.js, /beacon/<id>/probe.js. */
export function beaconIdOf(pathname: string): string | null {
  return /^\/beacon\/([A-Za-z0-9-]+)/.exec(pathname)?.[1] ?? null;
}
