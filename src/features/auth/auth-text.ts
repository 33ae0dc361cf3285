// Every string of the sign-in screen, in one place so an English version can follow.
export const AUTH_TEXT = {
  title: '登录',
  intro: '录入和修改数据需要登录。查看看板无需登录。',
  username: '用户名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
} as const
