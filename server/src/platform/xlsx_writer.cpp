#include "platform/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace daibiao::platform {

std::string neutralise_formula(const std::string& value) {
  if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@' ||
                         value[0] == '\t' || value[0] == '\r'))
    return "'" + value;
  return value;
}

Result<std::string> write_xlsx(const std::vector<Sheet>& sheets) {
  // libxlsxwriter 1.1.4 writes to a file only: a private temporary file, read back.
  char path[] = "/tmp/daibiao-xlsx-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return fail(ErrorCode::internal, "无法创建临时文件");
  ::close(fd);
  lxw_workbook* wb = workbook_new(path);
  if (!wb) {
    std::filesystem::remove(path);
    return fail(ErrorCode::internal, "无法创建 Excel 文件");
  }
  lxw_format* bold = workbook_add_format(wb);
  format_set_bold(bold);
  format_set_bg_color(bold, 0xDDEBF7);
  lxw_format* text = workbook_add_format(wb);
  format_set_num_format(text, "@");  // text cells: no number or date reinterpretation
  for (const Sheet& s : sheets) {
    lxw_worksheet* ws = workbook_add_worksheet(wb, s.name.c_str());
    for (std::size_t c = 0; c < s.header.size(); ++c) {
      const double width = c < s.widths.size() ? s.widths[c] : 14.0;
      worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, text);
      worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), s.header[c].c_str(), bold);
    }
    worksheet_freeze_panes(ws, 1, 0);
    for (std::size_t r = 0; r < s.rows.size(); ++r)
      for (std::size_t c = 0; c < s.rows[r].size(); ++c)
        worksheet_write_string(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c),
                               neutralise_formula(s.rows[r][c]).c_str(), text);
  }
  const lxw_error err = workbook_close(wb);
  if (err != LXW_NO_ERROR) {
    std::filesystem::remove(path);
    return fail(ErrorCode::internal, "写入 Excel 文件失败", lxw_strerror(err));
  }
  std::ifstream in(path, std::ios::binary);
  std::stringstream buf;
  buf << in.rdbuf();
  std::filesystem::remove(path);
  return buf.str();
}

}  // namespace daibiao::platform
