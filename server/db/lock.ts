import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite has no lock of its own, and two processes on one data directory corrupt it. The lock
 * file holds the owner's pid; a lock left by a process that died (SIGKILL, power loss) is taken over.
 */
export function lockDataDir(dataDir: string): () => void {
  const path = join(dataDir, 'server.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(path, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(path, 'utf8'))
      // An empty file (killed between create and write) holds no owner: 0 would mean our own process group.
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new Error(
          `数据目录 ${dataDir} 已被另一个服务进程 (pid ${owner}) 使用。嵌入式数据库只允许一个进程打开；请先停止它，或用 DATA_DIR 指定另一个目录。`,
        )
      }
      rmSync(path, { force: true })
    }
  }
  throw new Error(`无法锁定数据目录 ${dataDir}`)
}
