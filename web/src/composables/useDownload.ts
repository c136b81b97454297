// A file the server makes (an export, a template): the button spins while it downloads, the
// browser saves it (under `filename` when given, else the server's name), and `success` is
// said after; a failure shows the server's message (never a 401's).
import { ref } from 'vue'
import { ElMessage } from 'element-plus'
import { saveDownload, type Download } from '@/api/client'
import { showApiError } from '@/api/errors'

export function useDownload() {
  const downloading = ref(false)

  async function download(
    fetchFile: () => Promise<Download>,
    opts: { filename?: string; success?: string } = {},
  ): Promise<void> {
    downloading.value = true
    try {
      const file = await fetchFile()
      saveDownload(opts.filename ? { ...file, filename: opts.filename } : file)
      if (opts.success) ElMessage.success(opts.success)
    } catch (e) {
      showApiError(e)
    } finally {
      downloading.value = false
    }
  }

  return { downloading, download }
}
