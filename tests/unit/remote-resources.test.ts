import { describe, expect, it } from 'vitest';
import { rewriteRemoteMarkdown, unloadRemoteResources } from '../../src/lib/openapi/remote-resources.ts';

describe('rewriteRemoteMarkdown', () => {
  it('turns remote Markdown images into links, keeping the alt text', () => {
    const { text, changes } = rewriteRemoteMarkdown(
      'A ![smile](https://x.example/s.png "t") and ![](//y.example/a.gif).',
    );
    expect(text).toBe('A [smile](https://x.example/s.png) and [image](//y.example/a.gif).');
    expect(changes).toHaveLength(2);
  });

  it('keeps local and data: images', () => {
    const md = '![a](/img/a.png) ![b](data:image/png;base64,AA==)';
    expect(rewriteRemoteMarkdown(md)).toEqual({ text: md, changes: [] });
  });

  it('turns a remote <img> into a link and removes other remote media', () => {
    const { text } = rewriteRemoteMarkdown(
      '<img alt="emoji" src="https://github.githubassets.com/e.png"> <video poster="https://v.example/p.jpg">clip</video>',
    );
    expect(text).toBe('<a href="https://github.githubassets.com/e.png">emoji</a> clip</video>');
  });
});

describe('unloadRemoteResources', () => {
  it('rewrites every description in place and reports its JSON pointer', () => {
    const spec = {
      info: { 'x-logo': { url: 'https://cdn.example/logo.svg' }, description: 'x' },
      paths: { '/a/b': { get: { description: '![e](https://e.example/e.png)' } } },
    };
    const found = unloadRemoteResources(spec);
    expect(found.map((f) => f.pointer)).toEqual(['#/info/x-logo', '#/paths/~1a~1b/get/description']);
    expect(spec.paths['/a/b'].get.description).toBe('[e](https://e.example/e.png)');
    expect(spec.info).not.toHaveProperty('x-logo');
  });
});
