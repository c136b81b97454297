// Writing .xlsx files for exports and templates (libxlsxwriter). Every cell is written as
// text — values are never formulas — and a leading = + - @ is neutralised with a quote so
// spreadsheet programs cannot evaluate exported data (formula injection).
#pragma once

#include <string>
#include <vector>

#include "base/result.hpp"

namespace daibiao::platform {

struct Sheet {
  std::string name;                 // ≤ 31 characters
  std::vector<std::string> header;  // bold first row
  std::vector<double> widths;       // column widths in characters (optional)
  std::vector<std::vector<std::string>> rows;
};

// The bytes of a workbook with these sheets.
Result<std::string> write_xlsx(const std::vector<Sheet>& sheets);

// A cell value safe for spreadsheets (see the header comment).
std::string neutralise_formula(const std::string& value);

}  // namespace daibiao::platform
