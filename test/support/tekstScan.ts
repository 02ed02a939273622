import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

/**
 * Finds the texts that code writes in both målformer without a dictionary, by reading the source
 * rather than running it: a message built inside an error path would otherwise be checked only if
 * some test happened to reach that path. Three shapes count as a pair of texts:
 *  - an object literal with `nn` and `nb` properties (a `Tekst`),
 *  - a conditional on the målform: `m === 'nn' ? … : …`, or on a variable named `nn`,
 *  - a call to a function of the same file whose parameters are named `nn` and `nb`.
 * A template's `${…}` becomes "…", so the words around it stay apart.
 */

export interface TekstPair {
  where: string
  nn: string
  nb: string
}

export interface LooseText {
  where: string
  text: string
}

export interface ScanResult {
  pairs: TekstPair[]
  /** Prose outside any pair: text that would reach the user in one målform only. */
  loose: LooseText[]
  /** Conditionals that mention a målform in a shape the scan cannot read. */
  unreadable: LooseText[]
}

const GAP = ' … '

/** The literal text of an expression: its string and template parts, in order. */
function textOf(node: ts.Node): string {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) {
    return node.head.text + node.templateSpans.map((span) => GAP + textOf(span.expression) + GAP + span.literal.text).join('')
  }
  const parts: string[] = []
  node.forEachChild((child) => {
    const text = textOf(child)
    if (text !== '') parts.push(text)
  })
  return parts.join(ts.isArrayLiteralExpression(node) ? '\n' : GAP)
}

/** A literal's own words: a template without what its `${…}` parts put in (they are read on their own). */
function ownText(node: ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression): string {
  if (!ts.isTemplateExpression(node)) return node.text
  return node.head.text + node.templateSpans.map((span) => GAP + span.literal.text).join('')
}

function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  if (!ts.isPropertyAssignment(property)) return undefined
  const name = property.name
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined
}

function maalformLiteral(node: ts.Expression): 'nn' | 'nb' | undefined {
  return ts.isStringLiteral(node) && (node.text === 'nn' || node.text === 'nb') ? node.text : undefined
}

/** Which målform a condition is true for; 'unreadable' if it mentions one in another shape. */
function conditionMaalform(condition: ts.Expression): 'nn' | 'nb' | 'unreadable' | undefined {
  const inner = ts.isParenthesizedExpression(condition) ? condition.expression : condition
  if (ts.isIdentifier(inner) && (inner.text === 'nn' || inner.text === 'nb')) return inner.text
  if (ts.isBinaryExpression(inner)) {
    const literal = maalformLiteral(inner.right) ?? maalformLiteral(inner.left)
    const op = inner.operatorToken.kind
    if (literal && op === ts.SyntaxKind.EqualsEqualsEqualsToken) return literal
    if (literal && op === ts.SyntaxKind.ExclamationEqualsEqualsToken) return literal === 'nn' ? 'nb' : 'nn'
  }
  return /'n[nb]'|\bn[nb]\b/.test(inner.getText()) ? 'unreadable' : undefined
}

/** Prose: at least two words of letters, so flag names, keys and single labels are not counted. */
function isProse(text: string): boolean {
  return (text.match(/\p{L}{2,}/gu) ?? []).length >= 2 && /\p{L}\s+\p{L}/u.test(text)
}

function isIgnoredLiteralPlace(node: ts.Node): boolean {
  const parent = node.parent
  return (
    ts.isImportDeclaration(parent) ||
    ts.isExportDeclaration(parent) ||
    ts.isExternalModuleReference(parent) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'import')
  )
}

/** Scans one source file. `checkLoose` asks also for prose outside a pair. */
export function scanSource(fileName: string, source: string, checkLoose: boolean): ScanResult {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true)
  const result: ScanResult = { pairs: [], loose: [], unreadable: [] }
  const inPair = new Set<ts.Node>()
  const where = (node: ts.Node): string => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`
  const pair = (at: ts.Node, nn: ts.Node, nb: ts.Node): void => {
    inPair.add(nn)
    inPair.add(nb)
    result.pairs.push({ where: where(at), nn: textOf(nn), nb: textOf(nb) })
  }

  // Functions taking (…, nn, …, nb, …): their calls are pairs at those argument places.
  const pairFunctions = new Map<string, [number, number]>()
  const findPairFunctions = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name) {
      const names = node.parameters.map((p) => (ts.isIdentifier(p.name) ? p.name.text : ''))
      if (names.includes('nn') && names.includes('nb')) pairFunctions.set(node.name.text, [names.indexOf('nn'), names.indexOf('nb')])
    }
    node.forEachChild(findPairFunctions)
  }
  findPairFunctions(file)

  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const nn = node.properties.find((p) => propertyName(p) === 'nn')
      const nb = node.properties.find((p) => propertyName(p) === 'nb')
      if (nn && nb && ts.isPropertyAssignment(nn) && ts.isPropertyAssignment(nb)) pair(node, nn.initializer, nb.initializer)
    } else if (ts.isConditionalExpression(node)) {
      const form = conditionMaalform(node.condition)
      if (form === 'nn') pair(node, node.whenTrue, node.whenFalse)
      else if (form === 'nb') pair(node, node.whenFalse, node.whenTrue)
      else if (form === 'unreadable' && (isProse(textOf(node.whenTrue)) || isProse(textOf(node.whenFalse))))
        result.unreadable.push({ where: where(node), text: node.getText() })
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const places = pairFunctions.get(node.expression.text)
      const nn = places && node.arguments[places[0]]
      const nb = places && node.arguments[places[1]]
      if (nn && nb) pair(node, nn, nb)
    }
    node.forEachChild(visit)
  }
  visit(file)

  if (checkLoose) {
    const findLoose = (node: ts.Node): void => {
      if (inPair.has(node)) return
      const literal = ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)
      if (literal && !isIgnoredLiteralPlace(node) && isProse(ownText(node))) result.loose.push({ where: where(node), text: ownText(node) })
      node.forEachChild(findLoose)
    }
    // Comments are not nodes, so only code is read.
    findLoose(file)
  }
  return result
}

function sourceFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return /\.tsx?$/.test(path) ? [path] : []
  return readdirSync(path)
    .sort()
    .flatMap((name) => sourceFiles(join(path, name)))
}

/** Scans every .ts/.tsx file under `paths` (files or folders), named relative to `root`. */
export function scanFiles(root: string, paths: readonly string[], checkLoose: boolean): ScanResult {
  const all: ScanResult = { pairs: [], loose: [], unreadable: [] }
  for (const path of paths.flatMap((p) => sourceFiles(join(root, p)))) {
    const one = scanSource(relative(root, path), readFileSync(path, 'utf8'), checkLoose)
    all.pairs.push(...one.pairs)
    all.loose.push(...one.loose)
    all.unreadable.push(...one.unreadable)
  }
  return all
}
