import { describe, expect, it } from 'vitest';
import {
  decodeShareState,
  encodeShareState,
  hashText,
  readProgress,
  SHARE_HASH_LENGTH,
  shareUrl,
  STORED_VERSION,
  storageKey,
  writeProgress,
} from '../../src/lib/checklist-state.ts';

const items = [
  { id: 'qa-sign-off', hash: hashText('QA has signed off.') },
  { id: 'rollback-plan', hash: hashText('The rollback plan is written.') },
  { id: 'alerts', hash: hashText('Alerts are set up.') },
];

describe('hashText', () => {
  it('matches the published FNV-1a 32-bit test vectors', () => {
    expect(hashText('')).toBe('811c9dc5');
    expect(hashText('a')).toBe('e40c292c');
    expect(hashText('foobar')).toBe('bf9cf968');
  });

  it('changes when the text changes', () => {
    expect(hashText('Run the tests.')).not.toBe(hashText('Run the tests!'));
  });
});

describe('stored progress', () => {
  it('round-trips ticked items through the stored JSON', () => {
    const json = writeProgress(new Set(['alerts', 'qa-sign-off']), items);
    expect(JSON.parse(json)).toEqual({
      v: 1,
      ticked: { 'qa-sign-off': items[0]!.hash, alerts: items[2]!.hash },
    });
    expect(readProgress(json, items)).toEqual(new Set(['qa-sign-off', 'alerts']));
  });

  it('drops the tick of an item whose text changed since it was ticked', () => {
    const json = writeProgress(new Set(['qa-sign-off', 'alerts']), items);
    const reworded = [
      items[0]!,
      items[1]!,
      { id: 'alerts', hash: hashText('Alerts page the on-call engineer.') },
    ];
    expect(readProgress(json, reworded)).toEqual(new Set(['qa-sign-off']));
  });

  it('ignores ticks of items that no longer exist, and malformed JSON', () => {
    expect(readProgress('{"v":1,"ticked":{"gone":"12345678"}}', items)).toEqual(new Set());
    expect(readProgress('not json', items)).toEqual(new Set());
    expect(readProgress('null', items)).toEqual(new Set());
    expect(readProgress(null, items)).toEqual(new Set());
  });

  it('reads only its own format version', () => {
    const json = writeProgress(new Set(['alerts']), items);
    expect(JSON.parse(json).v).toBe(STORED_VERSION);
    const future = JSON.stringify({ ...JSON.parse(json), v: STORED_VERSION + 1 });
    expect(readProgress(future, items)).toEqual(new Set());
    expect(readProgress(JSON.stringify({ ticked: JSON.parse(json).ticked }), items)).toEqual(new Set());
  });

  it('keys progress by checklist id', () => {
    expect(storageKey('release-readiness')).toBe('checklist:release-readiness');
  });
});

describe('share state', () => {
  const short = (i: number) => items[i]!.hash.slice(0, SHARE_HASH_LENGTH);

  it('encodes ticked ids with their text hashes in checklist order and decodes them back', () => {
    const encoded = encodeShareState(new Set(['alerts', 'qa-sign-off']), items);
    expect(encoded).toBe(`qa-sign-off~${short(0)}.alerts~${short(2)}`);
    expect(decodeShareState(encoded, items)).toEqual({
      ticked: new Set(['qa-sign-off', 'alerts']),
      changed: [],
      unknown: [],
    });
  });

  it('encodes nothing ticked as an empty value', () => {
    expect(encodeShareState(new Set(), items)).toBe('');
    expect(decodeShareState('', items)).toEqual({ ticked: new Set(), changed: [], unknown: [] });
  });

  it('reports ids the checklist no longer has instead of applying them', () => {
    expect(decodeShareState(`alerts~${short(2)}.removed-item~abcd`, items)).toEqual({
      ticked: new Set(['alerts']),
      changed: [],
      unknown: ['removed-item'],
    });
  });

  it('does not tick an item reworded since the link was made', () => {
    const link = encodeShareState(new Set(['qa-sign-off', 'alerts']), items);
    const reworded = [items[0]!, items[1]!, { id: 'alerts', hash: hashText('Alerts page the on-call.') }];
    expect(decodeShareState(link, reworded)).toEqual({
      ticked: new Set(['qa-sign-off']),
      changed: ['alerts'],
      unknown: [],
    });
  });

  it('still reads links made before they carried hashes', () => {
    expect(decodeShareState('qa-sign-off.alerts', items).ticked).toEqual(new Set(['qa-sign-off', 'alerts']));
  });

  it('builds a share URL on the page path without the item fragment', () => {
    expect(
      shareUrl('https://h.example/checklists/x/?done=old#alerts', new Set(['rollback-plan']), items),
    ).toBe(`https://h.example/checklists/x/?done=rollback-plan~${short(1)}`);
  });
});
