#include "platform/tabular.hpp"

#include "base/text.hpp"

#include <minizip/unzip.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <pugixml.hpp>

namespace daibiao::platform {
namespace {

constexpr std::size_t kMaxRows = 100000;

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

void finish_table(std::vector<std::vector<std::string>> raw, std::vector<int> numbers, Table& t) {
  std::size_t first = 0;
  auto blank = [](const std::vector<std::string>& r) {
    for (const auto& c : r)
      if (c.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    return true;
  };
  while (first < raw.size() && blank(raw[first])) ++first;
  if (first == raw.size()) return;
  t.header = raw[first];
  for (auto& h : t.header) {
    const auto b = h.find_first_not_of(" \t\r\n"), e = h.find_last_not_of(" \t\r\n");
    h = b == std::string::npos ? "" : h.substr(b, e - b + 1);
  }
  for (std::size_t i = first + 1; i < raw.size(); ++i) {
    if (blank(raw[i])) continue;
    raw[i].resize(std::max(raw[i].size(), t.header.size()));
    t.rows.push_back(std::move(raw[i]));
    t.row_numbers.push_back(numbers[i]);
  }
}

Result<Table> read_csv(std::string_view bytes) {
  Table t;
  std::string text;
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (valid_utf8(bytes)) {
    text = std::string(bytes);
    t.encoding = "utf-8";
  } else {
    auto converted = gb18030_to_utf8(bytes);
    if (!converted) return std::unexpected(converted.error());
    text = std::move(*converted);
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
      if (rows.size() > kMaxRows)
        return fail(ErrorCode::invalid_argument, "文件行数超过 100000 行");
    } else {
      cell.push_back(c);
    }
  }
  if (quoted)
    return fail(ErrorCode::invalid_argument,
                "CSV 格式有误：第 " + std::to_string(row_start) + " 行的引号未闭合");
  if (!cell.empty() || !row.empty()) {
    row.push_back(std::move(cell));
    rows.push_back(std::move(row));
    numbers.push_back(row_start);
  }
  finish_table(std::move(rows), std::move(numbers), t);
  return t;
}

// Reads one zip entry into memory; empty optional when it does not exist.
std::optional<std::string> zip_entry(unzFile zip, const char* name) {
  if (unzLocateFile(zip, name, 0) != UNZ_OK) return std::nullopt;
  if (unzOpenCurrentFile(zip) != UNZ_OK) return std::nullopt;
  std::string out;
  char buf[65536];
  int n;
  while ((n = unzReadCurrentFile(zip, buf, sizeof buf)) > 0) {
    out.append(buf, static_cast<std::size_t>(n));
    if (out.size() > 200u * 1024 * 1024) break;  // a zip bomb stops here
  }
  unzCloseCurrentFile(zip);
  if (n < 0) return std::nullopt;
  return out;
}

int column_index(std::string_view ref) {  // "AB12" → 27
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return col - 1;
}

std::string all_text(const pugi::xml_node& node) {
  std::string out;
  for (auto t : node.select_nodes(".//*[local-name()='t']")) out += t.node().text().get();
  return out;
}

Result<Table> read_xlsx(std::string_view bytes) {
  char path[] = "/tmp/daibiao-import-XXXXXX";
  const int fd = ::mkstemp(path);
  if (fd < 0) return fail(ErrorCode::internal, "无法创建临时文件");
  {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  ::close(fd);
  unzFile zip = unzOpen(path);
  std::filesystem::remove(path);  // the open handle keeps the data readable
  if (!zip)
    return fail(ErrorCode::invalid_argument, "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式");
  std::vector<std::string> shared;
  if (auto xml = zip_entry(zip, "xl/sharedStrings.xml")) {
    pugi::xml_document doc;
    if (doc.load_buffer(xml->data(), xml->size()))
      for (auto si : doc.document_element().children("si")) shared.push_back(all_text(si));
  }
  auto sheet = zip_entry(zip, "xl/worksheets/sheet1.xml");
  unzClose(zip);
  if (!sheet) return fail(ErrorCode::invalid_argument, "Excel 文件中没有找到第一个工作表");
  pugi::xml_document doc;
  if (!doc.load_buffer(sheet->data(), sheet->size()))
    return fail(ErrorCode::invalid_argument, "Excel 工作表内容无法解析");
  std::vector<std::vector<std::string>> rows;
  std::vector<int> numbers;
  for (auto row : doc.document_element().child("sheetData").children("row")) {
    std::vector<std::string> cells;
    for (auto c : row.children("c")) {
      const int col = column_index(c.attribute("r").value());
      if (col < 0 || col > 200) continue;
      const std::string type = c.attribute("t").value();
      std::string value;
      if (type == "s") {
        const auto idx = static_cast<std::size_t>(c.child("v").text().as_ullong(~0ull));
        value = idx < shared.size() ? shared[idx] : "";
      } else if (type == "inlineStr") {
        value = all_text(c.child("is"));
      } else {
        value = c.child("v").text().get();
      }
      if (static_cast<int>(cells.size()) <= col) cells.resize(static_cast<std::size_t>(col) + 1);
      cells[static_cast<std::size_t>(col)] = std::move(value);
    }
    rows.push_back(std::move(cells));
    numbers.push_back(row.attribute("r").as_int(static_cast<int>(rows.size())));
    if (rows.size() > kMaxRows) return fail(ErrorCode::invalid_argument, "文件行数超过 100000 行");
  }
  Table t;
  t.encoding = "xlsx";
  finish_table(std::move(rows), std::move(numbers), t);
  return t;
}

}  // namespace

TableFormat sniff_format(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") ? TableFormat::xlsx : TableFormat::csv;
}

Result<Table> read_table(std::string_view bytes) {
  if (bytes.empty()) return fail(ErrorCode::invalid_argument, "文件为空");
  Result<Table> t = sniff_format(bytes) == TableFormat::xlsx ? read_xlsx(bytes) : read_csv(bytes);
  if (t && t->header.empty()) return fail(ErrorCode::invalid_argument, "文件中没有数据");
  return t;
}

std::string excel_serial_to_date(std::string_view serial) {
  double v = 0;
  auto [p, ec] = std::from_chars(serial.data(), serial.data() + serial.size(), v);
  if (ec != std::errc() || p != serial.data() + serial.size() || v < 1 || v > 80000) return {};
  using namespace std::chrono;
  // Serial 25569 is 1970-01-01 (Excel counts a non-existent 1900-02-29, hence the base).
  const sys_days day = sys_days(year(1970) / 1 / 1) + days(static_cast<int>(v) - 25569);
  const year_month_day ymd(day);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

}  // namespace daibiao::platform
