import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route.js';

describe('matchRoute', () => {
  it('matches static paths, ignoring a trailing slash', () => {
    expect(matchRoute('/events', '/events')).toEqual({});
    expect(matchRoute('/events', '/events/')).toEqual({});
    expect(matchRoute('/events', '/profiles')).toBeNull();
  });

  it('captures and decodes parameters', () => {
    expect(matchRoute('/profiles/:id', '/profiles/user%40shop.example')).toEqual({ id: 'user@shop.example' });
    expect(matchRoute('/profiles/:id', '/profiles/a%2Fb')).toEqual({ id: 'a/b' });
  });

  it('needs the same number of segments', () => {
    expect(matchRoute('/profiles/:id', '/profiles')).toBeNull();
    expect(matchRoute('/profiles/:id', '/profiles/a/b')).toBeNull();
  });

  it('keeps a malformed escape as it is', () => {
    expect(matchRoute('/profiles/:id', '/profiles/%E0%A4%A')).toEqual({ id: '%E0%A4%A' });
  });
});
