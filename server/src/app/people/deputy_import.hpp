// Importing deputies from a spreadsheet (.xlsx or .csv in UTF-8 or GBK): a preview that
// proposes a column mapping, a dry run that reports every bad row with its row number and
// reason, and an all-or-nothing commit. All rows become mandates at one congress and term
// chosen by the clerk.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "app/people/deputy_service.hpp"

namespace daibiao::app {

struct ImportField {
  const char* key;    // "id_number"
  const char* title;  // "身份证号码" (the template's header)
  bool required;
  std::vector<const char*> aliases;  // other headers people use
};
const std::vector<ImportField>& import_fields();

// field key → column index in the file.
using ColumnMapping = std::map<std::string, int>;

struct ImportPreview {
  std::vector<std::string> columns;              // the file's header row
  ColumnMapping mapping;                         // proposed from the headers
  std::vector<std::string> unmapped_required;    // required fields no column matched
  std::vector<std::vector<std::string>> sample;  // the first rows
  int total_rows = 0;
  std::string encoding;
};

struct ImportRowError {
  int row = 0;        // spreadsheet row number (the header is row 1)
  std::string field;  // field key
  std::string message;
};

struct ImportReport {
  int total_rows = 0;
  int valid_rows = 0;
  std::vector<ImportRowError> errors;
  bool committed = false;
};

struct ImportOptions {
  std::int64_t org_node_id = 0;
  std::int64_t term_id = 0;
  std::optional<ColumnMapping> mapping;  // default: the proposed one
  bool dry_run = true;
};

// Both read the file within platform::TableLimits (errors are invalid_argument, zh-CN), and
// at most platform::kMaxConcurrentReads of them run at once in the process: beyond that,
// too_many_requests (429).
Result<ImportPreview> preview_import(std::string_view file);

// Dry run: the report. Commit: the report with committed = true, or invalid_argument whose
// field errors are "rows[N].field" when any row is bad (nothing imported).
Result<ImportReport> import_deputies(Env& env, const Caller& caller, std::string_view file,
                                     const ImportOptions& options);

// "1990-1-2", "1990/01/02", "1990.1.2", "19900102", Excel serials → "1990-01-02"; "" if none.
std::string normalise_date(std::string_view raw);

// The template: the header row, an example and a sheet of instructions (.xlsx bytes).
Result<std::string> import_template();

}  // namespace daibiao::app
