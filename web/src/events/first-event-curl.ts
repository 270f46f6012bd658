import type { SetupInfo } from '../api-client/workspace-views.js';

/** A copy-paste `curl` that sends one track call with the workspace's write key. */
export function firstEventCurl({ writeKey, publicUrl }: SetupInfo): string {
  const body = '{"userId":"u1","event":"Order Completed","properties":{"revenue":42}}';
  return [
    `curl -u ${writeKey}: \\`,
    `  -H 'content-type: application/json' \\`,
    `  -d '${body}' \\`,
    `  ${trimSlashes(publicUrl)}/v1/track`,
  ].join('\n');
}

/** The `apiHost` value analytics.js expects: host and path, no scheme (`shop.example.com/v1`). */
export function analyticsApiHost({ publicUrl }: SetupInfo): string {
  return `${trimSlashes(publicUrl).replace(/^[a-z]+:\/\//i, '')}/v1`;
}

function trimSlashes(url: string): string {
  return url.replace(/\/+$/, '');
}
