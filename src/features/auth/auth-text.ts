// Every string of the sign-in screen, in one place so an English version can follow.
export const AUTH_TEXT = {
  title: '登录',
  intro: '录入和修改数据需要登录。查看看板无需登录。',
  username: '用户名',
  password: '密码',
  submit: '登录',
  submitting: '正在登录…',
  account: '我的账号',
  roles: { viewer: '只读', editor: '录入员', admin: '管理员' },
  whoAmI: (name: string, role: string, scope: string[]) => `${name} · ${role}${scope.length > 0 ? ` · 负责：${scope.join('、')}` : ''}`,
  changePassword: '修改密码',
  changingPassword: '正在修改…',
  currentPassword: '当前密码',
  newPassword: '新密码（至少 8 个字符）',
  repeatPassword: '再次输入新密码',
  mismatch: '两次输入的新密码不一致',
  changed: '密码已修改。其他设备上的登录已失效。',
} as const
