import { documentLanguage, keepLastTwo, type BlockOrigin, type DisplayBlock, type RenderedDocument } from '../document/blocks'
import { safeFileName } from '../document/fileName'
import { runsOf } from '../document/placeholder'
import { oneLine } from '../document/text'
import { formatDateLong } from '../format'
import type { Maalform } from '../maalform'
import { caseArchiveProperties } from '../saksframlegg/archiveProperties'
import { headerGap } from '../saksframlegg/headerGaps'
import { chiefDefinite } from '../saksframlegg/text'
import type { CostCell, TilknytingCase } from './model'
import { anyOre, bracketKept, cellText, kroner, oldPriceYear, sumsOffByRounding } from './phrase'
import { tilknytingNb } from './text.nb'
import { tilknytingNn } from './text.nn'
import type { TilknytingText } from './textTypes'

/** The parts of the adoption case, so a preview can tell what a block shows. */
export type TilknytingPart = 'header' | 'saksgang' | 'title' | 'vedlegg' | 'subject' | 'background' | 'assessment' | 'economy' | 'innstilling'

type Block = DisplayBlock<TilknytingPart>

const TEXTS: Record<Maalform, TilknytingText> = { nn: tilknytingNn, nb: tilknytingNb }

/** Headings in capitals, as the DigiFin saksframlegg writes them. */
const upper = (text: string): string => text.toLocaleUpperCase('nb-NO')

function label(text: string, part: TilknytingPart): Block {
  return { type: 'paragraph', role: 'label', runs: [{ text, bold: true }], origin: { part } }
}

/** The committees the case goes through, with empty møtedato and saksnr. for the secretariat to fill in. */
const committees = (c: TilknytingCase, text: TilknytingText): string[] => [...(c.preparedByExecutive ? [text.executive(c.contributorKind)] : []), c.utval]

function saksgang(c: TilknytingCase, text: TilknytingText): Block[] {
  const rows = committees(c, text).map((utval) => [oneLine(utval), '', ''])
  return [
    label(text.labels.saksgang, 'saksgang'),
    {
      type: 'table',
      columns: [
        { label: text.labels.utval, weight: 2 },
        { label: text.labels.moetedato, weight: 1 },
        { label: text.labels.saksnr, weight: 1 }
      ],
      rows,
      origin: { part: 'saksgang' }
    }
  ]
}

/** The KS price page the costs are reckoned from, as the case's one vedlegg, under «Vedlegg» as the DigiFin case heads its list (set 7, C9). */
function vedlegg(c: TilknytingCase, text: TilknytingText): Block[] {
  // The catalogue's «KS, «title»» (read after «Kjelde:») as the DigiFin case lists a vedlegg: «KS: «title»».
  // A web address closing it goes on a line of its own, so it is never broken at a hyphen (set 12, D25).
  const source = oneLine(c.price?.source ?? '')
    .replace(/^([^,«:]+), «/, '$1: «')
    .replace(/ \(([^\s()]+\.[a-z]{2,}\/[^\s()]*)\)$/, '\n$1')
  return source ? [label(text.labels.vedlegg, 'vedlegg'), { type: 'list', ordered: true, items: [source], origin: { part: 'vedlegg' } }] : []
}

function heading(text: string, part: TilknytingPart): Block {
  return { type: 'heading', level: 2, text: upper(text), origin: { part } }
}

function paragraphs(texts: readonly string[], origin: BlockOrigin<TilknytingPart>, keep = false): Block[] {
  return texts
    .map(oneLine)
    .filter((text) => text !== '')
    .map((text) => ({ type: 'paragraph', role: 'body', runs: runsOf(text), ...(keep ? { keep } : {}), origin }))
}

/** The four years' costs as a table: connection, running and the sum, each year a column, then the period. */
function costTable(c: TilknytingCase, text: TilknytingText): Block {
  const cell = (value: CostCell): string => cellText(value, text.gaps)
  const sum = (total: { amount: string }): string => kroner(total.amount)
  return {
    type: 'table',
    // The first column is wide enough for "Tilknytning" and "Sum kjent" on one line (set 4, C28); the sum row is bold.
    totalRow: true,
    columns: [
      // The year columns are wide enough for «ikkje kjent», the longest cell (set 5's 09).
      { label: text.labels.item, weight: 3.4 },
      ...c.years.map((y) => ({ label: String(y), weight: 2.2, align: 'right' as const })),
      { label: text.labels.sum, weight: 2.2, align: 'right' as const }
    ],
    rows: [
      [text.labels.connection, ...c.plan.map((p) => cell(p.connection)), cell(c.rowTotals.connection)],
      [text.labels.running, ...c.plan.map((p) => cell(p.running)), cell(c.rowTotals.running)],
      [c.total.incomplete ? text.labels.knownSum : text.labels.sum, ...c.totals.map(sum), sum(c.total)]
    ],
    origin: { part: 'economy' }
  }
}

/** Whether the table rounds an amount to whole kroner. */
function rounded(c: TilknytingCase): boolean {
  const cells = [...c.plan.flatMap((p) => [p.connection, p.running]), c.rowTotals.connection, c.rowTotals.running]
  return anyOre([...cells.flatMap((cell) => (cell.kind === 'amount' ? [cell.amount] : [])), ...c.totals.map((t) => t.amount)])
}

/** The adoption case as display blocks, wholly in the målform asked for. */
export function renderTilknyting(c: TilknytingCase, maalform: Maalform): RenderedDocument<TilknytingPart> {
  const text = TEXTS[maalform]
  const chief = chiefDefinite(c.chiefTitle)
  const header: BlockOrigin<TilknytingPart> = { part: 'header' }
  const title = text.title(oneLine(c.solution.name))
  const background = text.background(c)
  const old = oldPriceYear(c)
  return {
    blocks: [
      { type: 'paragraph', role: 'organisation', runs: [{ text: oneLine(c.organisation), bold: true }], origin: header },
      { type: 'paragraph', role: 'documentKind', runs: [{ text: text.documentKind, bold: true }], origin: header },
      {
        type: 'fields',
        rows: [
          { label: text.labels.sakshandsamar, value: oneLine(c.sakshandsamar) || headerGap('sakshandsamar', maalform) },
          { label: text.labels.arkivsak, value: oneLine(c.arkivsak) || headerGap('arkivsak', maalform) },
          { label: text.labels.arkivkode, value: oneLine(c.arkivkode) || headerGap('arkivkode', maalform) },
          { label: text.labels.date, value: c.date ? formatDateLong(c.date) : headerGap('date', maalform) }
        ],
        origin: header
      },
      ...saksgang(c, text),
      { type: 'heading', level: 1, text: bracketKept(title), origin: { part: 'title' } },
      ...vedlegg(c, text),
      heading(text.headings.subject, 'subject'),
      ...paragraphs([text.subject(c)], { part: 'subject' }),
      heading(text.headings.background, 'background'),
      ...paragraphs([background.intro], { part: 'background' }),
      ...paragraphs(background.after, { part: 'background' }),
      heading(text.headings.assessment, 'assessment'),
      // The conclusion stays with the paragraph it concludes (set 10, D26).
      ...keepLastTwo(paragraphs(text.assessment(c, chief), { part: 'assessment' })),
      heading(text.headings.economy, 'economy'),
      ...paragraphs([...text.economy(c), ...(old === undefined ? [] : [text.oldPrices(old, c)])], { part: 'economy' }),
      // The period's total first, then the table by year, so no paragraph sits tight under the table.
      ...paragraphs(text.totals(c), { part: 'economy' }),
      ...paragraphs([text.tableIntro(c, rounded(c), sumsOffByRounding(c))], { part: 'economy' }),
      costTable(c, text),
      heading(text.innstillingHeading(chief), 'innstilling'),
      // The part the council adopts: kept whole and on one page with its heading.
      ...paragraphs([text.innstilling(c, chief)], { part: 'innstilling' }, true)
    ],
    meta: {
      title,
      subject: `${text.documentKind.charAt(0)}${text.documentKind.slice(1).toLowerCase()}: ${title}`,
      author: oneLine(c.sakshandsamar) || oneLine(c.organisation),
      language: documentLanguage(maalform),
      // The same archive properties as the DigiFin case (mappeID, klasseID, saksgang), so the archive reads both alike (set 7, D5).
      properties: caseArchiveProperties({
        arkivsak: c.arkivsak,
        arkivkode: c.arkivkode,
        sakshandsamar: c.sakshandsamar,
        saksgang: committees(c, text).map((utval) => ({ utval, moetedato: '', saksnr: '' }))
      }),
      footer: text.footer
    }
  }
}

/** "Tilknyting til fellesløysinga Digiorden Tysnes kommune.docx": safe on Windows, macOS and Linux. */
export function tilknytingFileName(c: TilknytingCase, maalform: Maalform): string {
  const title = TEXTS[maalform].title(c.solution.name)
  return safeFileName(`${title} ${c.organisation}`, 'docx', 'Saksframlegg')
}
