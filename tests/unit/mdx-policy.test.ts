import { describe, expect, it } from 'vitest';
import { createProcessor } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import { COMPONENT_PROPS, imagePathProblem, mdxViolations, POLICY_MESSAGES, remarkMdxPolicy } from '../../src/lib/markdown/mdx-policy.ts';
import { MDX_COMPONENTS } from '../../src/lib/markdown/mdx-components.ts';

const parser = createProcessor({ format: 'mdx' });
const parse = (text: string) => parser.parse(text) as Root;
const check = (text: string) => mdxViolations(parse(text));
/** The violations of a text written after two lines of introduction, so that lines are not trivially 1. */
const after = (text: string) => check(`Intro.\n\n${text}`);
/** Just line and message of each violation. */
const brief = (text: string) => after(text).map((v) => ({ line: v.line, message: v.message }));

const VALID = `import photo from './photo.jpg';

{/* a comment */}

<Figure src={photo} alt="The new school" caption="The school built by the project" credit="Photo: Hồ Văn Sơn" />
<PullQuote cite="Mr Hồ Văn Sơn">Friendship is the foundation of every project.</PullQuote>
<Video provider="youtube" id="VIDEO_ID" title="Film about the aid project" />
<Gallery images={[{ src: photo, alt: 'Groundbreaking' }, { src: photo, alt: 'Opening', caption: 'Opening day' }]} />

Text with <b>bold</b> and <span lang="fr">français</span> and ![alt](photo.jpg).
`;

describe('mdxViolations on a valid article', () => {
  it('finds nothing in the README example', () => {
    expect(check(VALID)).toEqual([]);
  });

  it('allows fragments, comments, plain values on HTML and Vimeo by src', () => {
    const text = [
      "import photo from './photo.JPG'",
      '',
      '<>Grouped *text*</> {/* note */} {}',
      '',
      '<p data-n={-1} hidden data-x={`t`} data-list={[1, "a", null, true]} data-o={{ a: 1, "b-c": \'x\' }}>x</p>',
      '',
      '<Video src="https://player.vimeo.com/video/1" title={`Film`} />',
      '<Gallery images={[{ src: photo, alt: "a" }]} />',
      '<Figure src={photo} alt={"x"} />',
      '<Figure src={photo} alt="code" />',
      '',
      '![a](./pics/b%20c.webp)',
    ].join('\n');
    expect(check(text)).toEqual([]);
  });
});

describe('mdxViolations on ESM (rule 1)', () => {
  it('refuses an export, and the expression that uses it', () => {
    const text = "export const x = process.getBuiltinModule('node:child_process').execSync('id').toString()\n\n{x}";
    expect(brief(text)).toEqual([
      { line: 3, message: POLICY_MESSAGES.exportStatement.message },
      { line: 5, message: POLICY_MESSAGES.expression.message },
    ]);
  });

  it('refuses export default and export from', () => {
    expect(brief("export default function Layout() {}\nexport { a } from './a.jpg'").map((v) => v.line)).toEqual([3, 4]);
  });

  it('refuses an import outside the folder', () => {
    expect(brief("import x from '../../../../etc/passwd.jpg'")).toEqual([
      { line: 3, message: 'an MDX article may import only pictures beside it, not "../../../../etc/passwd.jpg": it points outside the article folder' },
    ]);
  });

  it('refuses a package import', () => {
    expect(brief("import fs from 'node:fs'")).toEqual([
      { line: 3, message: 'an MDX article may import only pictures beside it, not "node:fs": it is code or a package, not a picture beside the article' },
    ]);
    expect(brief("import React from 'react'")[0].message).toContain('it is code or a package');
    expect(brief("import x from './x.js'")[0].message).toContain('only jpg, jpeg, png, webp, avif, gif pictures');
    expect(brief("import a from 'photo.jpg'")).toEqual([{ line: 3, message: 'the import "photo.jpg" does not start with ./' }]);
  });

  it('refuses a namespace, named or bare import', () => {
    expect(brief("import * as a from './a.jpg'")).toEqual([{ line: 3, message: 'the import of "./a.jpg" must give the picture one name' }]);
    expect(brief("import { a } from './a.jpg'").map((v) => v.line)).toEqual([3]);
    expect(brief("import a, { b } from './a.jpg'").map((v) => v.line)).toEqual([3]);
    expect(brief("import './a.jpg'").map((v) => v.line)).toEqual([3]);
  });

  it('refuses an SVG import, saying why and what to do', () => {
    const [v] = after("import a from './a.svg'");
    expect(v).toMatchObject({ line: 3, column: 1, fix: 'convert the picture to PNG or WebP' });
    expect(v.message).toContain('SVG files can carry scripts');
  });

  it('refuses a ?raw import', () => {
    expect(brief("import a from './a.jpg?raw'")).toEqual([
      { line: 3, message: 'an MDX article may import only pictures beside it, not "./a.jpg?raw": it has a ? or # part' },
    ]);
  });

  it('refuses a picture named like a component', () => {
    expect(brief("import Figure from './a.jpg'")).toEqual([{ line: 3, message: 'the picture is named Figure, like the <Figure> component' }]);
  });

  it('refuses import attributes (which MDX cannot parse today, so the tree is built by hand)', () => {
    const tree = parse("Intro.\n\nimport a from './a.jpg'");
    const esm = tree.children[1] as unknown as { data: { estree: { body: { attributes: unknown[] }[] } } };
    esm.data.estree.body[0].attributes = [{ type: 'ImportAttribute', key: { type: 'Identifier', name: 'type' }, value: { type: 'Literal', value: 'json' } }];
    expect(mdxViolations(tree)).toEqual([expect.objectContaining({ line: 3, message: 'the import of "./a.jpg" has a with { … } part' })]);
  });
});

describe('mdxViolations on expressions (rule 2)', () => {
  it('refuses {process.env.SECRET}', () => {
    expect(brief('{process.env.SECRET}')).toEqual([{ line: 3, message: POLICY_MESSAGES.expression.message }]);
  });

  it("refuses {await import('node:os')}", () => {
    expect(brief("{await import('node:os')}")).toEqual([{ line: 3, message: POLICY_MESSAGES.expression.message }]);
  });

  it('refuses {alert(1)} in running text, at its column', () => {
    expect(after('Some text {alert(1)} more.')).toEqual([expect.objectContaining({ line: 3, column: 11, message: POLICY_MESSAGES.expression.message })]);
  });

  it('refuses a comment followed by code', () => {
    expect(brief('{/* c */ alert(1)}').map((v) => v.line)).toEqual([3]);
  });
});

describe('mdxViolations on JSX (rules 3 and 4)', () => {
  it('refuses a spread attribute', () => {
    expect(brief("<PullQuote {...{'set:html': '<img src=x onerror=alert(1)>'}}>q</PullQuote>")).toEqual([
      { line: 3, message: POLICY_MESSAGES.spreadAttribute.message },
    ]);
  });

  it('refuses set:html', () => {
    expect(brief('<PullQuote set:html="<b>x</b>">q</PullQuote>')).toEqual([{ line: 3, message: POLICY_MESSAGES.colonAttribute('set:html').message }]);
  });

  it('refuses every attribute name with a colon, on HTML too', () => {
    const text = '<span is:raw client:load transition:name="a" xlink:href="b">x</span>';
    expect(brief(text).map((v) => v.message)).toEqual(
      ['is:raw', 'client:load', 'transition:name', 'xlink:href'].map((n) => POLICY_MESSAGES.colonAttribute(n).message),
    );
  });

  it('refuses an unknown component, suggesting the right case', () => {
    expect(brief('<Foo />')).toEqual([{ line: 3, message: '<Foo> is not one of the article components' }]);
    expect(after('<Pullquote>x</Pullquote>')[0].fix).toBe('did you mean <PullQuote>?');
  });

  it('refuses member and namespaced names, and names that MDX treats as code', () => {
    expect(brief('<Figure.X />')).toEqual([{ line: 3, message: '<Figure.X> is not one of the article components' }]);
    expect(brief('<a.b>x</a.b>').map((v) => v.line)).toEqual([3]);
    expect(brief('<svg:rect />').map((v) => v.line)).toEqual([3]);
    expect(brief('<_components />').map((v) => v.line)).toEqual([3]);
  });

  it('refuses a function call as an HTML attribute value', () => {
    expect(brief("<div title={unescapeHTML('x')}>text</div>")).toEqual([{ line: 3, message: POLICY_MESSAGES.codeValue('title').message }]);
  });

  it('refuses a name that is not an imported picture', () => {
    expect(brief('<a href={location}>x</a>')).toEqual([{ line: 3, message: POLICY_MESSAGES.codeValue('href').message }]);
  });

  it.each([
    ['a template with ${}', '{`a${b}`}'],
    ['a regular expression', '{/re/}'],
    ['a BigInt', '{1n}'],
    ['a getter', '{{ get a() { return 1 } }}'],
    ['a method', '{{ a() {} }}'],
    ['a computed key', '{{ [k]: 1 }}'],
    ['a __proto__ key', '{{ __proto__: {} }}'],
    ['an array hole', '{[1, , 2]}'],
    ['an array spread', '{[...a]}'],
    ['JSX', '{<b>x</b>}'],
    ['new', '{new Date()}'],
    ['a tagged template', '{String.raw`x`}'],
    ['an arrow function', '{() => 1}'],
    ['undefined', '{undefined}'],
    ['a negated string', "{-'1'}"],
  ])('refuses %s as a value', (_, value) => {
    expect(brief(`<span title=${value}>x</span>`)).toEqual([{ line: 3, message: POLICY_MESSAGES.codeValue('title').message }]);
  });
});

describe('mdxViolations on component props (rule 5)', () => {
  it('the table names exactly the article components', () => {
    expect(Object.keys(COMPONENT_PROPS).sort()).toEqual([...MDX_COMPONENTS].sort());
  });

  it('refuses a Figure whose src is not an imported picture', () => {
    expect(brief('<Figure src={{src:\'javascript:alert(1)\'}} alt="x" />')).toEqual([
      { line: 3, message: 'src of <Figure> must be the name of a picture imported at the top' },
    ]);
    expect(brief('<Figure src="photo.jpg" alt="x" />').map((v) => v.line)).toEqual([3]);
  });

  it('refuses a Video without a title', () => {
    expect(after('<Video provider="youtube" id="a" />')).toEqual([
      { line: 3, column: 1, message: '<Video> has no title', fix: 'add title="what the video shows" (screen readers announce it)' },
    ]);
  });

  it('refuses a Video with neither, both or half of its sources', () => {
    const either = POLICY_MESSAGES.either('<Video>', [['provider', 'id'], ['src']]).message;
    expect(either).toBe('<Video> needs either provider and id, or src');
    for (const attrs of ['', 'provider="youtube"', 'id="a"', 'provider="vimeo" id="1" src="https://player.vimeo.com/video/1"']) {
      expect(brief(`<Video ${attrs} title="t" />`)).toEqual([{ line: 3, message: either }]);
    }
  });

  it('refuses an unknown provider, an unknown prop, a missing alt, a boolean text and a repeated prop', () => {
    expect(brief('<Video provider="dailymotion" id="a" title="t" />')).toEqual([{ line: 3, message: 'provider of <Video> must be "youtube" or "vimeo"' }]);
    expect(brief('<PullQuote cite="a" class="big">q</PullQuote>')).toEqual([{ line: 3, message: '<PullQuote> does not take class' }]);
    expect(brief("import p from './p.png'\n\n<Figure src={p} />")).toEqual([{ line: 5, message: '<Figure> has no alt' }]);
    expect(brief('<PullQuote cite>q</PullQuote>')).toEqual([{ line: 3, message: 'cite of <PullQuote> must be text in quotes' }]);
    expect(brief('<PullQuote cite="a" cite="b">q</PullQuote>')).toEqual([{ line: 3, message: '<PullQuote> has cite twice' }]);
  });

  it('checks each picture of a Gallery, on its own line', () => {
    const text = [
      "import a from './a.jpg'",
      '',
      '<Gallery',
      '  images={[',
      "    { src: a, alt: 'ok' },",
      "    { src: a, title: 'x' },",
      "    { src: 'b.jpg', alt: 'b' },",
      '  ]}',
      '/>',
    ].join('\n');
    expect(brief(text)).toEqual([
      { line: 8, message: 'picture 2 of <Gallery> has no alt' },
      { line: 8, message: 'picture 2 of <Gallery> does not take title' },
      { line: 9, message: 'src of picture 3 of <Gallery> must be the name of a picture imported at the top' },
    ]);
    expect(brief('<Gallery images="a.jpg" />')).toEqual([{ line: 3, message: 'images of <Gallery> must be a list of pictures, [{ … }, { … }]' }]);
    expect(brief('<Gallery />')).toEqual([{ line: 3, message: '<Gallery> has no images' }]);
  });

  it('accepts shorthand keys that name an imported picture', () => {
    expect(brief("import src from './a.jpg'\n\n<Gallery images={[{ src, alt: 'a' }]} />")).toEqual([]);
  });
});

describe('mdxViolations on Markdown images (rule 6)', () => {
  it('refuses a path outside the folder', () => {
    expect(brief('![x](../../secret.jpg)')).toEqual([
      { line: 3, message: 'the image "../../secret.jpg" cannot be used: it points outside the article folder' },
    ]);
  });

  it('refuses an absolute path', () => {
    expect(brief('![x](/etc/x.jpg)')).toEqual([{ line: 3, message: 'the image "/etc/x.jpg" cannot be used: it points outside the article folder' }]);
  });

  it('refuses a remote picture, saying to download it', () => {
    expect(after('![x](https://example.org/x.jpg)')).toEqual([
      {
        line: 3,
        column: 1,
        message: 'the image "https://example.org/x.jpg" cannot be used: it is on another website, and the build would download it',
        fix: 'download the picture into the article folder and use its file name',
      },
    ]);
  });

  it('follows image references to their definitions', () => {
    expect(brief('![x][far]\n\n[far]: ../far.jpg').map((v) => v.line)).toEqual([3]);
  });
});

describe('imagePathProblem', () => {
  it.each(['photo.jpg', './photo.JPEG', 'pics/a b.png', 'a.webp', 'a.avif', 'a.gif', 'a%20b.jpg'])('accepts %s', (src) => {
    expect(imagePathProblem(src)).toBeUndefined();
  });

  it.each([
    ['', 'it names no file'],
    ['../a.jpg', 'it points outside the article folder'],
    ['a/../../b.jpg', 'it points outside the article folder'],
    ['%2e%2e/secret.jpg', 'it points outside the article folder'],
    ['/a.jpg', 'it points outside the article folder'],
    ['//evil.example/a.jpg', 'it is on another website, and the build would download it'],
    ['HTTP://example.org/a.jpg', 'it is on another website, and the build would download it'],
    ['data:image/png;base64,AAAA', 'it is not a file in the article folder'],
    ['file:///etc/a.jpg', 'it is not a file in the article folder'],
    ['javascript:alert(1)//.jpg', 'it is not a file in the article folder'],
    ['C:/a.jpg', 'it is not a file in the article folder'],
    ['a\\..\\b.jpg', 'it contains a backslash (\\)'],
    ['a.jpg#x', 'it has a ? or # part'],
    ['a.jpg%3Fraw', 'it has a ? or # part'],
    ['a%zz.jpg', 'its name has a broken %-code or an invisible character'],
    ['a\u0000.jpg', 'its name has a broken %-code or an invisible character'],
    ['logo.SVG', 'SVG files can carry scripts'],
    ['a.tiff', 'only jpg, jpeg, png, webp, avif, gif pictures can be used'],
    ['folder/', 'only jpg, jpeg, png, webp, avif, gif pictures can be used'],
  ])('refuses %j', (src, reason) => {
    expect(imagePathProblem(src)).toBe(reason);
  });
});

describe('remarkMdxPolicy', () => {
  const compiler = createProcessor({ format: 'mdx', remarkPlugins: [remarkMdxPolicy] });
  const compile = (value: string) => compiler.process({ path: '/site/content/my-article/en.mdx', value });

  it('lets a valid article compile', async () => {
    await expect(compile(VALID)).resolves.toBeDefined();
  });

  it('fails the file at its first problem, naming all of them', async () => {
    const error = await compile('Intro.\n\n{alert(1)}\n\n<Foo />\n').catch((e) => e);
    expect(error).toMatchObject({ file: '/site/content/my-article/en.mdx', line: 3, column: 1, fatal: true, ruleId: 'mdx-policy' });
    expect(error.reason).toBe(
      `my-article/en.mdx: 2 problems: line 3: ${POLICY_MESSAGES.expression.message} (${POLICY_MESSAGES.expression.fix}); ` +
        `line 5: <Foo> is not one of the article components (use <Figure>, <Gallery>, <PullQuote>, <Video> (see README.md))`,
    );
    expect(error.message).toBe(error.reason);
    expect(error.message).not.toMatch(/^\d+:\d+|\n\s+at /);
  });

  it('says "1 problem" for one', async () => {
    await expect(compile('a\n\n![x](https://example.org/x.jpg)')).rejects.toMatchObject({
      line: 3,
      reason: expect.stringContaining('my-article/en.mdx: 1 problem: line 3: the image'),
    });
  });
});
