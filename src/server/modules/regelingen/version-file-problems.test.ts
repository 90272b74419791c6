import { describe, expect, it } from 'vitest';
import { loadRegelingenContent } from './load-regelingen-content.js';
import { replaceableFiles, versionFileProblems } from './version-file-problems.js';

// The shipped models and examples must pass the upload check, so an administrator can always put
// a file back as it was.

const versions = loadRegelingenContent('regelingen').flatMap((r) => r.versions.map((v) => ({ name: `${r.regeling.id} version ${v.meta.version}`, meta: v.meta, files: r.files })));

describe.each(versions)('$name', ({ meta, files }) => {
  it('accepts its own models and examples again', async () => {
    const paths = replaceableFiles(meta, {});
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) expect(await versionFileProblems(meta, path, files[path]!), path).toEqual([]);
  });
});

it('offers only models and examples, not letters', () => {
  const { meta } = versions.find((v) => v.name === 'wmo-hulpmiddel version 1')!;
  expect(replaceableFiles(meta, { 'letters/toekenning.md': 'x' })).toEqual(['decisions/beoordeling-v1.dmn', 'decisions/eigen-bijdrage.dmn', 'examples/beoordeling-v1.json']);
});
