// What a failed Boost assertion does in this program (BOOST_ENABLE_ASSERT_HANDLER is defined
// for the http library and the HTTP fuzz target). Every assertion stops the process as
// assert() would, except one that is wrong in Beast 1.81: parse_chunk_header asserts that at
// least 5 bytes are buffered when it resumes a chunk header, but a client sending the last
// chunk "0\r\n" and the rest in separate pieces legally leaves 3 or 4; the code after the
// assertion then correctly asks for more (fixed upstream in Beast PR #2861, May 2024). In a
// debug build that assertion let any anonymous client abort the server (found by
// fuzz_http_request); release builds compile assertions out.
#include <boost/assert.hpp>
#include <cstdio>
#include <cstdlib>
#include <string_view>

namespace boost {

void assertion_failed(char const* expr, char const* function, char const* file, long line) {
  if (std::string_view(expr) == "n >= 5" &&
      std::string_view(file).ends_with("beast/http/impl/basic_parser.ipp"))
    return;
  std::fprintf(stderr, "%s:%ld: %s: Assertion `%s' failed.\n", file, line, function, expr);
  std::abort();
}

void assertion_failed_msg(char const* expr, char const* msg, char const* function, char const* file,
                          long line) {
  std::fprintf(stderr, "%s:%ld: %s: Assertion `%s' failed: %s\n", file, line, function, expr, msg);
  std::abort();
}

}  // namespace boost
