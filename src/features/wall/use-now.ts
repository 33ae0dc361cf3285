import { useEffect, useState } from 'react'

/** The current time, refreshed every `every` ms; only the component that asks re-renders. */
export function useNow(every: number): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), every)
    return () => clearInterval(timer)
  }, [every])
  return now
}
