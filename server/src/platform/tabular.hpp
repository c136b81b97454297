// Reading spreadsheets people upload: .xlsx (first worksheet; minizip + pugixml) and .csv
// (RFC 4180; UTF-8 with or without BOM, or GBK/GB18030 as Excel saves it on Chinese
// Windows). Every cell comes back as text; numbers as Excel wrote them (dates as serial
// numbers — see excel_serial_to_date).
#pragma once

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

enum class TableFormat { xlsx, csv };

// Guesses the format from the bytes (a zip signature means xlsx).
TableFormat sniff_format(std::string_view bytes);

Result<Table> read_table(std::string_view bytes);

// Excel's 1900 date system serial (e.g. 32874) → "YYYY-MM-DD"; "" when not a serial.
std::string excel_serial_to_date(std::string_view serial);

}  // namespace daibiao::platform
