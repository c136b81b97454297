// Reading spreadsheets people upload: .xlsx (first worksheet; minizip, and a small streaming
// scanner for the sheet XML) and .csv (RFC 4180; UTF-8 with or without BOM, or GBK/GB18030 as
// Excel saves it on Chinese Windows). Every cell comes back as text; numbers as Excel wrote
// them (dates as serial numbers — see excel_serial_to_date).
//
// Uploads are hostile until read: an .xlsx is refused before anything is inflated when its
// zip directory declares too much (entries, total size, compression ratio), inflated bytes
// are counted against the same cap while reading (declared sizes can lie), the sheet and the
// shared strings are scanned chunk by chunk (never whole in memory), reading stops at the
// row limit, and the table built is bounded too.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/result.hpp"

namespace daibiao::platform {

struct Table {
  std::vector<std::string> header;             // first non-empty row
  std::vector<std::vector<std::string>> rows;  // the rows after it, padded to header size
  std::vector<int> row_numbers;                // the spreadsheet row number of each row (1-based)
  std::string encoding;                        // "xlsx", "utf-8" or "gb18030"
};

// What one upload may cost. The defaults are the server's; tests pass smaller ones.
struct TableLimits {
  std::size_t max_rows = 100000;                           // rows read, header and blanks included
  std::uint64_t max_inflated_bytes = 64ull * 1024 * 1024;  // all zip entries, unpacked
  std::uint64_t max_ratio = 100;                     // unpacked : packed, for any entry above…
  std::uint64_t ratio_floor = 1024 * 1024;           // …this unpacked size
  std::size_t max_entries = 1000;                    // files inside the zip
  std::size_t max_shared_strings = 1000000;          // <si> in xl/sharedStrings.xml
  std::size_t max_shared_bytes = 32u * 1024 * 1024;  // their text, all together
  std::size_t max_cell_bytes = 256u * 1024;          // one cell's text (Excel allows 32,767 chars)
  std::size_t max_table_bytes = 64u * 1024 * 1024;   // the Table in memory, padding included
};

enum class TableFormat { xlsx, csv };

// Guesses the format from the bytes (a zip signature means xlsx).
TableFormat sniff_format(std::string_view bytes);

// Errors are invalid_argument with a zh-CN message for the clerk.
Result<Table> read_table(std::string_view bytes, const TableLimits& limits = {});

// A place among the uploads read at the same time in this process (at most
// kMaxConcurrentReads): callers of read_table that serve requests hold one for as long as
// the table lives. Refused with too_many_requests when all are taken; freed on destruction.
inline constexpr int kMaxConcurrentReads = 2;
class ReadSlot {
 public:
  static Result<ReadSlot> acquire();
  ReadSlot(ReadSlot&& other) noexcept : held_(other.held_) { other.held_ = false; }
  ReadSlot& operator=(ReadSlot&&) = delete;
  ReadSlot(const ReadSlot&) = delete;
  ~ReadSlot();

 private:
  ReadSlot() = default;
  bool held_ = true;
};

// Excel's 1900 date system serial (e.g. 32874) → "YYYY-MM-DD"; "" when not a serial.
std::string excel_serial_to_date(std::string_view serial);

}  // namespace daibiao::platform
