#include "platform/tabular.hpp"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "platform/tabular_parts.hpp"

namespace daibiao::platform {
namespace tabular_parts {

std::unexpected<Error> refuse(std::string message) {
  return fail(ErrorCode::invalid_argument, std::move(message));
}

std::string size_text(std::uint64_t bytes) {
  if (bytes >= 1024 * 1024) return std::to_string(bytes / (1024 * 1024)) + " MB";
  if (bytes >= 1024) return std::to_string(bytes / 1024) + " KB";
  return std::to_string(bytes) + " 字节";
}

std::unexpected<Error> too_many_rows(const TableLimits& limits) {
  const std::string n = std::to_string(limits.max_rows);
  return refuse("文件行数超过 " + n + " 行：每次最多导入 " + n + " 行，请拆分后再导入");
}

std::unexpected<Error> too_big_unpacked(const TableLimits& limits) {
  return refuse("文件解压后过大（超过 " + size_text(limits.max_inflated_bytes) +
                "），请拆分后再导入");
}

std::unexpected<Error> too_big_table(const TableLimits& limits) {
  return refuse("文件内容过多（整理后超过 " + size_text(limits.max_table_bytes) +
                "），请拆分后再导入");
}

std::unexpected<Error> too_long_cell(const TableLimits& limits) {
  return refuse("有单元格内容过长（超过 " + size_text(limits.max_cell_bytes) +
                "），请检查文件后再导入");
}

std::uint64_t heap_bytes(const std::string& s) { return s.size() > 15 ? s.size() + 1 : 0; }

Status finish_table(std::vector<std::vector<std::string>> raw, std::vector<int> numbers, Table& t,
                    const TableLimits& limits) {
  std::size_t first = 0;
  auto blank = [](const std::vector<std::string>& r) {
    for (const auto& c : r)
      if (c.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    return true;
  };
  while (first < raw.size() && blank(raw[first])) ++first;
  if (first == raw.size()) return {};
  // Every row is padded to the header's width: a wide header over many short rows would
  // multiply memory, so the padded size is counted before anything is padded.
  const std::size_t width = raw[first].size();
  std::uint64_t bytes = 0;
  for (std::size_t i = first; i < raw.size(); ++i) {
    if (i > first && blank(raw[i])) continue;
    bytes += sizeof(raw[i]) + std::max(raw[i].size(), width) * sizeof(std::string);
    for (const auto& c : raw[i]) bytes += heap_bytes(c);
    if (bytes > limits.max_table_bytes) return too_big_table(limits);
  }
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
  return {};
}

}  // namespace tabular_parts

namespace {
using tabular_parts::read_csv;
using tabular_parts::read_xlsx;

std::atomic<int> g_reads{0};

}  // namespace

Result<ReadSlot> ReadSlot::acquire() {
  if (g_reads.fetch_add(1) >= kMaxConcurrentReads) {
    g_reads.fetch_sub(1);
    return fail(ErrorCode::too_many_requests, "已有 " + std::to_string(kMaxConcurrentReads) +
                                                  " 个文件正在导入或检查，请稍后再试");
  }
  return ReadSlot();
}

ReadSlot::~ReadSlot() {
  if (held_) g_reads.fetch_sub(1);
}

TableFormat sniff_format(std::string_view bytes) {
  return bytes.starts_with("PK\x03\x04") ? TableFormat::xlsx : TableFormat::csv;
}

Result<Table> read_table(std::string_view bytes, const TableLimits& limits) {
  if (bytes.empty()) return fail(ErrorCode::invalid_argument, "文件为空");
  Result<Table> t =
      sniff_format(bytes) == TableFormat::xlsx ? read_xlsx(bytes, limits) : read_csv(bytes, limits);
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
