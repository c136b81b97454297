// The server's password policy (api/openapi.yaml, POST /auth/password and /users):
// at least 10 characters of at least three classes, not containing the username.
export interface PasswordCheck {
  length: boolean
  classes: boolean
  noUsername: boolean
}

export function checkPassword(password: string, username = ''): PasswordCheck {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/].filter((re) => re.test(password)).length
  return {
    length: [...password].length >= 10,
    classes: classes >= 3,
    noUsername: !username || !password.toLowerCase().includes(username.toLowerCase()),
  }
}

export function passwordOk(password: string, username = ''): boolean {
  const c = checkPassword(password, username)
  return c.length && c.classes && c.noUsername
}

/** A random 14-character password that meets the policy (for resets by an administrator). */
export function generatePassword(): string {
  const sets = ['abcdefghijkmnpqrstuvwxyz', 'ABCDEFGHJKLMNPQRSTUVWXYZ', '23456789', '-_#@%+=']
  const all = sets.join('')
  const rnd = (n: number) => {
    const a = new Uint32Array(1)
    crypto.getRandomValues(a)
    return a[0] % n
  }
  const chars = sets.map((s) => s[rnd(s.length)])
  while (chars.length < 14) chars.push(all[rnd(all.length)])
  for (let i = chars.length - 1; i > 0; i--) {
    const j = rnd(i + 1)
    ;[chars[i], chars[j]] = [chars[j], chars[i]]
  }
  return chars.join('')
}
