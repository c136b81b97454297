// .xlsx uploads: the first worksheet, read with minizip from memory and the streaming
// scanner in xlsx_scanner.hpp; sizes are checked before anything is inflated.
#include <minizip/unzip.h>

#include <algorithm>
#include <climits>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "platform/tabular_parts.hpp"
#include "platform/xlsx_scanner.hpp"

namespace daibiao::platform::tabular_parts {
namespace {

constexpr int kMaxColumn = 200;  // cells right of this column (0-based) are ignored
constexpr const char* kNotXlsx = "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式";
constexpr const char* kBadSheet = "Excel 工作表内容无法解析";
constexpr const char* kBadShared =
    "Excel 文件中的文字内容无法解析，请用 Excel 另存为 .xlsx 后再导入";

// ---- the zip: read from memory, sizes checked before inflating, bytes counted while inflating

struct MemoryFile {
  std::string_view data;
  std::uint64_t pos = 0;
};

voidpf ZCALLBACK mem_open(voidpf, const void* file, int) { return const_cast<void*>(file); }
uLong ZCALLBACK mem_read(voidpf, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  const std::uint64_t n = std::min<std::uint64_t>(size, f->data.size() - f->pos);
  std::memcpy(buf, f->data.data() + f->pos, n);
  f->pos += n;
  return static_cast<uLong>(n);
}
uLong ZCALLBACK mem_write(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T ZCALLBACK mem_tell(voidpf, voidpf stream) { return static_cast<MemoryFile*>(stream)->pos; }
long ZCALLBACK mem_seek(voidpf, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<MemoryFile*>(stream);
  std::uint64_t base = 0;
  if (origin == ZLIB_FILEFUNC_SEEK_CUR)
    base = f->pos;
  else if (origin == ZLIB_FILEFUNC_SEEK_END)
    base = f->data.size();
  if (offset > f->data.size() - std::min<std::uint64_t>(base, f->data.size())) return -1;
  f->pos = base + offset;
  return 0;
}
int ZCALLBACK mem_close(voidpf, voidpf) { return 0; }
int ZCALLBACK mem_error(voidpf, voidpf) { return 0; }

struct ZipCloser {
  void operator()(void* zip) const { unzClose(zip); }
};
using ZipHandle = std::unique_ptr<void, ZipCloser>;

ZipHandle open_zip(MemoryFile& file) {
  zlib_filefunc64_def io{};
  io.zopen64_file = mem_open;
  io.zread_file = mem_read;
  io.zwrite_file = mem_write;
  io.ztell64_file = mem_tell;
  io.zseek64_file = mem_seek;
  io.zclose_file = mem_close;
  io.zerror_file = mem_error;
  return ZipHandle(unzOpen2_64(&file, &io));
}

// The zip's own directory, before anything is inflated: how many entries, how big they say
// they are unpacked, and how far they say they shrank.
Status check_directory(unzFile zip, const TableLimits& limits) {
  std::size_t entries = 0;
  std::uint64_t total = 0;
  int rc = unzGoToFirstFile(zip);
  for (; rc == UNZ_OK; rc = unzGoToNextFile(zip)) {
    if (++entries > limits.max_entries)
      return refuse("文件中包含的内容过多（超过 " + std::to_string(limits.max_entries) +
                    " 个），不是正常的 Excel 文件");
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
      return refuse(kNotXlsx);
    if (info.uncompressed_size > limits.max_inflated_bytes - total) return too_big_unpacked(limits);
    total += info.uncompressed_size;
    // (compressed < uncompressed <= max_inflated_bytes: the product cannot overflow.)
    if (info.uncompressed_size > limits.ratio_floor &&
        info.compressed_size < info.uncompressed_size &&
        info.uncompressed_size > limits.max_ratio * info.compressed_size)
      return refuse("文件压缩比异常（解压后超过原来的 " + std::to_string(limits.max_ratio) +
                    " 倍），不是正常的 Excel 文件，请用 Excel 另存后再导入");
  }
  if (rc != UNZ_END_OF_LIST_OF_FILE) return refuse(kNotXlsx);
  return {};
}

// Elements open at the moment, checked against their end tags.
class OpenElements {
 public:
  Status push(const std::string& name, const char* malformed) {
    if (names_.size() >= 64) return refuse(malformed);
    names_.push_back(name);
    return {};
  }
  Status pop(const std::string& name, const char* malformed) {
    if (names_.empty() || names_.back() != name) return refuse(malformed);
    names_.pop_back();
    return {};
  }
  std::size_t depth() const { return names_.size(); }

 private:
  std::vector<std::string> names_;
};

// sharedStrings.xml: every <si>, its text the concatenation of its <t> (phonetic runs, <rPh>,
// left out), kept in one buffer.
class SharedStrings {
 public:
  std::size_t size() const { return ends_.size(); }
  std::string_view at(std::size_t i) const {
    const std::size_t begin = i == 0 ? 0 : ends_[i - 1];
    return std::string_view(text_).substr(begin, ends_[i] - begin);
  }

  Status read(EntrySource& in, std::uint64_t declared, const TableLimits& limits) {
    // One allocation up front (pages are touched only as text arrives), not doublings.
    text_.reserve(
        static_cast<std::size_t>(std::min<std::uint64_t>(declared, limits.max_shared_bytes)));
    XmlScanner x(in, limits, kBadShared);
    XmlScanner::Event ev;
    OpenElements open;
    std::size_t si = 0, t = 0, rph = 0;  // depth of the open <si>, <t>, <rPh> (0: none)
    bool root_seen = false;
    std::string current;
    for (;;) {
      DAIBIAO_TRY(auto kind, x.next(ev, t != 0 && rph == 0));
      if (kind == XmlScanner::Kind::done) break;
      if (kind == XmlScanner::Kind::text) {
        if (current.size() + ev.text.size() > limits.max_cell_bytes) return too_long_cell(limits);
        current += ev.text;
        continue;
      }
      const std::size_t depth = open.depth();  // of the element's parent
      const std::string_view local = ev.local();
      if (kind == XmlScanner::Kind::start) {
        if (depth == 0 && root_seen) return refuse(kBadShared);
        root_seen = true;
        if (depth == 1 && local == "si") {
          si = depth + 1;
          current.clear();
        } else if (si && local == "rPh" && !rph) {
          rph = depth + 1;
        } else if (si && local == "t" && !t) {
          t = depth + 1;
        }
        if (auto st = open.push(ev.name, kBadShared); !st) return st;
        if (!ev.empty) continue;
      }
      const std::size_t closing = open.depth();
      if (auto st = open.pop(ev.name, kBadShared); !st) return st;
      if (closing == t) t = 0;
      if (closing == rph) rph = 0;
      if (closing == si) {
        si = 0;
        if (ends_.size() >= limits.max_shared_strings)
          return refuse("文件中的文字条目过多（超过 " + std::to_string(limits.max_shared_strings) +
                        " 条），请拆分后再导入");
        if (text_.size() + current.size() > limits.max_shared_bytes)
          return refuse("文件中的文字内容过多（超过 " + size_text(limits.max_shared_bytes) +
                        "），请拆分后再导入");
        text_ += current;
        ends_.push_back(static_cast<std::uint32_t>(text_.size()));
      }
    }
    if (open.depth() != 0 || !root_seen) return refuse(kBadShared);
    return {};
  }

 private:
  std::string text_;
  std::vector<std::uint32_t> ends_;
};

int column_index(std::string_view ref) {  // "AB12" → 27; -1 without letters
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
    if (col > 1000000) break;  // far beyond any column read; no overflow
  }
  return col - 1;
}

// Leading whitespace, a sign, digits, anything after ignored; 0 without digits (pugixml's
// as_int and as_ullong read numbers this way).
long long leading_number(std::string_view s, long long max) {
  std::size_t i = 0;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  bool negative = false;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
  long long v = 0;
  for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
    const int d = s[i] - '0';
    v = v > (max - d) / 10 ? max : v * 10 + d;
  }
  return negative ? -v : v;
}

// The first worksheet, row by row, into `rows`; stops at the row limit.
Status read_sheet(EntrySource& in, const SharedStrings& shared, const TableLimits& limits,
                  std::vector<std::vector<std::string>>& rows, std::vector<int>& numbers) {
  XmlScanner x(in, limits, kBadSheet);
  XmlScanner::Event ev;
  OpenElements open;
  // Depths of what is open (0: not open): <sheetData>, <row>, <c>, its <v>, <is>, and within
  // <is> a <t> and a phonetic run <rPh>.
  std::size_t sheet_data = 0, row = 0, cell = 0, v = 0, is = 0, t = 0, rph = 0;
  bool root_seen = false, sheet_data_seen = false, have_v = false, have_is = false;
  std::vector<std::string> cells;
  std::string v_text, is_text, type;
  int col = -1, prev_col = -1, row_number = 0;
  bool row_has_r = false;
  std::uint64_t table_bytes = 0;
  for (;;) {
    const bool keep = v != 0 || (t != 0 && rph == 0);
    DAIBIAO_TRY(auto kind, x.next(ev, keep));
    if (kind == XmlScanner::Kind::done) break;
    if (kind == XmlScanner::Kind::text) {
      // Both are cleared when a cell opens, so a value moved out of the last cell is not read.
      std::string& into = v ? v_text : is_text;  // NOLINT(bugprone-use-after-move)
      if (into.size() + ev.text.size() > limits.max_cell_bytes) return too_long_cell(limits);
      into += ev.text;
      continue;
    }
    const std::size_t depth = open.depth();  // of the element's parent
    const std::string_view local = ev.local();
    if (kind == XmlScanner::Kind::start) {
      if (depth == 0 && root_seen) return refuse(kBadSheet);
      root_seen = true;
      if (depth == 1 && local == "sheetData" && !sheet_data_seen) {
        sheet_data = depth + 1;
        sheet_data_seen = true;
      } else if (sheet_data && depth == sheet_data && local == "row") {
        row = depth + 1;
        cells.clear();
        prev_col = -1;
        row_has_r = ev.has_r;
        row_number = static_cast<int>(leading_number(ev.r, INT_MAX));
      } else if (row && depth == row && local == "c") {
        cell = depth + 1;
        col = ev.has_r ? column_index(ev.r) : prev_col + 1;
        prev_col = col;
        type = ev.t;
        have_v = have_is = false;
        v_text.clear();
        is_text.clear();
      } else if (cell && depth == cell && col >= 0 && col <= kMaxColumn && local == "v" &&
                 !have_v) {
        v = depth + 1;
        have_v = true;
      } else if (cell && depth == cell && col >= 0 && col <= kMaxColumn && local == "is" &&
                 !have_is) {
        is = depth + 1;
        have_is = true;
      } else if (is && local == "rPh" && !rph) {
        rph = depth + 1;
      } else if (is && local == "t" && !t) {
        t = depth + 1;
      }
      if (auto st = open.push(ev.name, kBadSheet); !st) return st;
      if (!ev.empty) continue;
    }
    // An end tag, or the end of an empty element.
    const std::size_t closing = open.depth();
    if (auto st = open.pop(ev.name, kBadSheet); !st) return st;
    if (closing == v) {
      v = 0;
    } else if (closing == t) {
      t = 0;
    } else if (closing == rph) {
      rph = 0;
    } else if (closing == is) {
      is = 0;
    } else if (closing == cell) {
      cell = 0;
      if (col < 0 || col > kMaxColumn) continue;
      std::string value;
      if (type == "s") {
        if (have_v && !v_text.empty()) {
          const auto idx = static_cast<std::size_t>(leading_number(v_text, LLONG_MAX));
          if (idx < shared.size()) value = shared.at(idx);
        }
      } else if (type == "inlineStr") {
        value = std::move(is_text);
      } else {
        value = std::move(v_text);
      }
      if (static_cast<int>(cells.size()) <= col) cells.resize(static_cast<std::size_t>(col) + 1);
      cells[static_cast<std::size_t>(col)] = std::move(value);
    } else if (closing == row) {
      row = 0;
      // The vector object itself, then its elements (sizeof(cells) is meant: not .size()).
      table_bytes +=
          sizeof(cells) + cells.size() * sizeof(std::string);  // NOLINT(bugprone-sizeof-container)
      for (const auto& c : cells) table_bytes += heap_bytes(c);
      if (table_bytes > limits.max_table_bytes) return too_big_table(limits);
      rows.push_back(std::move(cells));
      cells = {};
      numbers.push_back(row_has_r ? row_number : static_cast<int>(rows.size()));
      if (rows.size() > limits.max_rows) return too_many_rows(limits);
    } else if (closing == sheet_data) {
      sheet_data = 0;
    }
  }
  if (open.depth() != 0 || !root_seen) return refuse(kBadSheet);
  return {};
}

// Positions the zip at `name` and opens it; the declared unpacked size, or nullopt when
// there is no such entry.
std::optional<std::uint64_t> open_entry(unzFile zip, const char* name) {
  if (unzLocateFile(zip, name, 0) != UNZ_OK) return std::nullopt;
  unz_file_info64 info{};
  if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
    return std::nullopt;
  if (unzOpenCurrentFile(zip) != UNZ_OK) return std::nullopt;
  return info.uncompressed_size;
}

}  // namespace

Result<Table> read_xlsx(std::string_view bytes, const TableLimits& limits) {
  MemoryFile file{bytes};
  ZipHandle zip = open_zip(file);
  if (!zip) return refuse(kNotXlsx);
  if (auto st = check_directory(zip.get(), limits); !st) return std::unexpected(st.error());
  std::uint64_t budget = limits.max_inflated_bytes;
  SharedStrings shared;
  if (auto declared = open_entry(zip.get(), "xl/sharedStrings.xml")) {
    EntrySource in(zip.get(), *declared, budget, limits);
    if (auto st = shared.read(in, *declared, limits); !st) return std::unexpected(st.error());
  }
  auto declared = open_entry(zip.get(), "xl/worksheets/sheet1.xml");
  if (!declared) return refuse("Excel 文件中没有找到第一个工作表");
  std::vector<std::vector<std::string>> rows;
  std::vector<int> numbers;
  {
    EntrySource in(zip.get(), *declared, budget, limits);
    if (auto st = read_sheet(in, shared, limits, rows, numbers); !st)
      return std::unexpected(st.error());
  }
  Table t;
  t.encoding = "xlsx";
  if (auto st = finish_table(std::move(rows), std::move(numbers), t, limits); !st)
    return std::unexpected(st.error());
  return t;
}

}  // namespace daibiao::platform::tabular_parts
