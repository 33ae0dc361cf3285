import { describe, expect, it } from 'vitest'
import { loadCatalog } from '../../../src/catalog/catalog'
import { type Cell, parseMonthCell, parseSheet } from '../../../src/features/import/parse-sheet'
import { decodeText, parseDelimited } from '../../../src/features/import/read-sheet'

const catalog = loadCatalog(2025)

describe('reading a spreadsheet of figures', () => {
  it.each([
    ['2025-10', '2025-10'],
    ['2025-3', '2025-03'],
    ['2025年10月', '2025-10'],
    ['2025/09', '2025-09'],
    ['2025.1', '2025-01'],
    ['10月', '2025-10'],
    [new Date(Date.UTC(2025, 5, 1)), '2025-06'],
    ['1-10月', '2025-10'],
    ['2025年1-10月', '2025-10'],
    ['10月份', '2025-10'],
    ['2025-10-31', '2025-10'],
    ['2025/10/1', '2025-10'],
    [2025.1, undefined],
    [10, undefined],
    ['2025-13', undefined],
    ['十月', undefined],
    ['', undefined],
  ] as [Cell, string | undefined][])('month %j → %s', (cell, expected) => expect(parseMonthCell(cell, 2025)).toBe(expected))

  it('finds the header below a title, maps names and ids, and skips blank lines', () => {
    const cells: Cell[][] = [
      ['晋中市2025年10月数据报送表'],
      ['目标', '月份', '数值', '累计总量', '备注'],
      ['城镇新增就业', '2025年10月', '2.9', '', '人社局'],
      [],
      ['fixed-asset-investment', '10月', 5.8, '612.3', ''],
    ]
    expect(parseSheet(cells, catalog, 2025)).toEqual({
      rows: [
        { line: 3, targetId: 'urban-jobs', month: '2025-10', value: 2.9, note: '人社局' },
        { line: 5, targetId: 'fixed-asset-investment', month: '2025-10', value: 5.8, ytdAmount: 612.3 },
      ],
      columns: { target: 0, month: 1, value: 2, ytdAmount: 3, note: 4 },
      problems: [],
    })
  })

  it.each([
    [['不存在的指标', '2025-10', '1'], '第2行：找不到目标“不存在的指标”（请用看板上的目标名称）'],
    [['城镇新增就业', '下月', '1'], '第2行：看不懂月份“下月”（如 2025-10 或 2025年10月）'],
    [['城镇新增就业', '2025-10', ''], '第2行：缺少数值'],
    [['城镇新增就业', '2025-10', '2.9万'], '第2行：数值“2.9万”不是数字'],
  ] as [Cell[], string][])('reports a line it cannot read: %j', (row, message) => {
    expect(parseSheet([['目标', '月份', '数值'], row], catalog, 2025)).toEqual({
      rows: [],
      columns: { target: 0, month: 1, value: 2 },
      problems: [{ line: 2, message }],
    })
  })

  it('reads headers that carry their unit', () => {
    const { rows } = parseSheet(
      [
        ['目标', '月份', '数值（万人）'],
        ['城镇新增就业', '2025-10', '2.9'],
      ],
      catalog,
      2025,
    )
    expect(rows).toEqual([{ line: 2, targetId: 'urban-jobs', month: '2025-10', value: 2.9 }])
  })

  it.each([
    [0.052, '第2行：数值 0.052 像是设为百分比格式的单元格（显示为 5.2%），请把单元格改为数字 5.2 后重新导入'],
    [5.2, undefined],
    ['0.5', undefined],
  ] as [Cell, string | undefined][])('a growth cell %j from Excel: %s', (cell, message) => {
    const parsed = parseSheet(
      [
        ['目标', '月份', '数值'],
        ['地区生产总值', '2025-09', cell],
      ],
      catalog,
      2025,
    )
    expect(parsed.problems[0]?.message).toBe(message)
  })

  it('says what header it needs when there is none', () => {
    expect(parseSheet([['名称', '值']], catalog, 2025).problems[0]?.message).toContain('找不到表头')
  })

  it.each([
    [
      '目标,月份,数值\r\n城镇新增就业,2025-10,2.9\r\n',
      [
        ['目标', '月份', '数值'],
        ['城镇新增就业', '2025-10', '2.9'],
      ],
    ],
    [
      '\uFEFF"目标","备注"\n"造林","含""逗号"",与\n换行"',
      [
        ['目标', '备注'],
        ['造林', '含"逗号",与\n换行'],
      ],
    ],
    [
      '目标\t月份\t数值\n造林\t2025-10\t1,234.5',
      [
        ['目标', '月份', '数值'],
        ['造林', '2025-10', '1,234.5'],
      ],
    ],
    ['表一\n目标\t数值\n造林\t3', [['表一'], ['目标', '数值'], ['造林', '3']]],
  ])('parses delimited text %#', (input, expected) => expect(parseDelimited(input)).toEqual(expected))

  it('decodes a CSV saved by Excel on Chinese Windows (GB18030) as well as UTF-8', () => {
    const gbk = new Uint8Array([0xc4, 0xbf, 0xb1, 0xea]) // "目标" in GBK
    expect(decodeText(gbk.buffer)).toBe('目标')
    expect(decodeText(new TextEncoder().encode('目标').buffer as ArrayBuffer)).toBe('目标')
  })
})
