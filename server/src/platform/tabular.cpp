#include "platform/tabular.hpp"

#include "base/text.hpp"

#include <minizip/unzip.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <charconv>
#include <chrono>
#include <climits>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace daibiao::platform {
namespace {

constexpr int kMaxColumn = 200;  // cells right of this column (0-based) are ignored
constexpr const char* kNotXlsx = "无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式";
constexpr const char* kBadSheet = "Excel 工作表内容无法解析";
constexpr const char* kBadShared =
    "Excel 文件中的文字内容无法解析，请用 Excel 另存为 .xlsx 后再导入";

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

// What a string costs beyond its own object (libstdc++ keeps up to 15 bytes inline).
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

Result<Table> read_csv(std::string_view bytes, const TableLimits& limits) {
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

// One zip entry, inflated 64 KB at a time. What comes out is counted against the entry's
// declared size and the budget all entries share (minizip itself stops at the declared size;
// a zip that declares less than it holds then fails its CRC check: reported as damaged).
class EntrySource {
 public:
  EntrySource(unzFile zip, std::uint64_t declared, std::uint64_t& budget, const TableLimits& limits)
      : zip_(zip), declared_(declared), budget_(budget), limits_(limits), buf_(64 * 1024) {}
  ~EntrySource() {
    if (!closed_) unzCloseCurrentFile(zip_);
  }
  EntrySource(const EntrySource&) = delete;
  EntrySource& operator=(const EntrySource&) = delete;

  // The next byte, or -1 at the end or on an error (then error() is set).
  int get() {
    if (pos_ == len_ && !fill()) return -1;
    return static_cast<unsigned char>(buf_[pos_++]);
  }
  void unget() { --pos_; }  // only right after a get() that returned a byte
  // Skips to the next `c`, leaving it unread; false at the end or on an error.
  bool skip_to(char c) {
    for (;;) {
      if (pos_ < len_) {
        if (const void* hit = std::memchr(buf_.data() + pos_, c, len_ - pos_)) {
          pos_ = static_cast<std::size_t>(static_cast<const char*>(hit) - buf_.data());
          return true;
        }
        pos_ = len_;
      }
      if (!fill()) return false;
    }
  }
  const std::optional<Error>& error() const { return error_; }

 private:
  bool fill() {
    if (done_) return false;
    const int n = unzReadCurrentFile(zip_, buf_.data(), static_cast<unsigned>(buf_.size()));
    if (n <= 0) {
      done_ = closed_ = true;
      const int rc = unzCloseCurrentFile(zip_);
      if (n < 0 || rc != UNZ_OK)
        error_ = Error{ErrorCode::invalid_argument,
                       "Excel 文件已损坏（解压出的内容与文件记录不符），请用 Excel 另存后再导入",
                       {},
                       "unzReadCurrentFile " + std::to_string(n) + ", close " + std::to_string(rc)};
      return false;
    }
    const auto got = static_cast<std::uint64_t>(n);
    inflated_ += got;
    if (inflated_ > declared_ || got > budget_) {
      done_ = true;
      error_ = too_big_unpacked(limits_).error();
      return false;
    }
    budget_ -= got;
    pos_ = 0;
    len_ = got;
    return true;
  }

  unzFile zip_;
  std::uint64_t declared_;
  std::uint64_t& budget_;
  const TableLimits& limits_;
  std::vector<char> buf_;
  std::size_t pos_ = 0, len_ = 0;
  std::uint64_t inflated_ = 0;
  bool done_ = false, closed_ = false;
  std::optional<Error> error_;
};

// ---- a pull scanner for the XML a worksheet uses

// Elements, attributes, text with the five named and the numeric character references,
// CDATA, comments and processing instructions. There is no DTD: a DOCTYPE is refused and no
// entity is ever defined. Text is kept only when the caller asks (and then bounded by
// max_cell_bytes); anything else is read and dropped, so memory does not grow with the input.
class XmlScanner {
 public:
  enum class Kind { start, end, text, done };
  struct Event {
    Kind kind = Kind::done;
    std::string name;    // qualified name of a start or end tag
    std::string r, t;    // the r= and t= attributes of a start tag
    bool has_r = false;  // r= present (even if empty)
    bool empty = false;  // <tag/>
    std::string text;    // kept text
    std::string_view local() const {
      const auto colon = name.find(':');
      return colon == std::string::npos ? std::string_view(name)
                                        : std::string_view(name).substr(colon + 1);
    }
  };

  XmlScanner(EntrySource& in, const TableLimits& limits, const char* malformed)
      : in_(in), limits_(limits), malformed_(malformed) {}

  // The next event; Kind::done at the end. An error from the zip or a malformed document
  // is an Error. Text events come only when keep_text and the text is not all whitespace.
  Result<Kind> next(Event& ev, bool keep_text) {
    for (;;) {
      int c = in_.get();
      if (c < 0) return end_of_input(Kind::done);
      if (c != '<') {
        in_.unget();
        auto kept = text(ev, keep_text);
        if (!kept) return std::unexpected(kept.error());
        if (*kept) return ev.kind = Kind::text;
        continue;
      }
      c = in_.get();
      if (c < 0) return end_of_input(Kind::done, true);
      if (c == '?') {
        if (!skip_past("?>")) return end_of_input(Kind::done, true);
      } else if (c == '!') {
        auto kept = bang(ev, keep_text);
        if (!kept) return std::unexpected(kept.error());
        if (*kept) return ev.kind = Kind::text;
      } else if (c == '/') {
        if (!name(ev.name)) return bad();
        skip_space();
        if (in_.get() != '>') return bad();
        return ev.kind = Kind::end;
      } else {
        in_.unget();
        return start_tag(ev);
      }
    }
  }

 private:
  Result<Kind> end_of_input(Kind k, bool inside_markup = false) {
    if (in_.error()) return std::unexpected(*in_.error());
    if (inside_markup) return bad();
    return k;
  }
  std::unexpected<Error> bad() {
    if (in_.error()) return std::unexpected(*in_.error());
    return refuse(malformed_);
  }
  static bool space(int c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
  void skip_space() {
    int c;
    while ((c = in_.get()) >= 0 && space(c)) {
    }
    if (c >= 0) in_.unget();
  }
  bool skip_past(std::string_view end) {  // reads up to and including `end`
    std::size_t matched = 0;
    for (int c; (c = in_.get()) >= 0;) {
      if (c == end[matched]) {
        if (++matched == end.size()) return true;
      } else {
        matched = c == end[0] ? 1 : 0;
      }
    }
    return false;
  }
  bool name(std::string& out) {
    out.clear();
    for (int c; (c = in_.get()) >= 0;) {
      if (space(c) || c == '/' || c == '>' || c == '=') {
        in_.unget();
        return !out.empty();
      }
      if (c == '<' || c == '"' || c == '\'' || out.size() >= 256) return false;
      out.push_back(static_cast<char>(c));
    }
    return false;
  }
  Status append(std::string& out, char c, std::size_t cap) {
    if (out.size() >= cap) return too_long_cell(limits_);
    out.push_back(c);
    return {};
  }
  // After '&': appends the referenced character(s), or the text as it stands when it is not
  // a reference this scanner knows (as pugixml does).
  Status reference(std::string& out, std::size_t cap) {
    char ref[12];
    std::size_t n = 0;
    int c;
    while ((c = in_.get()) >= 0 && c != ';' && n < sizeof ref && (std::isalnum(c) || c == '#'))
      ref[n++] = static_cast<char>(c);
    if (c >= 0 && c != ';') in_.unget();
    const std::string_view r(ref, n);
    std::string decoded;
    if (c == ';') {
      if (r == "lt")
        decoded = "<";
      else if (r == "gt")
        decoded = ">";
      else if (r == "amp")
        decoded = "&";
      else if (r == "quot")
        decoded = "\"";
      else if (r == "apos")
        decoded = "'";
      else if (r.size() > 1 && r[0] == '#') {
        const bool hex = r[1] == 'x' || r[1] == 'X';
        const auto digits = r.substr(hex ? 2 : 1);
        std::uint32_t cp = 0;
        auto [p, ec] =
            std::from_chars(digits.data(), digits.data() + digits.size(), cp, hex ? 16 : 10);
        if (!digits.empty() && ec == std::errc() && p == digits.data() + digits.size() && cp > 0 &&
            cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
          if (cp < 0x80) {
            decoded.push_back(static_cast<char>(cp));
          } else if (cp < 0x800) {
            decoded.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            decoded.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          } else if (cp < 0x10000) {
            decoded.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            decoded.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            decoded.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          } else {
            decoded.push_back(static_cast<char>(0xF0 | (cp >> 18)));
            decoded.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
            decoded.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            decoded.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          }
        }
      }
    }
    if (decoded.empty()) {  // not a reference: keep it literally
      decoded = "&";
      decoded.append(r);
      if (c == ';') decoded.push_back(';');
    }
    for (char d : decoded)
      if (auto st = append(out, d, cap); !st) return st;
    return {};
  }
  // Character data up to the next '<' (or the end). Returns whether a text event was made.
  Result<bool> text(Event& ev, bool keep) {
    if (!keep) {
      in_.skip_to('<');
      if (in_.error()) return std::unexpected(*in_.error());
      return false;
    }
    ev.text.clear();
    bool blank = true;
    for (int c; (c = in_.get()) >= 0;) {
      if (c == '<') {
        in_.unget();
        break;
      }
      if (!space(c)) blank = false;
      Status st;
      if (c == '&') {
        st = reference(ev.text, limits_.max_cell_bytes);
      } else if (c == '\r') {  // line ends become \n
        st = append(ev.text, '\n', limits_.max_cell_bytes);
        if (int n = in_.get(); n >= 0 && n != '\n') in_.unget();
      } else {
        st = append(ev.text, static_cast<char>(c), limits_.max_cell_bytes);
      }
      if (!st) return std::unexpected(st.error());
    }
    if (in_.error()) return std::unexpected(*in_.error());
    return !blank;
  }
  // After "<!": a comment (skipped), CDATA (text) or a declaration (refused).
  Result<bool> bang(Event& ev, bool keep) {
    int c = in_.get();
    if (c == '-') {
      if (in_.get() != '-' || !skip_past("-->")) return bad();
      return false;
    }
    if (c != '[') return bad();  // <!DOCTYPE …> and the like: no DTDs here
    for (char want : std::string_view("CDATA["))
      if (in_.get() != want) return bad();
    if (keep) ev.text.clear();
    std::size_t brackets = 0;
    for (int d; (d = in_.get()) >= 0;) {
      if (d == '>' && brackets >= 2) {
        if (keep) ev.text.resize(ev.text.size() - 2);
        return keep;
      }
      brackets = d == ']' ? brackets + 1 : 0;
      if (keep)
        if (auto st = append(ev.text, static_cast<char>(d), limits_.max_cell_bytes + 2); !st)
          return std::unexpected(st.error());
    }
    return bad();
  }
  Result<Kind> start_tag(Event& ev) {
    if (!name(ev.name)) return bad();
    ev.r.clear();
    ev.t.clear();
    ev.has_r = false;
    ev.empty = false;
    std::string attr;
    for (;;) {
      skip_space();
      int c = in_.get();
      if (c == '>') return ev.kind = Kind::start;
      if (c == '/') {
        if (in_.get() != '>') return bad();
        ev.empty = true;
        return ev.kind = Kind::start;
      }
      if (c < 0) return bad();
      in_.unget();
      if (!name(attr)) return bad();
      skip_space();
      if (in_.get() != '=') return bad();
      skip_space();
      const int quote = in_.get();
      if (quote != '"' && quote != '\'') return bad();
      std::string* keep = attr == "r" ? &ev.r : attr == "t" ? &ev.t : nullptr;
      if (attr == "r") ev.has_r = true;
      if (!keep) {  // not needed: skipped in bulk
        if (!in_.skip_to(static_cast<char>(quote))) return bad();
        in_.get();
        continue;
      }
      for (;;) {
        c = in_.get();
        if (c < 0 || c == '<') return bad();
        if (c == quote) break;
        // r= and t= are short: beyond 64 bytes the rest is dropped (no column is that far).
        if (keep->size() < 64) keep->push_back(static_cast<char>(c));
      }
    }
  }

  EntrySource& in_;
  const TableLimits& limits_;
  const char* malformed_;
};

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
      auto kind = x.next(ev, t != 0 && rph == 0);
      if (!kind) return std::unexpected(kind.error());
      if (*kind == XmlScanner::Kind::done) break;
      if (*kind == XmlScanner::Kind::text) {
        if (current.size() + ev.text.size() > limits.max_cell_bytes) return too_long_cell(limits);
        current += ev.text;
        continue;
      }
      const std::size_t depth = open.depth();  // of the element's parent
      const std::string_view local = ev.local();
      if (*kind == XmlScanner::Kind::start) {
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
    auto kind = x.next(ev, keep);
    if (!kind) return std::unexpected(kind.error());
    if (*kind == XmlScanner::Kind::done) break;
    if (*kind == XmlScanner::Kind::text) {
      std::string& into = v ? v_text : is_text;
      if (into.size() + ev.text.size() > limits.max_cell_bytes) return too_long_cell(limits);
      into += ev.text;
      continue;
    }
    const std::size_t depth = open.depth();  // of the element's parent
    const std::string_view local = ev.local();
    if (*kind == XmlScanner::Kind::start) {
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
      table_bytes += sizeof(cells) + cells.size() * sizeof(std::string);
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
