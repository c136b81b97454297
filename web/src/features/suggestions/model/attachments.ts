// Which files may be attached, and their sizes as people read them.

export const ATTACHMENT_TYPES = ['pdf', 'ofd', 'doc', 'docx', 'xls', 'xlsx', 'jpg', 'jpeg', 'png']
export const ATTACHMENT_ACCEPT = ATTACHMENT_TYPES.map((e) => `.${e}`).join(',')
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024

/** Why a file cannot be attached (`type`, `size`, `empty`), or null when it can. */
export function attachmentProblem(name: string, size: number): 'type' | 'size' | 'empty' | null {
  const ext = /\.([^.]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''
  if (!ATTACHMENT_TYPES.includes(ext)) return 'type'
  if (size === 0) return 'empty'
  if (size > ATTACHMENT_MAX_BYTES) return 'size'
  return null
}

/** 1536 → "1.5 KB". */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KB`
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '')} MB`
}
