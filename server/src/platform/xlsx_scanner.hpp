// Reading one .xlsx zip entry as a stream: EntrySource inflates it 64 KB at a time against
// the upload's budget, XmlScanner pulls the worksheet XML out of it event by event. Internal
// to tabular_xlsx.cpp (a header so each piece can be read on its own).
#pragma once

#include <minizip/unzip.h>

#include <charconv>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/tabular_parts.hpp"

namespace daibiao::platform::tabular_parts {

// One zip entry, inflated 64 KB at a time. What comes out is counted against the entry's
// declared size and the budget all entries share (minizip itself stops at the declared size;
// a zip that declares less than it holds then fails its CRC check: reported as damaged).
class EntrySource {
 public:
  EntrySource(unzFile zip, std::uint64_t declared, std::uint64_t& budget, const TableLimits& limits)
      : zip_(zip),
        declared_(declared),
        budget_(budget),
        limits_(limits),
        buf_(std::size_t{64} * 1024) {}
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
        DAIBIAO_TRY(auto kept, text(ev, keep_text));
        if (kept) return ev.kind = Kind::text;
        continue;
      }
      c = in_.get();
      if (c < 0) return end_of_input(Kind::done, true);
      if (c == '?') {
        if (!skip_past("?>")) return end_of_input(Kind::done, true);
      } else if (c == '!') {
        DAIBIAO_TRY(auto kept, bang(ev, keep_text));
        if (kept) return ev.kind = Kind::text;
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

}  // namespace daibiao::platform::tabular_parts
