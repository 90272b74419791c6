import { describe, expect, it } from 'vitest';
import { modelFilesOf } from './model-files';

describe('modelFilesOf', () => {
  it('lists the assessment model once, first, and the examples file', () => {
    const meta = {
      decisionModels: [
        { id: 'eigen-bijdrage', file: 'decisions/eigen-bijdrage.dmn' },
        { id: 'beoordeling', file: 'decisions/beoordeling-v1.dmn' },
      ],
      assessment: { model: 'decisions/beoordeling-v1.dmn', examples: 'examples/beoordeling-v1.json' },
    };
    expect(modelFilesOf(meta)).toEqual({
      models: [
        { file: 'decisions/beoordeling-v1.dmn', assessment: true },
        { file: 'decisions/eigen-bijdrage.dmn', assessment: false },
      ],
      examples: 'examples/beoordeling-v1.json',
    });
  });

  it('gives nothing for a version without models', () => {
    expect(modelFilesOf({})).toEqual({ models: [], examples: undefined });
  });
});
