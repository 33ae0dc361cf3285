// Every string of the import screen, in one place so an English version can follow.
export const IMPORT_TEXT = {
  title: '从表格导入',
  intro:
    '选择 Excel（.xlsx）或 CSV 文件，或直接从 Excel 复制粘贴。需要“目标”“月份”“数值”三列，可另有“累计总量”“备注”（留空则保留原有的）。先预览，确认后再导入；有问题的行不会导入，会列出原因。',
  noRight: '当前账号没有录入权限，请联系管理员分配负责的领域或单位。',
  unreadableFile: (name: string) => `无法读取文件“${name}”：请确认是 .xlsx 或 .csv 格式且没有加密（旧的 .xls 请先另存为 .xlsx）。`,
  back: '返回逐项录入',
  template: '下载模板（CSV）',
  file: '选择文件',
  paste: '或粘贴表格内容',
  read: '读取粘贴内容',
  unreadable: '以下行无法读取：',
  preview: '预览',
  previewing: '正在核对…',
  commit: (n: number) => `导入 ${n} 行`,
  committing: '正在导入…',
  nothingToImport: '没有需要导入的行。',
  done: (created: number, updated: number) => `导入完成：新建 ${created} 行，更新 ${updated} 行。每项修改都已记入修改记录，可撤销。`,
  refusedTitle: (n: number) => `${n} 行未导入，请改正后重新导入：`,
  downloadRefused: '下载未导入的行（CSV）',
  outcomes: { create: '新建', update: '更新', unchanged: '无变化', error: '不能导入' },
  columns: { line: '行号', target: '目标', month: '月份', value: '数值', outcome: '结果' },
  previewCounts: (c: Record<string, number>) =>
    `新建 ${c.create ?? 0} 行，更新 ${c.update ?? 0} 行，无变化 ${c.unchanged ?? 0} 行，不能导入 ${c.error ?? 0} 行`,
} as const
