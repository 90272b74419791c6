import { describe, expect, it } from 'vitest';
import { idArray } from './id-array.js';

describe('idArray', () => {
  it('writes ids as one PostgreSQL array literal', () => {
    expect(idArray(['1b4e28ba-2fa1-11d2-883f-0016d3cca427', '6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b'])).toBe('{1b4e28ba-2fa1-11d2-883f-0016d3cca427,6ec0bd7f-11c0-43da-975e-2a8ad9ebae0b}');
    expect(idArray([])).toBe('{}');
  });
});
