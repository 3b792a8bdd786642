// Finds user-visible text written straight into JSX instead of the message files: the check that keeps every
// screen translatable (Russian and Kazakh users would otherwise meet English left in). Pure: it reads source text.
import ts from 'typescript';

export interface LiteralString {
  line: number;
  /** Where the text stands: JSX text, a user-visible attribute, or a string placed as a JSX child. */
  where: 'text' | `attribute ${string}` | 'child';
  text: string;
}

/** Attributes a user reads or a screen reader speaks. */
const VISIBLE_ATTRIBUTES = /^(aria-(label|description|valuetext|roledescription|placeholder)|title|placeholder|alt|label|summary|caption|heading|description|emptyText|emptyMessage|confirmLabel|cancelLabel|submitLabel)$/;

/** Words are what needs translating; punctuation, symbols, numbers and entities ("+&nbsp;", "·", "12") are not. */
function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replace(/&[a-z]+;/gi, ''));
}

/** Every literal, user-visible string in a .tsx file's JSX. */
export function literalStrings(source: string, fileName = 'file.tsx'): LiteralString[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: LiteralString[] = [];
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) {
      const text = node.getText(file).trim();
      if (hasWords(text)) found.push({ line: lineOf(node), where: 'text', text });
    } else if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.test(node.name.getText(file))) {
      const value = node.initializer;
      const literal = value && ts.isJsxExpression(value) ? value.expression : value;
      if (literal && (ts.isStringLiteral(literal) || ts.isNoSubstitutionTemplateLiteral(literal)) && hasWords(literal.text)) {
        found.push({ line: lineOf(node), where: `attribute ${node.name.getText(file)}`, text: literal.text });
      }
    } else if (ts.isJsxExpression(node) && !ts.isJsxAttribute(node.parent) && node.expression) {
      const expression = node.expression;
      if ((ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) && hasWords(expression.text)) {
        found.push({ line: lineOf(node), where: 'child', text: expression.text });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
