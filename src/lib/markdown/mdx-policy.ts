import type { Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdxjsEsm } from 'mdast-util-mdxjs-esm';
import type { Expression, ModuleDeclaration, Node as EsNode, Program, Statement } from 'estree';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { MDX_COMPONENTS } from './mdx-components.ts';
import { IMAGE_PATH, imagePathFix, imagePathProblem } from '../content/image-path.ts';
import { closest } from '../validate/suggest.ts';

export { imagePathProblem };

/**
 * An MDX article is data, never code: this module reads the tree that remark-mdx gives
 * (ESM, `{expressions}`, JSX elements, Markdown images) and lists everything that is not
 * an image import, an allowed component with plain values, plain HTML, or a picture in
 * the article folder.
 */

/** One broken rule, at its place in the file (1-based), in words for editors. */
export interface PolicyViolation {
  line: number;
  column: number;
  message: string;
  fix: string;
}

/** The kinds of value a component prop takes. */
export type PropType = 'text' | 'image' | { oneOf: readonly string[] } | { listOf: PropTable; item: string };
/** One prop: its type, whether it must be given, and how to write it (for messages). */
export interface PropSpec {
  type: PropType;
  required?: boolean;
  example: string;
  /** Text readers see, so `npm run translate` translates it (an alt, a caption; not a video id). */
  translate?: boolean;
}
export type PropTable = Record<string, PropSpec>;
/** A component's props; `either`: groups of props of which exactly one must be given whole. */
export interface ComponentSpec {
  props: PropTable;
  either?: string[][];
}

const PICTURE = "src={photo}, with import photo from './photo.jpg' at the top of the file";

/** The props each article component takes (src/components/mdx/*.astro); a test keeps its names equal to MDX_COMPONENTS. */
export const COMPONENT_PROPS: Record<string, ComponentSpec> = {
  Figure: {
    props: {
      src: { type: 'image', required: true, example: PICTURE },
      alt: { type: 'text', required: true, example: 'alt="what the picture shows"', translate: true },
      caption: { type: 'text', example: 'caption="The new school"', translate: true },
      credit: { type: 'text', example: 'credit="Photo: Hồ Văn Sơn"', translate: true },
    },
  },
  Gallery: {
    props: {
      images: {
        type: {
          item: 'picture',
          listOf: {
            src: { type: 'image', required: true, example: "src: photo, with import photo from './photo.jpg' at the top of the file" },
            alt: { type: 'text', required: true, example: "alt: 'what the picture shows'", translate: true },
            caption: { type: 'text', example: "caption: 'Opening day'", translate: true },
          },
        },
        required: true,
        example: "images={[{ src: photo, alt: 'what it shows' }, …]}",
      },
    },
  },
  PullQuote: { props: { cite: { type: 'text', example: 'cite="Mr Hồ Văn Sơn"', translate: true } } },
  Video: {
    props: {
      provider: { type: { oneOf: ['youtube', 'vimeo'] }, example: 'provider="youtube"' },
      id: { type: 'text', example: 'id="VIDEO_ID"' },
      src: { type: 'text', example: 'src="https://player.vimeo.com/video/…"' },
      title: { type: 'text', required: true, example: 'title="what the video shows" (screen readers announce it)', translate: true },
    },
    either: [['provider', 'id'], ['src']],
  },
};

const components = (known: readonly string[]) => known.map((k) => `<${k}>`).join(', ');

/** Every message this policy gives: what is wrong and what to do (style of src/lib/validate/messages.ts). */
export const POLICY_MESSAGES = {
  imagePath: (src: string, reason: string) => ({ message: `the image "${src.slice(0, 80)}" cannot be used: ${reason}`, fix: imagePathFix(reason) }),
  importSource: (source: string, reason: string) => ({
    message: `an MDX article may import only pictures beside it, not "${source.slice(0, 80)}": ${reason}`,
    fix: imagePathFix(reason),
  }),
  importNotRelative: (source: string) => ({ message: `the import "${source}" does not start with ./`, fix: `write it as './${source}'` }),
  importShape: (source: string) => ({ message: `the import of "${source}" must give the picture one name`, fix: `write it as: import photo from '${source}'` }),
  importAttributes: (source: string) => ({ message: `the import of "${source}" has a with { … } part`, fix: `remove it: import photo from '${source}'` }),
  importNameTaken: (name: string) => ({
    message: `the picture is named ${name}, like the <${name}> component`,
    fix: `give it another name: import photo from '…'`,
  }),
  exportStatement: {
    message: 'an MDX article may not export anything (an export runs code)',
    fix: 'remove the export; write the text or the component directly',
  },
  codeStatement: { message: 'an MDX article may contain only picture imports at the top, not code', fix: 'remove this line' },
  expression: {
    message: 'a {…} in the text runs code, which an MDX article may not contain',
    fix: 'remove it; write a literal { as \\{, and a note to other editors as {/* … */}',
  },
  unknownComponent: (name: string, known: readonly string[]) => {
    const suggestion = known.find((k) => k.toLowerCase() === name.toLowerCase()) ?? closest(name, [...known], {}, 1)[0];
    return {
      message: `<${name}> is not one of the article components`,
      fix: suggestion ? `did you mean <${suggestion}>?` : `use ${components(known)} (see README.md)`,
    };
  },
  spreadAttribute: { message: 'a {...} attribute passes attributes built by code, which cannot be checked', fix: 'write each attribute as name="value"' },
  colonAttribute: (name: string) => ({
    message: `the attribute ${name} is not allowed (Astro directives like set:html insert unchecked HTML or run scripts)`,
    fix: `remove ${name}`,
  }),
  codeValue: (name: string) => ({
    message: `the value of ${name} is code, not a plain value`,
    fix: `write ${name}="text", or ${name}={photo} for a picture imported at the top`,
  }),
  duplicateProp: (where: string, prop: string) => ({ message: `${where} has ${prop} twice`, fix: `keep one ${prop}` }),
  unknownProp: (where: string, prop: string, known: string[]) => ({
    message: `${where} does not take ${prop}`,
    fix: `remove it; ${where} takes ${known.join(', ')}`,
  }),
  missingProp: (where: string, prop: string, example: string) => ({ message: `${where} has no ${prop}`, fix: `add ${example}` }),
  wrongType: (where: string, prop: string, expected: string, example: string) => ({
    message: `${prop} of ${where} must be ${expected}`,
    fix: `write ${example}`,
  }),
  either: (where: string, groups: string[][]) => ({
    message: `${where} needs either ${groups.map((g) => g.join(' and ')).join(', or ')}`,
    fix: 'write provider="youtube" id="VIDEO_ID", or src="https://player.vimeo.com/video/…", not both',
  }),
} as const;

interface Place {
  line: number;
  column: number;
}
/** Marks a value that is code (rule 4): it is reported once, and not type-checked. */
const CODE = Symbol('code');
/** A JSX attribute's value as the checks see it: true (no value), text, a plain-value expression, or CODE. */
type Value = true | string | Expression | typeof CODE;
/** A prop given to a component (or a key of a Gallery picture), where it was written. */
interface Given {
  name: string;
  value: Value;
  at: Place;
}

const START: Place = { line: 1, column: 1 };
const placeOf = (node: { position?: { start: Place } }, fallback = START): Place =>
  node.position ? { line: node.position.start.line, column: node.position.start.column } : fallback;
/** estree columns are 0-based: { line: 4, column: 2 } → { line: 4, column: 3 }. */
const placeOfEs = (node: EsNode, fallback: Place): Place => (node.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : fallback);
const violation = (at: Place, text: { message: string; fix: string }): PolicyViolation => ({ ...at, ...text });

/** Rule 1 for one top-level statement: `import photo from './photo.jpg'` → []; `export const x = 1` → [export refused]. */
function statementViolations(statement: Statement | ModuleDeclaration, at: Place): PolicyViolation[] {
  if (statement.type.startsWith('Export')) return [violation(at, POLICY_MESSAGES.exportStatement)];
  if (statement.type !== 'ImportDeclaration') return [violation(at, POLICY_MESSAGES.codeStatement)];
  const source = String(statement.source.value);
  const found: PolicyViolation[] = [];
  // `import x from 'node:fs'` is a module, not a misnamed picture.
  const reason = source.startsWith('.') || /\.[a-z0-9]+$/i.test(source) ? imagePathProblem(source) : IMAGE_PATH.module.reason;
  if (reason) found.push(violation(at, POLICY_MESSAGES.importSource(source, reason)));
  else if (!source.startsWith('./')) found.push(violation(at, POLICY_MESSAGES.importNotRelative(source)));
  const [first, ...more] = statement.specifiers;
  if (first?.type !== 'ImportDefaultSpecifier' || more.length) found.push(violation(at, POLICY_MESSAGES.importShape(source)));
  else if (MDX_COMPONENTS.includes(first.local.name)) found.push(violation(at, POLICY_MESSAGES.importNameTaken(first.local.name)));
  if ((statement as { attributes?: unknown[] }).attributes?.length) found.push(violation(at, POLICY_MESSAGES.importAttributes(source)));
  return found;
}

/** Rule 1 for an ESM block; a block without its parsed program is refused (it cannot be checked). */
function esmViolations(node: MdxjsEsm): PolicyViolation[] {
  const program = node.data?.estree;
  if (!program) return [violation(placeOf(node), POLICY_MESSAGES.codeStatement)];
  return program.body.flatMap((statement) => statementViolations(statement, placeOfEs(statement, placeOf(node))));
}

/** The names the file gives its pictures: `import photo from './photo.jpg'` → photo (a refused import is reported on its own). */
function imageNames(tree: Root): Set<string> {
  const names = new Set<string>();
  for (const node of tree.children) {
    if (node.type !== 'mdxjsEsm') continue;
    for (const statement of node.data?.estree?.body ?? []) {
      if (statement.type !== 'ImportDeclaration') continue;
      for (const s of statement.specifiers) if (s.type === 'ImportDefaultSpecifier') names.add(s.local.name);
    }
  }
  return names;
}

/** Rule 2: `{/* note *\/}` (a program with no statements) → true; `{x}` → false. */
const onlyComments = (program: Program | undefined | null) => Boolean(program && program.body.length === 0);

/** The object key as written: `{ src: a }` and `{ 'src': a }` → 'src'; computed or numeric keys → undefined. */
function keyName(key: EsNode): string | undefined {
  if (key.type === 'Identifier') return key.name;
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  return undefined;
}

/**
 * Rule 4: whether an expression is a plain value: a literal, a template without `${}`, -1,
 * an array or object of plain values, or the name of one of the file's pictures.
 * `[{ src: photo, alt: 'x' }]` → true; `process.env.X`, `f()`, `/re/`, `1n` → false.
 */
function isLiteralValue(node: EsNode, images: Set<string>): boolean {
  switch (node.type) {
    case 'Literal':
      if ('regex' in node || 'bigint' in node) return false;
      return node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value);
    case 'TemplateLiteral':
      return node.expressions.length === 0;
    case 'UnaryExpression':
      return node.operator === '-' && node.argument.type === 'Literal' && typeof node.argument.value === 'number';
    case 'ArrayExpression':
      return node.elements.every((e) => e !== null && e.type !== 'SpreadElement' && isLiteralValue(e, images));
    case 'ObjectExpression':
      return node.properties.every(
        (p) =>
          p.type === 'Property' &&
          p.kind === 'init' &&
          !p.method &&
          !p.computed &&
          keyName(p.key) !== undefined &&
          keyName(p.key) !== '__proto__' &&
          isLiteralValue(p.value, images),
      );
    case 'Identifier':
      return images.has(node.name);
    default:
      return false;
  }
}

/** Rule 4 for a JSX attribute's value: no value → true, "text" → "text", {plain value} → its expression, anything else → CODE. */
function attributeValue(attribute: MdxJsxAttribute, images: Set<string>): Value {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  const body = value.data?.estree?.body;
  if (body?.length !== 1 || body[0].type !== 'ExpressionStatement') return CODE;
  return isLiteralValue(body[0].expression, images) ? body[0].expression : CODE;
}

/** The text of a text value: "a" and {'a'} and {`a`} → 'a'; {1}, {photo} → undefined. */
function textOf(value: Value): string | undefined {
  if (typeof value === 'string') return value;
  if (value === true || value === CODE) return undefined;
  if (value.type === 'Literal' && typeof value.value === 'string') return value.value;
  if (value.type === 'TemplateLiteral' && value.expressions.length === 0) return value.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** How a prop type is described to editors: 'image' → 'an imported picture'. */
function describe(type: PropType): string {
  if (type === 'text') return 'text in quotes';
  if (type === 'image') return 'the name of a picture imported at the top';
  if ('oneOf' in type) return type.oneOf.map((v) => `"${v}"`).join(' or ');
  return `a list of ${type.item}s, [{ … }, { … }]`;
}

/** Rule 5 for one value against its type: [] when it fits; a list of pictures is checked item by item. */
function typeViolations(where: string, given: Given, spec: PropSpec, images: Set<string>): PolicyViolation[] {
  const { type } = spec;
  const { value } = given;
  if (value === CODE) return []; // reported by rule 4
  const wrong = [violation(given.at, POLICY_MESSAGES.wrongType(where, given.name, describe(type), spec.example))];
  if (type === 'text') return textOf(value) === undefined ? wrong : [];
  if (type === 'image') return typeof value === 'object' && value.type === 'Identifier' && images.has(value.name) ? [] : wrong;
  if ('oneOf' in type) return type.oneOf.includes(textOf(value) ?? '') ? [] : wrong;
  if (typeof value !== 'object' || value.type !== 'ArrayExpression') return wrong;
  if (!value.elements.every((e) => e?.type === 'ObjectExpression')) return wrong;
  return value.elements.flatMap((item, i) => {
    const object = item as Extract<Expression, { type: 'ObjectExpression' }>;
    // Rule 4 let only plain `key: value` properties through.
    const keys = object.properties.map((p): Given => {
      const property = p as Extract<typeof p, { type: 'Property' }>;
      return { name: keyName(property.key) ?? '?', value: property.value as Expression, at: placeOfEs(p, given.at) };
    });
    return propsViolations(`${type.item} ${i + 1} of ${where}`, keys, type.listOf, placeOfEs(object, given.at), images);
  });
}

/** Rule 5 for a set of props: each known, given once, of its type; the required ones present. */
function propsViolations(where: string, given: Given[], table: PropTable, at: Place, images: Set<string>): PolicyViolation[] {
  const found: PolicyViolation[] = [];
  const seen = new Set<string>();
  for (const g of given) {
    const spec = Object.hasOwn(table, g.name) ? table[g.name] : undefined;
    if (!spec) found.push(violation(g.at, POLICY_MESSAGES.unknownProp(where, g.name, Object.keys(table))));
    else if (seen.has(g.name)) found.push(violation(g.at, POLICY_MESSAGES.duplicateProp(where, g.name)));
    else found.push(...typeViolations(where, g, spec, images));
    seen.add(g.name);
  }
  for (const [name, spec] of Object.entries(table)) {
    if (spec.required && !seen.has(name)) found.push(violation(at, POLICY_MESSAGES.missingProp(where, name, spec.example)));
  }
  return found;
}

/** Rule 5 for props that go together: Video needs provider and id, or src — exactly one group, whole. */
function eitherViolations(where: string, given: Given[], groups: string[][] | undefined, at: Place): PolicyViolation[] {
  if (!groups) return [];
  const names = new Set(given.map((g) => g.name));
  const used = [...new Set(groups.flat())].filter((n) => names.has(n));
  const fits = groups.some((g) => g.length === used.length && g.every((n) => names.has(n)));
  return fits ? [] : [violation(at, POLICY_MESSAGES.either(where, groups))];
}

/** Rules 3 and 4 for one attribute: no spread, no name with a colon, a plain value. */
function attributeViolations(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute, at: Place, images: Set<string>): PolicyViolation[] {
  const place = placeOf(attribute, at);
  if (attribute.type === 'mdxJsxExpressionAttribute') return [violation(place, POLICY_MESSAGES.spreadAttribute)];
  if (attribute.name.includes(':')) return [violation(place, POLICY_MESSAGES.colonAttribute(attribute.name))];
  if (attributeValue(attribute, images) === CODE) return [violation(place, POLICY_MESSAGES.codeValue(attribute.name))];
  return [];
}

/**
 * Rules 3–5 for a JSX element: an HTML element (lowercase) or an allowed component with its
 * props; fragments `<>…</>` are allowed (they only group their content, which is checked).
 */
function elementViolations(node: MdxJsxFlowElement | MdxJsxTextElement, images: Set<string>): PolicyViolation[] {
  const at = placeOf(node);
  const name = node.name;
  const found = node.attributes.flatMap((a) => attributeViolations(a, at, images));
  if (name === null || name === undefined) return found;
  // MDX compiles a name that starts with a-z to an HTML tag, any other to a reference to code.
  const html = /^[a-z]/.test(name) && !name.includes('.') && !name.includes(':');
  if (html) return found;
  const spec = Object.hasOwn(COMPONENT_PROPS, name) && MDX_COMPONENTS.includes(name) ? COMPONENT_PROPS[name] : undefined;
  if (!spec) return [violation(at, POLICY_MESSAGES.unknownComponent(name, MDX_COMPONENTS)), ...found];
  const given = node.attributes
    .filter((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && !a.name.includes(':'))
    .map((a): Given => ({ name: a.name, value: attributeValue(a, images), at: placeOf(a, at) }));
  const where = `<${name}>`;
  return [...found, ...propsViolations(where, given, spec.props, at, images), ...eitherViolations(where, given, spec.either, at)];
}

/**
 * Every violation in an MDX article's tree (positions are the tree's, 1-based), in file order.
 * mdxViolations(parse("{alert(1)}")) → [{ line: 1, column: 1, message: 'a {…} in the text runs code…', fix: … }].
 */
export function mdxViolations(tree: Root): PolicyViolation[] {
  const images = imageNames(tree);
  const definitions = new Map<string, string>();
  visit(tree, 'definition', (node) => void definitions.set(node.identifier, node.url));
  const found: PolicyViolation[] = [];
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        found.push(...esmViolations(node));
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!onlyComments(node.data?.estree)) found.push(violation(placeOf(node), POLICY_MESSAGES.expression));
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        found.push(...elementViolations(node, images));
        break;
      case 'image':
      case 'imageReference': {
        const url = node.type === 'image' ? node.url : definitions.get(node.identifier);
        const reason = url === undefined ? undefined : imagePathProblem(url);
        if (reason) found.push(violation(placeOf(node), POLICY_MESSAGES.imagePath(url!, reason)));
        break;
      }
    }
  });
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** 'x/content/my-article/en.mdx' → 'my-article/en.mdx', the name editors know the file by. */
function shortName(file: VFile): string {
  const folder = file.dirname?.split(/[\\/]/).pop();
  return file.basename ? (folder ? `${folder}/${file.basename}` : file.basename) : 'this article';
}

/**
 * A remark plugin for the MDX compile: fails the file at its first violation, naming them all:
 * "my-article/en.mdx: 2 problems: line 3: … (fix); line 5: … (fix)".
 */
export function remarkMdxPolicy() {
  return (tree: Root, file: VFile): void => {
    const found = mdxViolations(tree);
    if (!found.length) return;
    const list = found.map((v) => `line ${v.line}: ${v.message} (${v.fix})`).join('; ');
    const count = found.length === 1 ? '1 problem' : `${found.length} problems`;
    const { line, column } = found[0];
    file.fail(`${shortName(file)}: ${count}: ${list}`, { place: { line, column }, ruleId: 'mdx-policy', source: 'ban-tin' });
  };
}
