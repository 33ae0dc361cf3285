import { Link } from 'react-router'

export function NotFoundPage() {
  return (
    <div className="py-24 text-center">
      <h1 className="font-bold text-2xl">页面不存在</h1>
      <p className="mt-2 text-slate-600">地址可能有误，或该页面已移动。</p>
      <Link to="/" className="mt-6 inline-block rounded-md bg-slate-900 px-4 py-2 text-white">
        返回总览
      </Link>
    </div>
  )
}
