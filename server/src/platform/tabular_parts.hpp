// What the two readers behind read_table (tabular_csv.cpp, tabular_xlsx.cpp) share: the
// refusals a clerk reads, the table's final shape and what it may cost. Internal to
// platform/tabular*.cpp; everyone else uses platform/tabular.hpp.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "platform/tabular.hpp"

namespace daibiao::platform::tabular_parts {

// Refusals, each an invalid_argument with the zh-CN text the clerk sees.
std::unexpected<Error> refuse(std::string message);
std::string size_text(std::uint64_t bytes);  // "64 MB", "12 KB", "300 字节"
std::unexpected<Error> too_many_rows(const TableLimits& limits);
std::unexpected<Error> too_big_unpacked(const TableLimits& limits);
std::unexpected<Error> too_big_table(const TableLimits& limits);
std::unexpected<Error> too_long_cell(const TableLimits& limits);

// What a string costs beyond its own object (libstdc++ keeps up to 15 bytes inline).
std::uint64_t heap_bytes(const std::string& s);

// The rows read (with their spreadsheet row numbers) into `t`: the first non-blank row is
// the header, blank rows are dropped, every row is padded to the header's width — refused
// when the padded table would cost more than limits.max_table_bytes.
Status finish_table(std::vector<std::vector<std::string>> raw, std::vector<int> numbers, Table& t,
                    const TableLimits& limits);

Result<Table> read_csv(std::string_view bytes, const TableLimits& limits);
Result<Table> read_xlsx(std::string_view bytes, const TableLimits& limits);

}  // namespace daibiao::platform::tabular_parts
