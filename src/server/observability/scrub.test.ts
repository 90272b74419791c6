import { describe, expect, it } from 'vitest';
import { scrubText } from './scrub.js';

describe('scrubText', () => {
  it('replaces valid BSNs wherever they stand', () => {
    expect(scrubText('{"msg":"belde over 999993653","n":123456782}')).toBe('{"msg":"belde over [bsn]","n":[bsn]}');
  });
  it('keeps numbers that are not a BSN', () => {
    expect(scrubText('kvk 12345678, order 999900007, 1234567890')).toBe('kvk 12345678, order 999900007, 1234567890');
  });
  it('keeps a UUID whole, also when its last group holds nine digits that pass the elfproef', () => {
    const id = 'c68a32ee-39a1-4d2b-9c0d-999993653afa';
    expect(scrubText(`{"reqId":"${id}","bsn":"999993653"}`)).toBe(`{"reqId":"${id}","bsn":"[bsn]"}`);
    expect(scrubText(id.toUpperCase())).toBe(id.toUpperCase());
  });
});
