/**
 * The statement structures emitters build, and the printer that writes them as formatted
 * TypeScript. The shapes follow ts-morph's structures (the subset the emitters use), so an
 * emitter reads the same; printing them directly keeps the TypeScript compiler out of
 * generation (it was a second of start-up and a parse per file, for text we already had).
 */

export const StructureKind = {
  ImportDeclaration: 'import',
  ExportDeclaration: 'export',
  Function: 'function',
  Interface: 'interface',
  TypeAlias: 'type',
  VariableStatement: 'variable',
} as const;

export const VariableDeclarationKind = { Const: 'const', Let: 'let' } as const;

type Docs = readonly string[];

export interface TypeParameter {
  readonly name: string;
  readonly constraint?: string;
  readonly default?: string;
}

export interface Parameter {
  readonly name: string;
  readonly type?: string;
  readonly hasQuestionToken?: boolean;
  readonly initializer?: string;
}

export interface ImportStructure {
  readonly kind: typeof StructureKind.ImportDeclaration;
  readonly moduleSpecifier: string;
  readonly isTypeOnly?: boolean;
  readonly defaultImport?: string;
  readonly namedImports?: readonly string[];
}

export interface ExportStructure {
  readonly kind: typeof StructureKind.ExportDeclaration;
  readonly moduleSpecifier?: string;
  readonly namedExports?: readonly string[];
}

interface Signature {
  readonly docs?: Docs;
  readonly typeParameters?: readonly TypeParameter[];
  readonly parameters?: readonly Parameter[];
  readonly returnType?: string;
}

export interface FunctionStructure extends Signature {
  readonly kind: typeof StructureKind.Function;
  readonly name: string;
  readonly isExported?: boolean;
  readonly overloads?: readonly Signature[];
  readonly statements?: string | readonly string[];
}

export interface InterfaceStructure {
  readonly kind: typeof StructureKind.Interface;
  readonly name: string;
  readonly isExported?: boolean;
  readonly docs?: Docs;
  readonly typeParameters?: readonly TypeParameter[];
  /** Interfaces it extends (`OrderConditionalFields`, `ParsedPegFields<D>`). */
  readonly extends?: readonly string[];
  readonly properties?: readonly {
    readonly name: string;
    readonly type: string;
    readonly hasQuestionToken?: boolean;
    readonly docs?: Docs;
  }[];
}

export interface TypeAliasStructure {
  readonly kind: typeof StructureKind.TypeAlias;
  readonly name: string;
  readonly type: string;
  readonly isExported?: boolean;
  readonly docs?: Docs;
  readonly typeParameters?: readonly TypeParameter[];
}

export interface VariableStructure {
  readonly kind: typeof StructureKind.VariableStatement;
  readonly declarationKind: (typeof VariableDeclarationKind)[keyof typeof VariableDeclarationKind];
  readonly declarations: readonly { name: string; type?: string; initializer: string }[];
  readonly isExported?: boolean;
  readonly docs?: Docs;
}

export type StatementStructures =
  | ImportStructure
  | ExportStructure
  | FunctionStructure
  | InterfaceStructure
  | TypeAliasStructure
  | VariableStructure;

const INDENT = '  ';

/** Indents every non-empty line of `text` by `depth` levels. */
export const indentText = (text: string, depth = 1): string =>
  text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : INDENT.repeat(depth) + line))
    .join('\n');

const quote = (text: string): string => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

function jsDoc(docs: Docs | undefined): string {
  if (!docs || docs.length === 0) return '';
  return docs
    .map((doc) => {
      const lines = doc.split('\n');
      if (lines.length === 1) return `/** ${doc} */\n`;
      return `/**\n${lines.map((line) => (line ? ` * ${line}` : ' *')).join('\n')}\n */\n`;
    })
    .join('');
}

const exported = (s: { isExported?: boolean }): string => (s.isExported ? 'export ' : '');

function typeParameters(params: readonly TypeParameter[] | undefined): string {
  if (!params || params.length === 0) return '';
  const each = params.map(
    (p) =>
      p.name +
      (p.constraint ? ` extends ${p.constraint}` : '') +
      (p.default ? ` = ${p.default}` : ''),
  );
  return `<${each.join(', ')}>`;
}

function signature(name: string, s: Signature): string {
  const params = (s.parameters ?? []).map(
    (p) =>
      `${p.name}${p.hasQuestionToken ? '?' : ''}${p.type ? `: ${p.type}` : ''}` +
      (p.initializer ? ` = ${p.initializer}` : ''),
  );
  return `function ${name}${typeParameters(s.typeParameters)}(${params.join(', ')})${
    s.returnType ? `: ${s.returnType}` : ''
  }`;
}

function printFunction(s: FunctionStructure): string {
  const overloads = (s.overloads ?? []).map(
    (o) => `${jsDoc(o.docs)}${exported(s)}${signature(s.name, o)};\n`,
  );
  const body = typeof s.statements === 'string' ? [s.statements] : (s.statements ?? []);
  const head = `${jsDoc(s.overloads?.length ? undefined : s.docs)}${exported(s)}${signature(s.name, s)}`;
  return `${overloads.join('')}${head} {\n${body.map((line) => indentText(line)).join('\n')}\n}\n`;
}

function printStatement(s: StatementStructures): string {
  switch (s.kind) {
    case 'import': {
      const named = s.namedImports ?? [];
      const clause = [
        ...(s.defaultImport ? [s.defaultImport] : []),
        ...(named.length > 0 ? [`{ ${named.join(', ')} }`] : []),
      ].join(', ');
      return `import ${s.isTypeOnly ? 'type ' : ''}${clause} from ${quote(s.moduleSpecifier)};\n`;
    }
    case 'export':
      if (s.namedExports) {
        const from = s.moduleSpecifier ? ` from ${quote(s.moduleSpecifier)}` : '';
        return `export { ${s.namedExports.join(', ')} }${from};\n`;
      }
      return `export * from ${quote(s.moduleSpecifier!)};\n`;
    case 'function':
      return printFunction(s);
    case 'interface': {
      const members = (s.properties ?? []).map(
        (p) => `${jsDoc(p.docs)}${p.name}${p.hasQuestionToken ? '?' : ''}: ${p.type};`,
      );
      const heritage = s.extends?.length ? ` extends ${s.extends.join(', ')}` : '';
      const head = `${jsDoc(s.docs)}${exported(s)}interface ${s.name}${typeParameters(s.typeParameters)}${heritage}`;
      return `${head} {\n${members.map((m) => indentText(m)).join('\n')}\n}\n`;
    }
    case 'type':
      return `${jsDoc(s.docs)}${exported(s)}type ${s.name}${typeParameters(s.typeParameters)} = ${s.type};\n`;
    case 'variable': {
      const declarations = s.declarations.map(
        (d) => `${d.name}${d.type ? `: ${d.type}` : ''} = ${d.initializer}`,
      );
      return `${jsDoc(s.docs)}${exported(s)}${s.declarationKind} ${declarations.join(', ')};\n`;
    }
  }
}

/**
 * One module's text: statements separated by a blank line, runs of imports and of re-exports
 * kept together. Strings are written as they are.
 */
export function printModule(statements: readonly (StatementStructures | string)[]): string {
  const parts: string[] = [];
  let previous: string | undefined;
  for (const statement of statements) {
    const text = typeof statement === 'string' ? `${statement}\n` : printStatement(statement);
    const kind = typeof statement === 'string' ? 'string' : statement.kind;
    const grouped = kind === previous && (kind === 'import' || kind === 'export');
    if (parts.length > 0 && !grouped) parts.push('\n');
    parts.push(text);
    previous = kind;
  }
  return parts.join('');
}
