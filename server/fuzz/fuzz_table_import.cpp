// Spreadsheet import (platform::read_table): .xlsx (zip + sheet XML) and .csv (UTF-8 or
// GB18030), the bytes a clerk uploads to import deputies. Each input is read twice: under
// the server's limits and under small ones, so that the limits themselves are reached.
// Contracts:
//  - nothing throws or crashes; a refusal is invalid_argument with a message;
//  - a table has a header; every row is at least as wide as it, with a row number;
//  - rows read (header included) stay within max_rows; the table's memory, counted the way
//    read_table counts it (padding included), within max_table_bytes;
//  - an .xlsx cell stays within max_cell_bytes (CSV does not apply that limit: checked only
//    with FUZZ_STRICT=1, see docs/fuzzing.md); every cell is valid UTF-8; CSV row numbers increase;
//  - excel_serial_to_date gives "" or a YYYY-MM-DD date.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "base/text.hpp"
#include "fuzz_check.hpp"
#include "platform/tabular.hpp"

using daibiao::platform::TableLimits;

namespace {

std::uint64_t heap_bytes(const std::string& s) { return s.size() > 15 ? s.size() + 1 : 0; }

void check(std::string_view bytes, const TableLimits& limits) {
  auto t = daibiao::platform::read_table(bytes, limits);
  if (!t) {
    FUZZ_CHECK(t.error().code == daibiao::ErrorCode::invalid_argument);
    FUZZ_CHECK(!t.error().message.empty());
    return;
  }
  const bool xlsx = daibiao::platform::sniff_format(bytes) == daibiao::platform::TableFormat::xlsx;
  FUZZ_CHECK(t->encoding == (xlsx ? "xlsx" : t->encoding));
  FUZZ_CHECK(t->encoding == "xlsx" || t->encoding == "utf-8" || t->encoding == "gb18030");
  FUZZ_CHECK(!t->header.empty());
  FUZZ_CHECK(t->rows.size() == t->row_numbers.size());
  FUZZ_CHECK(t->rows.size() + 1 <= limits.max_rows);
  std::uint64_t bytes_used = sizeof(t->header) + t->header.size() * sizeof(std::string);
  auto cells = [&](const std::vector<std::string>& row) {
    for (const auto& c : row) {
      FUZZ_CHECK(daibiao::valid_utf8(c));
      if (xlsx || daibiao::fuzz::strict()) FUZZ_CHECK(c.size() <= limits.max_cell_bytes);
      bytes_used += heap_bytes(c);
    }
  };
  cells(t->header);
  for (std::size_t i = 0; i < t->rows.size(); ++i) {
    const auto& row = t->rows[i];
    FUZZ_CHECK(row.size() >= t->header.size());
    bytes_used += sizeof(row) + row.size() * sizeof(std::string);
    cells(row);
    if (!xlsx) {
      FUZZ_CHECK(t->row_numbers[i] >= 2);
      if (i > 0) FUZZ_CHECK(t->row_numbers[i] > t->row_numbers[i - 1]);
    }
  }
  FUZZ_CHECK(bytes_used <= limits.max_table_bytes);
}

void check_serial(std::string_view s) {
  const std::string d = daibiao::platform::excel_serial_to_date(s);
  if (d.empty()) return;
  FUZZ_CHECK(d.size() == 10 && d[4] == '-' && d[7] == '-');
  for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) FUZZ_CHECK(d[i] >= '0' && d[i] <= '9');
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  static const TableLimits server{};
  static const TableLimits small{.max_rows = 64,
                                 .max_inflated_bytes = 256 * 1024,
                                 .max_ratio = 100,
                                 .ratio_floor = 16 * 1024,
                                 .max_entries = 16,
                                 .max_shared_strings = 64,
                                 .max_shared_bytes = 4096,
                                 .max_cell_bytes = 256,
                                 .max_table_bytes = 16 * 1024};
  try {
    check(bytes, server);
    check(bytes, small);
    if (size <= 32) check_serial(bytes);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "fuzz contract broken: exception %s\n", e.what());
    std::abort();
  }
  return 0;
}
