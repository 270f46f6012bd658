import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizeJson } from './tokenize-json.js';

describe('tokenizeJson', () => {
  it('gives back the input when the tokens are joined', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2) ?? '';
        expect(
          tokenizeJson(text)
            .map((token) => token.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('tells keys from string values, numbers and literals', () => {
    const kinds = tokenizeJson('{"a": "<b>", "n": -1.5e3, "t": true, "z": null}')
      .filter((token) => token.kind !== 'plain')
      .map((token) => `${token.kind}:${token.text}`);
    expect(kinds).toEqual([
      'key:"a"',
      'string:"<b>"',
      'key:"n"',
      'number:-1.5e3',
      'key:"t"',
      'literal:true',
      'key:"z"',
      'literal:null',
    ]);
  });

  it('does not split a string that contains quotes, colons or digits', () => {
    const text = JSON.stringify({ note: 'say "hi": 42 true' });
    expect(tokenizeJson(text).filter((token) => token.kind === 'string')).toEqual([
      { kind: 'string', text: '"say \\"hi\\": 42 true"' },
    ]);
  });
});
