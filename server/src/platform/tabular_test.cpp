// Reading uploaded spreadsheets: ordinary files read as they always did (checked against the
// former pugixml reader), and hostile ones — zip bombs, lying sizes, huge shared strings,
// too many rows — are refused without the memory they ask for. The hostile files are built
// here with minizip's writer, streamed, so the test itself stays small.
#include <gtest/gtest.h>
#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <pugixml.hpp>
#include <sstream>

#include "platform/tabular.hpp"
#include "platform/xlsx_writer.hpp"

namespace daibiao::platform {
namespace {

constexpr std::uint64_t kMiB = 1024 * 1024;

// ---- memory, as the kernel counts it

long status_kb(const char* field) {
  std::ifstream in("/proc/self/status");
  for (std::string line; std::getline(in, line);)
    if (line.starts_with(field)) return std::stol(line.substr(std::strlen(field)));
  return -1;
}

// Peak resident memory (kB) that `f` adds to what is resident when it starts. Resets the
// kernel's high-water mark first (clear_refs 5), so earlier tests do not count.
long peak_growth_kb(const std::function<void()>& f) {
  {
    std::ofstream reset("/proc/self/clear_refs");
    reset << "5";
  }
  const long before = status_kb("VmRSS:");
  f();
  return status_kb("VmHWM:") - before;
}

// ---- building zips

using Emit = std::function<void(std::string_view)>;

class ZipBuilder {
 public:
  ZipBuilder() {
    char path[] = "/tmp/daibiao-tabular-test-XXXXXX";
    const int fd = ::mkstemp(path);
    ::close(fd);
    path_ = path;
    zip_ = zipOpen64(path_.c_str(), 0);
  }
  ~ZipBuilder() { std::filesystem::remove(path_); }

  // An entry whose content `generate` emits piece by piece (deflated as it comes).
  ZipBuilder& add(const char* name, const std::function<void(const Emit&)>& generate,
                  int level = Z_BEST_COMPRESSION) {
    zip_fileinfo info{};
    EXPECT_EQ(zipOpenNewFileInZip64(zip_, name, &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                    level, 0),
              ZIP_OK);
    generate([&](std::string_view piece) {
      zipWriteInFileInZip(zip_, piece.data(), static_cast<unsigned>(piece.size()));
    });
    zipCloseFileInZip(zip_);
    return *this;
  }
  ZipBuilder& add(const char* name, std::string_view content) {
    return add(name, [&](const Emit& emit) { emit(content); });
  }
  std::string finish() {
    zipClose(zip_, nullptr);
    std::ifstream in(path_, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
  }

 private:
  std::string path_;
  zipFile zip_ = nullptr;
};

// Emits `unit` until `total` bytes have gone out, in 64 KB pieces.
void repeat(const Emit& emit, std::string_view unit, std::uint64_t total) {
  std::string chunk;
  while (chunk.size() < 64 * 1024) chunk += unit;
  for (std::uint64_t sent = 0; sent < total; sent += chunk.size()) emit(chunk);
}

constexpr const char* kSheetHead =
    R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
    R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
constexpr const char* kSheetTail = "</sheetData></worksheet>";

std::string sheet(std::string_view rows) {
  return std::string(kSheetHead) + std::string(rows) + kSheetTail;
}

// A small deterministic generator (xorshift) for content deflate cannot shrink much.
struct Noise {
  std::uint64_t s = 88172645463325252ull;
  std::uint64_t next() {
    s ^= s << 13;
    s ^= s >> 7;
    s ^= s << 17;
    return s;
  }
  std::string letters(std::size_t n) {
    std::string out(n, 'a');
    for (auto& c : out) c = static_cast<char>('a' + next() % 26);
    return out;
  }
};

// Sets the unpacked size that `name` declares, in its local header and in the central
// directory, leaving the data alone: a zip that lies about its size.
void declare_size(std::string& zip, std::string_view name, std::uint32_t size) {
  auto put = [&](std::size_t at) {
    for (int i = 0; i < 4; ++i) zip[at + i] = static_cast<char>((size >> (8 * i)) & 0xFF);
  };
  auto u16 = [&](std::size_t at) {
    return static_cast<std::size_t>(static_cast<unsigned char>(zip[at])) |
           static_cast<std::size_t>(static_cast<unsigned char>(zip[at + 1])) << 8;
  };
  int patched = 0;
  for (std::size_t at = 0; at + 46 < zip.size(); ++at) {
    if (zip.compare(at, 4, "PK\x03\x04") == 0 && zip.compare(at + 30, name.size(), name) == 0 &&
        u16(at + 26) == name.size()) {
      put(at + 22), ++patched;
    } else if (zip.compare(at, 4, "PK\x01\x02") == 0 &&
               zip.compare(at + 46, name.size(), name) == 0 && u16(at + 28) == name.size()) {
      put(at + 24), ++patched;
    }
  }
  ASSERT_EQ(patched, 2);
}

// ---- the former reader (minizip + pugixml DOM), the reference for ordinary files

std::string old_all_text(const pugi::xml_node& node) {
  std::string out;
  for (auto t : node.select_nodes(".//*[local-name()='t']")) out += t.node().text().get();
  return out;
}

std::optional<std::string> old_entry(unzFile zip, const char* name) {
  if (unzLocateFile(zip, name, 0) != UNZ_OK || unzOpenCurrentFile(zip) != UNZ_OK) return {};
  std::string out;
  char buf[65536];
  int n;
  while ((n = unzReadCurrentFile(zip, buf, sizeof buf)) > 0) out.append(buf, n);
  unzCloseCurrentFile(zip);
  return out;
}

// Returns {header, rows, row numbers} as the pugixml reader built them.
Table old_read_xlsx(const std::string& bytes) {
  char path[] = "/tmp/daibiao-tabular-old-XXXXXX";
  const int fd = ::mkstemp(path);
  EXPECT_EQ(::write(fd, bytes.data(), bytes.size()), static_cast<ssize_t>(bytes.size()));
  ::close(fd);
  unzFile zip = unzOpen(path);
  std::filesystem::remove(path);
  std::vector<std::string> shared;
  if (auto xml = old_entry(zip, "xl/sharedStrings.xml")) {
    pugi::xml_document doc;
    if (doc.load_buffer(xml->data(), xml->size()))
      for (auto si : doc.document_element().children("si")) shared.push_back(old_all_text(si));
  }
  auto xml = old_entry(zip, "xl/worksheets/sheet1.xml");
  unzClose(zip);
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_buffer(xml->data(), xml->size()));
  std::vector<std::vector<std::string>> raw;
  std::vector<int> numbers;
  for (auto row : doc.document_element().child("sheetData").children("row")) {
    std::vector<std::string> cells;
    for (auto c : row.children("c")) {
      int col = 0;
      for (char ch : std::string_view(c.attribute("r").value())) {
        if (ch < 'A' || ch > 'Z') break;
        col = col * 26 + (ch - 'A' + 1);
      }
      --col;
      if (col < 0 || col > 200) continue;
      const std::string type = c.attribute("t").value();
      std::string value;
      if (type == "s") {
        const auto idx = static_cast<std::size_t>(c.child("v").text().as_ullong(~0ull));
        value = idx < shared.size() ? shared[idx] : "";
      } else if (type == "inlineStr") {
        value = old_all_text(c.child("is"));
      } else {
        value = c.child("v").text().get();
      }
      if (static_cast<int>(cells.size()) <= col) cells.resize(col + 1);
      cells[col] = std::move(value);
    }
    raw.push_back(std::move(cells));
    numbers.push_back(row.attribute("r").as_int(static_cast<int>(raw.size())));
  }
  // As finish_table: first non-blank row is the header (trimmed), blank rows dropped, rows
  // padded to the header's width.
  auto blank = [](const std::vector<std::string>& r) {
    for (const auto& c : r)
      if (c.find_first_not_of(" \t\r\n") != std::string::npos) return false;
    return true;
  };
  Table t;
  std::size_t first = 0;
  while (first < raw.size() && blank(raw[first])) ++first;
  if (first == raw.size()) return t;
  t.header = raw[first];
  for (auto& h : t.header) {
    const auto b = h.find_first_not_of(" \t\r\n"), e = h.find_last_not_of(" \t\r\n");
    h = b == std::string::npos ? "" : h.substr(b, e - b + 1);
  }
  for (std::size_t i = first + 1; i < raw.size(); ++i) {
    if (blank(raw[i])) continue;
    raw[i].resize(std::max(raw[i].size(), t.header.size()));
    t.rows.push_back(raw[i]);
    t.row_numbers.push_back(numbers[i]);
  }
  return t;
}

void expect_same_as_before(const std::string& xlsx) {
  auto now = read_table(xlsx);
  ASSERT_TRUE(now) << now.error().message;
  const Table before = old_read_xlsx(xlsx);
  EXPECT_EQ(now->encoding, "xlsx");
  EXPECT_EQ(now->header, before.header);
  EXPECT_EQ(now->rows, before.rows);
  EXPECT_EQ(now->row_numbers, before.row_numbers);
}

void expect_refused(const Result<Table>& t, std::string_view words) {
  ASSERT_FALSE(t) << "read " << t->rows.size() << " rows";
  EXPECT_EQ(t.error().code, ErrorCode::invalid_argument);
  EXPECT_NE(t.error().message.find(words), std::string::npos) << t.error().message;
}

// ---- ordinary files

TEST(Tabular, AnXlsxFromLibxlsxwriterReadsAsBefore) {
  Sheet s{.name = "代表名册", .header = {"姓名", "性别", "备注"}};
  s.rows = {{"张桂兰", "女", "<a & b> \"引号\" 'x'"},
            {"欧阳秀英", "", "第一行\n第二行"},
            {"", "", ""},
            {"石建国", "男", "  前后空格  "}};
  auto xlsx = write_xlsx({s});
  ASSERT_TRUE(xlsx);
  expect_same_as_before(*xlsx);
  auto t = read_table(*xlsx);
  ASSERT_TRUE(t);
  EXPECT_EQ(t->header, (std::vector<std::string>{"姓名", "性别", "备注"}));
  ASSERT_EQ(t->rows.size(), 3u);  // the blank row is dropped
  EXPECT_EQ(t->rows[0][2], "<a & b> \"引号\" 'x'");
  EXPECT_EQ(t->rows[1][2], "第一行\n第二行");
  EXPECT_EQ(t->row_numbers, (std::vector<int>{2, 3, 5}));
}

TEST(Tabular, AHandWrittenSheetReadsAsBefore) {
  const std::string shared =
      R"(<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3">)"
      R"(<si><t>姓名</t></si><si><r><rPr><b/></rPr><t>富</t></r><r><t xml:space="preserve">文本 </t></r></si>)"
      R"(<si><t>A&amp;B&#x4E2D;&#25991;</t></si></sst>)";
  const std::string rows =
      R"(<row r="1" spans="1:4"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>性别</t></is></c>)"
      R"(<c r="C1" t="str"><v>公式结果</v></c><c r="D1"><v>32874</v></c></row>)"
      R"(<!-- a comment --><?pi data?>)"
      R"(<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c><c r="C3" t="b"><v>1</v></c>)"
      R"(<c r="D3" s="2"/><c r="HA3"><v>beyond</v></c></row>)"
      R"(<row r="4"><c r="A4" t="s"><v>99</v></c></row>)"
      R"(<row r="7"><c r="B7" t="inlineStr"><is><r><t>行</t></r><r><t>内</t></r></is></c>)"
      R"(<c r="C7"><v><![CDATA[<原样>]]></v></c><c r="D7" t="s"><v> 2 </v></c></row>)"
      R"(<row><c r="A8"><v>&lt;&gt;&quot;&apos;&unknown;</v></c></row>)";
  auto xlsx = ZipBuilder()
                  .add("xl/sharedStrings.xml", shared)
                  .add("xl/worksheets/sheet1.xml", sheet(rows))
                  .finish();
  expect_same_as_before(xlsx);
  auto t = read_table(xlsx);
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->header, (std::vector<std::string>{"姓名", "性别", "公式结果", "32874"}));
  ASSERT_EQ(t->rows.size(), 3u);  // row 4 refers to a missing string: blank, dropped
  EXPECT_EQ(t->rows[0], (std::vector<std::string>{"富文本 ", "A&B中文", "1", ""}));
  EXPECT_EQ(t->rows[1], (std::vector<std::string>{"", "行内", "<原样>", "A&B中文"}));
  EXPECT_EQ(t->rows[2][0], "<>\"'&unknown;");
  EXPECT_EQ(t->row_numbers, (std::vector<int>{3, 7, 5}));  // <row> without r= counts rows
}

TEST(Tabular, CsvStillReadsUtf8AndGbk) {
  auto utf8 = read_table("\xEF\xBB\xBF姓名,性别\r\n张三,\"男\"\r\n");
  ASSERT_TRUE(utf8);
  EXPECT_EQ(utf8->encoding, "utf-8");
  EXPECT_EQ(utf8->rows, (std::vector<std::vector<std::string>>{{"张三", "男"}}));
  auto gbk = read_table("\xD0\xD5\xC3\xFB,x\n\xD5\xC5\xC8\xFD,y\n");  // 姓名 / 张三 in GBK
  ASSERT_TRUE(gbk);
  EXPECT_EQ(gbk->encoding, "gb18030");
  EXPECT_EQ(gbk->header[0], "姓名");
  EXPECT_EQ(gbk->rows[0][0], "张三");
}

// ---- hostile files

TEST(Tabular, ACsvCellIsBoundLikeAnXlsxCell) {  // found by fuzz_table_import
  TableLimits limits;
  limits.max_cell_bytes = 100;
  EXPECT_TRUE(read_table("a,b\n" + std::string(100, 'x') + ",y\n", limits));
  auto quoted = read_table("a,b\n\"" + std::string(101, 'x') + "\",y\n", limits);
  ASSERT_FALSE(quoted);
  EXPECT_NE(quoted.error().message.find("过长"), std::string::npos);
  EXPECT_FALSE(read_table("a,b\nz," + std::string(500, 'x'), limits));  // last cell, no newline
}

TEST(Tabular, AZipBombIsRefusedBeforeInflating) {
  // 200 MB of rows deflate to well under 1 MB.
  const std::string row = R"(<row r="2"><c r="A2" t="inlineStr"><is><t>炸弹</t></is></c></row>)";
  auto bomb = ZipBuilder()
                  .add("xl/worksheets/sheet1.xml",
                       [&](const Emit& emit) {
                         emit(kSheetHead);
                         repeat(emit, row, 200 * kMiB);
                         emit(kSheetTail);
                       })
                  .finish();
  EXPECT_LT(bomb.size(), 1 * kMiB);
  Result<Table> t;
  const long growth = peak_growth_kb([&] { t = read_table(bomb); });
  expect_refused(t, "文件解压后过大（超过 64 MB）");
  EXPECT_LT(growth, 16 * 1024) << "kB";
}

TEST(Tabular, AnEntryThatShrankTooMuchIsRefused) {
  // 8 MB (under the total cap) from a few KB: far beyond 100:1.
  auto xlsx = ZipBuilder()
                  .add("xl/worksheets/sheet1.xml",
                       [](const Emit& emit) {
                         emit(kSheetHead);
                         repeat(emit, R"(<row><c r="A1"><v>1</v></c></row>)", 8 * kMiB);
                         emit(kSheetTail);
                       })
                  .finish();
  expect_refused(read_table(xlsx), "压缩比异常");
  // The same content below the ratio floor (1 MB) is an ordinary file.
  TableLimits lenient;
  lenient.ratio_floor = 16 * kMiB;
  lenient.max_rows = 1000000;
  auto t = read_table(xlsx, lenient);
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->header, std::vector<std::string>{"1"});
}

TEST(Tabular, ASizeThatLiesIsCaughtWhileInflating) {
  // The directory says 4 KB; the data inflates to 50 MB. Nothing beyond the declared size
  // is ever inflated, and the file is refused as damaged.
  auto xlsx = ZipBuilder()
                  .add("xl/worksheets/sheet1.xml",
                       [](const Emit& emit) {
                         emit(kSheetHead);
                         repeat(emit, R"(<row><c r="A1"><v>1</v></c></row>)", 50 * kMiB);
                         emit(kSheetTail);
                       })
                  .finish();
  declare_size(xlsx, "xl/worksheets/sheet1.xml", 4096);
  Result<Table> t;
  const long growth = peak_growth_kb([&] { t = read_table(xlsx); });
  expect_refused(t, "已损坏");
  EXPECT_LT(growth, 16 * 1024) << "kB";
}

TEST(Tabular, TooManyEntriesAreRefused) {
  ZipBuilder zip;
  zip.add("xl/worksheets/sheet1.xml", sheet(R"(<row><c r="A1"><v>1</v></c></row>)"));
  for (int i = 0; i < 1000; ++i) zip.add(("xl/media/x" + std::to_string(i)).c_str(), "x");
  expect_refused(read_table(zip.finish()), "内容过多（超过 1000 个）");
}

TEST(Tabular, HugeSharedStringsAreRefused) {
  // 40 MB of text that does not compress much (so no ratio check stops it): more than the
  // 32 MB shared strings may hold. Peak memory stays near that cap, far below the file's.
  Noise noise;
  auto xlsx =
      ZipBuilder()
          .add(
              "xl/sharedStrings.xml",
              [&](const Emit& emit) {
                emit(R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)");
                for (int i = 0; i < 4000; ++i) emit("<si><t>" + noise.letters(10000) + "</t></si>");
                emit("</sst>");
              },
              Z_BEST_SPEED)
          .add("xl/worksheets/sheet1.xml", sheet(R"(<row><c r="A1" t="s"><v>0</v></c></row>)"))
          .finish();
  Result<Table> t;
  const long growth = peak_growth_kb([&] { t = read_table(xlsx); });
  expect_refused(t, "文字内容过多（超过 32 MB）");
  EXPECT_LT(growth, 64 * 1024) << "kB";

  // And their number: 1,001 strings against a limit of 1,000.
  std::string many;
  for (int i = 0; i <= 1000; ++i) many += "<si><t>" + std::to_string(i) + "</t></si>";
  auto counted = ZipBuilder()
                     .add("xl/sharedStrings.xml", "<sst>" + many + "</sst>")
                     .add("xl/worksheets/sheet1.xml", sheet(R"(<row><c r="A1"><v>1</v></c></row>)"))
                     .finish();
  TableLimits limits;
  limits.max_shared_strings = 1000;
  expect_refused(read_table(counted, limits), "文字条目过多（超过 1000 条）");
  limits.max_shared_strings = 1001;
  EXPECT_TRUE(read_table(counted, limits));
}

TEST(Tabular, OneLongStringReferencedEverywhereIsRefused) {
  // 200 KB in sharedStrings, referenced by 400 cells: 80 MB once copied into the table.
  std::string rows;
  for (int r = 1; r <= 400; ++r)
    rows += "<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
            "\" t=\"s\"><v>0</v></c></row>";
  Noise noise;
  auto xlsx = ZipBuilder()
                  .add("xl/sharedStrings.xml",
                       "<sst><si><t>" + noise.letters(200 * 1024) + "</t></si></sst>")
                  .add("xl/worksheets/sheet1.xml", sheet(rows))
                  .finish();
  Result<Table> t;
  const long growth = peak_growth_kb([&] { t = read_table(xlsx); });
  expect_refused(t, "文件内容过多（整理后超过 64 MB）");
  EXPECT_LT(growth, 100 * 1024) << "kB";
}

TEST(Tabular, ReadingStopsAtTheRowLimit) {
  // 100,001 rows, then text that is not XML at all: the reader stops at the limit and never
  // gets to it.
  Noise noise;
  auto xlsx =
      ZipBuilder()
          .add("xl/worksheets/sheet1.xml",
               [&](const Emit& emit) {
                 emit(kSheetHead);
                 for (int r = 1; r <= 100001; ++r)
                   emit("<row r=\"" + std::to_string(r) + "\"><c r=\"A" + std::to_string(r) +
                        "\" t=\"inlineStr\"><is><t>" + noise.letters(8) + "</t></is></c></row>");
                 emit("<<<< not xml");
               })
          .finish();
  expect_refused(read_table(xlsx), "文件行数超过 100000 行：每次最多导入 100000 行");

  TableLimits limits;
  limits.max_rows = 10;
  std::string ten;
  for (int r = 1; r <= 10; ++r)
    ten += "<row><c r=\"A1\"><v>" + std::to_string(r) + "</v></c></row>";
  auto ok = read_table(ZipBuilder().add("xl/worksheets/sheet1.xml", sheet(ten)).finish(), limits);
  ASSERT_TRUE(ok) << ok.error().message;
  EXPECT_EQ(ok->rows.size(), 9u);
  auto eleven =
      ZipBuilder()
          .add("xl/worksheets/sheet1.xml", sheet(ten + "<row><c r=\"A1\"><v>11</v></c></row>"))
          .finish();
  expect_refused(read_table(eleven, limits), "最多导入 10 行");
}

TEST(Tabular, ASheetJustUnderTheCapsIsStreamed) {
  // 40 MB of sheet (under 64 MB, under 100:1), nearly all of it in cells right of the columns
  // read: it parses, and peak memory stays far below the sheet's size (a DOM would not).
  Noise noise;
  std::uint64_t written = 0;
  auto xlsx =
      ZipBuilder()
          .add(
              "xl/worksheets/sheet1.xml",
              [&](const Emit& emit) {
                emit(kSheetHead);
                emit(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>姓名</t></is></c></row>)");
                for (int r = 2; written < 40 * kMiB; ++r) {
                  std::string row = "<row r=\"" + std::to_string(r) + "\"><c r=\"A" +
                                    std::to_string(r) + "\"><v>" + std::to_string(r) + "</v></c>";
                  for (int c = 0; c < 40; ++c)
                    row +=
                        "<c r=\"ZZ" + std::to_string(r) + "\"><v>" + noise.letters(3) + "</v></c>";
                  row += "</row>";
                  written += row.size();
                  emit(row);
                }
                emit(kSheetTail);
              },
              Z_BEST_SPEED)
          .finish();
  Result<Table> t;
  const long growth = peak_growth_kb([&] { t = read_table(xlsx); });
  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->header, std::vector<std::string>{"姓名"});
  EXPECT_GT(t->rows.size(), 30000u);
  EXPECT_EQ(t->rows[0], std::vector<std::string>{"2"});
  EXPECT_LT(growth, 24 * 1024) << "kB";
}

TEST(Tabular, AWideHeaderCannotMultiplyMemory) {
  // A CSV header of 100,001 columns over 50,000 one-letter rows: padding every row to the
  // header's width would take 160 GB.
  std::string csv = "姓名" + std::string(100000, ',');
  csv += "\n";
  for (int i = 0; i < 50000; ++i) csv += "a\n";
  Result<Table> t;
  const long growth = peak_growth_kb([&] { t = read_table(csv); });
  expect_refused(t, "文件内容过多");
  EXPECT_LT(growth, 100 * 1024) << "kB";
}

TEST(Tabular, MalformedOrDtdSheetsAreRefused) {
  auto read_sheet_xml = [](const std::string& xml) {
    return read_table(ZipBuilder().add("xl/worksheets/sheet1.xml", xml).finish());
  };
  expect_refused(
      read_sheet_xml(R"(<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData/></worksheet>)"),
      "工作表内容无法解析");
  expect_refused(read_sheet_xml("<worksheet><sheetData><row></sheetData></worksheet>"),
                 "工作表内容无法解析");
  expect_refused(read_sheet_xml("<worksheet><sheetData>"), "工作表内容无法解析");
  expect_refused(read_table(ZipBuilder().add("xl/other.xml", "<x/>").finish()),
                 "没有找到第一个工作表");
}

TEST(ReadSlot, AtMostTwoReadsAtOnce) {
  auto a = ReadSlot::acquire();
  ASSERT_TRUE(a);
  {
    auto b = ReadSlot::acquire();
    ASSERT_TRUE(b);
    auto c = ReadSlot::acquire();
    ASSERT_FALSE(c);
    EXPECT_EQ(c.error().code, ErrorCode::too_many_requests);
    EXPECT_NE(c.error().message.find("请稍后再试"), std::string::npos) << c.error().message;
  }
  // b is gone: its place is free again, and taken again.
  auto d = ReadSlot::acquire();
  EXPECT_TRUE(d);
  EXPECT_FALSE(ReadSlot::acquire());
}

}  // namespace
}  // namespace daibiao::platform
