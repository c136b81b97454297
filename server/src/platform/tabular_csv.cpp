// .csv uploads: RFC 4180, UTF-8 with or without BOM, or GBK/GB18030 as Excel saves it on
// Chinese Windows.
#include <unicode/ucnv.h>

#include <string>
#include <vector>

#include "base/text.hpp"
#include "platform/tabular_parts.hpp"

namespace daibiao::platform::tabular_parts {
namespace {

Result<std::string> gb18030_to_utf8(std::string_view in) {
  UErrorCode status = U_ZERO_ERROR;
  std::string out(in.size() * 2 + 16, '\0');
  const int32_t n = ucnv_convert("UTF-8", "GB18030", out.data(), static_cast<int32_t>(out.size()),
                                 in.data(), static_cast<int32_t>(in.size()), &status);
  if (U_FAILURE(status))
    return fail(ErrorCode::invalid_argument, "无法识别文件编码：请保存为 UTF-8 或 GBK 编码的 CSV");
  out.resize(n);
  return out;
}

}  // namespace

Result<Table> read_csv(std::string_view bytes, const TableLimits& limits) {
  Table t;
  std::string text;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (valid_utf8(bytes)) {
    text = std::string(bytes);
    t.encoding = "utf-8";
  } else {
    DAIBIAO_TRY(text, gb18030_to_utf8(bytes));
    t.encoding = "gb18030";
  }
  std::vector<std::vector<std::string>> rows;
  std::vector<int> numbers;
  std::vector<std::string> row;
  std::string cell;
  bool quoted = false;
  int line = 1, row_start = 1;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (cell.size() > limits.max_cell_bytes) return too_long_cell(limits);  // as for .xlsx
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"')
        cell.push_back('"'), ++i;
      else if (c == '"')
        quoted = false;
      else {
        if (c == '\n') ++line;
        cell.push_back(c);
      }
    } else if (c == '"' && cell.empty()) {
      quoted = true;
    } else if (c == ',') {
      row.push_back(std::move(cell));
      cell.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      row.push_back(std::move(cell));
      cell.clear();
      rows.push_back(std::move(row));
      numbers.push_back(row_start);
      row.clear();
      row_start = ++line;
      if (rows.size() > limits.max_rows) return too_many_rows(limits);
    } else {
      cell.push_back(c);
    }
  }
  if (cell.size() > limits.max_cell_bytes) return too_long_cell(limits);
  if (quoted)
    return fail(ErrorCode::invalid_argument,
                "CSV 格式有误：第 " + std::to_string(row_start) + " 行的引号未闭合");
  if (!cell.empty() || !row.empty()) {
    row.push_back(std::move(cell));
    rows.push_back(std::move(row));
    numbers.push_back(row_start);
  }
  if (auto st = finish_table(std::move(rows), std::move(numbers), t, limits); !st)
    return std::unexpected(st.error());
  return t;
}

}  // namespace daibiao::platform::tabular_parts
