import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next-path.js';

describe('safeNextPath', () => {
  it('keeps paths on this site', () => {
    expect(safeNextPath('/profiles?q=ada')).toBe('/profiles?q=ada');
  });

  it('refuses other sites and loops back to sign-in', () => {
    for (const next of [
      null,
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'profiles',
      '/sign-in',
    ]) {
      expect(safeNextPath(next)).toBe('/events');
    }
  });
});
